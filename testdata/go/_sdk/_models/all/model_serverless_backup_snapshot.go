// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module by tests/go_build.rs (the real model is the same in each era the tests cover).

package admin

import "time"

// ServerlessBackupSnapshot is one snapshot of a serverless instance.
type ServerlessBackupSnapshot struct {
	CreatedAt              *time.Time
	ExpiresAt              *time.Time
	FrequencyType          *string
	Id                     *string
	Links                  *[]Link
	MongodVersion          *string
	ServerlessInstanceName *string
	SnapshotType           *string
	Status                 *string
	StorageSizeBytes       *int64
}

// GetCreatedAt returns the CreatedAt field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetCreatedAt() time.Time {
	if o == nil || o.CreatedAt == nil {
		var ret time.Time
		return ret
	}
	return *o.CreatedAt
}

// GetCreatedAtOk returns a tuple with the CreatedAt field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetCreatedAtOk() (*time.Time, bool) {
	if o == nil || o.CreatedAt == nil {
		return nil, false
	}
	return o.CreatedAt, true
}

// GetExpiresAt returns the ExpiresAt field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetExpiresAt() time.Time {
	if o == nil || o.ExpiresAt == nil {
		var ret time.Time
		return ret
	}
	return *o.ExpiresAt
}

// GetExpiresAtOk returns a tuple with the ExpiresAt field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetExpiresAtOk() (*time.Time, bool) {
	if o == nil || o.ExpiresAt == nil {
		return nil, false
	}
	return o.ExpiresAt, true
}

// GetFrequencyType returns the FrequencyType field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetFrequencyType() string {
	if o == nil || o.FrequencyType == nil {
		var ret string
		return ret
	}
	return *o.FrequencyType
}

// GetFrequencyTypeOk returns a tuple with the FrequencyType field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetFrequencyTypeOk() (*string, bool) {
	if o == nil || o.FrequencyType == nil {
		return nil, false
	}
	return o.FrequencyType, true
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetLinks returns the Links field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetLinks() []Link {
	if o == nil || o.Links == nil {
		var ret []Link
		return ret
	}
	return *o.Links
}

// GetLinksOk returns a tuple with the Links field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetLinksOk() (*[]Link, bool) {
	if o == nil || o.Links == nil {
		return nil, false
	}
	return o.Links, true
}

// GetMongodVersion returns the MongodVersion field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetMongodVersion() string {
	if o == nil || o.MongodVersion == nil {
		var ret string
		return ret
	}
	return *o.MongodVersion
}

// GetMongodVersionOk returns a tuple with the MongodVersion field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetMongodVersionOk() (*string, bool) {
	if o == nil || o.MongodVersion == nil {
		return nil, false
	}
	return o.MongodVersion, true
}

// GetServerlessInstanceName returns the ServerlessInstanceName field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetServerlessInstanceName() string {
	if o == nil || o.ServerlessInstanceName == nil {
		var ret string
		return ret
	}
	return *o.ServerlessInstanceName
}

// GetServerlessInstanceNameOk returns a tuple with the ServerlessInstanceName field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetServerlessInstanceNameOk() (*string, bool) {
	if o == nil || o.ServerlessInstanceName == nil {
		return nil, false
	}
	return o.ServerlessInstanceName, true
}

// GetSnapshotType returns the SnapshotType field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetSnapshotType() string {
	if o == nil || o.SnapshotType == nil {
		var ret string
		return ret
	}
	return *o.SnapshotType
}

// GetSnapshotTypeOk returns a tuple with the SnapshotType field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetSnapshotTypeOk() (*string, bool) {
	if o == nil || o.SnapshotType == nil {
		return nil, false
	}
	return o.SnapshotType, true
}

// GetStatus returns the Status field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetStatus() string {
	if o == nil || o.Status == nil {
		var ret string
		return ret
	}
	return *o.Status
}

// GetStatusOk returns a tuple with the Status field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetStatusOk() (*string, bool) {
	if o == nil || o.Status == nil {
		return nil, false
	}
	return o.Status, true
}

// GetStorageSizeBytes returns the StorageSizeBytes field value if set, zero value otherwise.
func (o *ServerlessBackupSnapshot) GetStorageSizeBytes() int64 {
	if o == nil || o.StorageSizeBytes == nil {
		var ret int64
		return ret
	}
	return *o.StorageSizeBytes
}

// GetStorageSizeBytesOk returns a tuple with the StorageSizeBytes field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *ServerlessBackupSnapshot) GetStorageSizeBytesOk() (*int64, bool) {
	if o == nil || o.StorageSizeBytes == nil {
		return nil, false
	}
	return o.StorageSizeBytes, true
}
