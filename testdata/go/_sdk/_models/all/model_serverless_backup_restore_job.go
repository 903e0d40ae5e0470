// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module by tests/go_build.rs (the real model is the same in each era the tests cover).

package admin

import (
	"time"
)

// ServerlessBackupRestoreJob is a restore job of a serverless instance (request and response).
type ServerlessBackupRestoreJob struct {
	Cancelled             *bool
	DeliveryType          string
	DeliveryUrl           *[]string
	ExpiresAt             *time.Time
	Expired               *bool
	Failed                *bool
	FinishedAt            *time.Time
	Id                    *string
	Links                 *[]Link
	OplogInc              *int
	OplogTs               *int
	PointInTimeUTCSeconds *int
	SnapshotId            *string
	TargetClusterName     string
	TargetGroupId         string
	Timestamp             *time.Time
}

// GetCancelled returns the Cancelled field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetCancelled() bool {
	if o == nil || o.Cancelled == nil {
		var ret bool
		return ret
	}
	return *o.Cancelled
}

// GetCancelledOk returns a tuple with the Cancelled field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetCancelledOk() (*bool, bool) {
	if o == nil || o.Cancelled == nil {
		return nil, false
	}
	return o.Cancelled, true
}

// GetDeliveryType returns the DeliveryType field value.
func (o *ServerlessBackupRestoreJob) GetDeliveryType() string {
	if o == nil {
		var ret string
		return ret
	}
	return o.DeliveryType
}

// GetDeliveryUrl returns the DeliveryUrl field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetDeliveryUrl() []string {
	if o == nil || o.DeliveryUrl == nil {
		var ret []string
		return ret
	}
	return *o.DeliveryUrl
}

// GetDeliveryUrlOk returns a tuple with the DeliveryUrl field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetDeliveryUrlOk() (*[]string, bool) {
	if o == nil || o.DeliveryUrl == nil {
		return nil, false
	}
	return o.DeliveryUrl, true
}

// GetExpiresAt returns the ExpiresAt field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetExpiresAt() time.Time {
	if o == nil || o.ExpiresAt == nil {
		var ret time.Time
		return ret
	}
	return *o.ExpiresAt
}

// GetExpiresAtOk returns a tuple with the ExpiresAt field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetExpiresAtOk() (*time.Time, bool) {
	if o == nil || o.ExpiresAt == nil {
		return nil, false
	}
	return o.ExpiresAt, true
}

// GetExpired returns the Expired field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetExpired() bool {
	if o == nil || o.Expired == nil {
		var ret bool
		return ret
	}
	return *o.Expired
}

// GetExpiredOk returns a tuple with the Expired field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetExpiredOk() (*bool, bool) {
	if o == nil || o.Expired == nil {
		return nil, false
	}
	return o.Expired, true
}

// GetFailed returns the Failed field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetFailed() bool {
	if o == nil || o.Failed == nil {
		var ret bool
		return ret
	}
	return *o.Failed
}

// GetFailedOk returns a tuple with the Failed field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetFailedOk() (*bool, bool) {
	if o == nil || o.Failed == nil {
		return nil, false
	}
	return o.Failed, true
}

// GetFinishedAt returns the FinishedAt field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetFinishedAt() time.Time {
	if o == nil || o.FinishedAt == nil {
		var ret time.Time
		return ret
	}
	return *o.FinishedAt
}

// GetFinishedAtOk returns a tuple with the FinishedAt field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetFinishedAtOk() (*time.Time, bool) {
	if o == nil || o.FinishedAt == nil {
		return nil, false
	}
	return o.FinishedAt, true
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetLinks returns the Links field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetLinks() []Link {
	if o == nil || o.Links == nil {
		var ret []Link
		return ret
	}
	return *o.Links
}

// GetLinksOk returns a tuple with the Links field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetLinksOk() (*[]Link, bool) {
	if o == nil || o.Links == nil {
		return nil, false
	}
	return o.Links, true
}

// GetOplogInc returns the OplogInc field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetOplogInc() int {
	if o == nil || o.OplogInc == nil {
		var ret int
		return ret
	}
	return *o.OplogInc
}

// GetOplogIncOk returns a tuple with the OplogInc field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetOplogIncOk() (*int, bool) {
	if o == nil || o.OplogInc == nil {
		return nil, false
	}
	return o.OplogInc, true
}

// GetOplogTs returns the OplogTs field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetOplogTs() int {
	if o == nil || o.OplogTs == nil {
		var ret int
		return ret
	}
	return *o.OplogTs
}

// GetOplogTsOk returns a tuple with the OplogTs field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetOplogTsOk() (*int, bool) {
	if o == nil || o.OplogTs == nil {
		return nil, false
	}
	return o.OplogTs, true
}

// GetPointInTimeUTCSeconds returns the PointInTimeUTCSeconds field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetPointInTimeUTCSeconds() int {
	if o == nil || o.PointInTimeUTCSeconds == nil {
		var ret int
		return ret
	}
	return *o.PointInTimeUTCSeconds
}

// GetPointInTimeUTCSecondsOk returns a tuple with the PointInTimeUTCSeconds field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetPointInTimeUTCSecondsOk() (*int, bool) {
	if o == nil || o.PointInTimeUTCSeconds == nil {
		return nil, false
	}
	return o.PointInTimeUTCSeconds, true
}

// GetSnapshotId returns the SnapshotId field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetSnapshotId() string {
	if o == nil || o.SnapshotId == nil {
		var ret string
		return ret
	}
	return *o.SnapshotId
}

// GetSnapshotIdOk returns a tuple with the SnapshotId field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetSnapshotIdOk() (*string, bool) {
	if o == nil || o.SnapshotId == nil {
		return nil, false
	}
	return o.SnapshotId, true
}

// GetTargetClusterName returns the TargetClusterName field value.
func (o *ServerlessBackupRestoreJob) GetTargetClusterName() string {
	if o == nil {
		var ret string
		return ret
	}
	return o.TargetClusterName
}

// GetTargetGroupId returns the TargetGroupId field value.
func (o *ServerlessBackupRestoreJob) GetTargetGroupId() string {
	if o == nil {
		var ret string
		return ret
	}
	return o.TargetGroupId
}

// GetTimestamp returns the Timestamp field value if set, zero value otherwise.
func (o *ServerlessBackupRestoreJob) GetTimestamp() time.Time {
	if o == nil || o.Timestamp == nil {
		var ret time.Time
		return ret
	}
	return *o.Timestamp
}

// GetTimestampOk returns a tuple with the Timestamp field value if set, nil otherwise.
func (o *ServerlessBackupRestoreJob) GetTimestampOk() (*time.Time, bool) {
	if o == nil || o.Timestamp == nil {
		return nil, false
	}
	return o.Timestamp, true
}
