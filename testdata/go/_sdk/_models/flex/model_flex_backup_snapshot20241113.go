// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module that has the Flex API by tests/go_build.rs (the real model is the same in those eras).

package admin

import "time"

// FlexBackupSnapshot20241113 is one snapshot of a flex cluster.
type FlexBackupSnapshot20241113 struct {
	Expiration     *time.Time
	FinishTime     *time.Time
	Id             *string
	Links          *[]Link
	MongoDBVersion *string
	ScheduledTime  *time.Time
	StartTime      *time.Time
	Status         *string
}

// GetExpiration returns the Expiration field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetExpiration() time.Time {
	if o == nil || o.Expiration == nil {
		var ret time.Time
		return ret
	}
	return *o.Expiration
}

// GetExpirationOk returns a tuple with the Expiration field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetExpirationOk() (*time.Time, bool) {
	if o == nil || o.Expiration == nil {
		return nil, false
	}
	return o.Expiration, true
}

// GetFinishTime returns the FinishTime field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetFinishTime() time.Time {
	if o == nil || o.FinishTime == nil {
		var ret time.Time
		return ret
	}
	return *o.FinishTime
}

// GetFinishTimeOk returns a tuple with the FinishTime field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetFinishTimeOk() (*time.Time, bool) {
	if o == nil || o.FinishTime == nil {
		return nil, false
	}
	return o.FinishTime, true
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetLinks returns the Links field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetLinks() []Link {
	if o == nil || o.Links == nil {
		var ret []Link
		return ret
	}
	return *o.Links
}

// GetLinksOk returns a tuple with the Links field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetLinksOk() (*[]Link, bool) {
	if o == nil || o.Links == nil {
		return nil, false
	}
	return o.Links, true
}

// GetMongoDBVersion returns the MongoDBVersion field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetMongoDBVersion() string {
	if o == nil || o.MongoDBVersion == nil {
		var ret string
		return ret
	}
	return *o.MongoDBVersion
}

// GetMongoDBVersionOk returns a tuple with the MongoDBVersion field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetMongoDBVersionOk() (*string, bool) {
	if o == nil || o.MongoDBVersion == nil {
		return nil, false
	}
	return o.MongoDBVersion, true
}

// GetScheduledTime returns the ScheduledTime field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetScheduledTime() time.Time {
	if o == nil || o.ScheduledTime == nil {
		var ret time.Time
		return ret
	}
	return *o.ScheduledTime
}

// GetScheduledTimeOk returns a tuple with the ScheduledTime field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetScheduledTimeOk() (*time.Time, bool) {
	if o == nil || o.ScheduledTime == nil {
		return nil, false
	}
	return o.ScheduledTime, true
}

// GetStartTime returns the StartTime field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetStartTime() time.Time {
	if o == nil || o.StartTime == nil {
		var ret time.Time
		return ret
	}
	return *o.StartTime
}

// GetStartTimeOk returns a tuple with the StartTime field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetStartTimeOk() (*time.Time, bool) {
	if o == nil || o.StartTime == nil {
		return nil, false
	}
	return o.StartTime, true
}

// GetStatus returns the Status field value if set, zero value otherwise.
func (o *FlexBackupSnapshot20241113) GetStatus() string {
	if o == nil || o.Status == nil {
		var ret string
		return ret
	}
	return *o.Status
}

// GetStatusOk returns a tuple with the Status field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *FlexBackupSnapshot20241113) GetStatusOk() (*string, bool) {
	if o == nil || o.Status == nil {
		return nil, false
	}
	return o.Status, true
}
