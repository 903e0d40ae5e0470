// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module that has the Flex API by tests/go_build.rs (the real model is the same in those eras).

package admin

import (
	"time"
)

// FlexBackupRestoreJob20241113 is a restore job of a Flex cluster.
type FlexBackupRestoreJob20241113 struct {
	DeliveryType             *string
	ExpirationDate           *time.Time
	Id                       *string
	InstanceName             *string
	Links                    *[]Link
	ProjectId                *string
	RestoreFinishedDate      *time.Time
	RestoreScheduledDate     *time.Time
	SnapshotFinishedDate     *time.Time
	SnapshotId               *string
	SnapshotUrl              *string
	Status                   *string
	TargetDeploymentItemName *string
	TargetProjectId          *string
}

// GetDeliveryType returns the DeliveryType field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetDeliveryType() string {
	if o == nil || o.DeliveryType == nil {
		var ret string
		return ret
	}
	return *o.DeliveryType
}

// GetDeliveryTypeOk returns a tuple with the DeliveryType field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetDeliveryTypeOk() (*string, bool) {
	if o == nil || o.DeliveryType == nil {
		return nil, false
	}
	return o.DeliveryType, true
}

// GetExpirationDate returns the ExpirationDate field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetExpirationDate() time.Time {
	if o == nil || o.ExpirationDate == nil {
		var ret time.Time
		return ret
	}
	return *o.ExpirationDate
}

// GetExpirationDateOk returns a tuple with the ExpirationDate field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetExpirationDateOk() (*time.Time, bool) {
	if o == nil || o.ExpirationDate == nil {
		return nil, false
	}
	return o.ExpirationDate, true
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetInstanceName returns the InstanceName field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetInstanceName() string {
	if o == nil || o.InstanceName == nil {
		var ret string
		return ret
	}
	return *o.InstanceName
}

// GetInstanceNameOk returns a tuple with the InstanceName field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetInstanceNameOk() (*string, bool) {
	if o == nil || o.InstanceName == nil {
		return nil, false
	}
	return o.InstanceName, true
}

// GetLinks returns the Links field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetLinks() []Link {
	if o == nil || o.Links == nil {
		var ret []Link
		return ret
	}
	return *o.Links
}

// GetLinksOk returns a tuple with the Links field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetLinksOk() (*[]Link, bool) {
	if o == nil || o.Links == nil {
		return nil, false
	}
	return o.Links, true
}

// GetProjectId returns the ProjectId field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetProjectId() string {
	if o == nil || o.ProjectId == nil {
		var ret string
		return ret
	}
	return *o.ProjectId
}

// GetProjectIdOk returns a tuple with the ProjectId field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetProjectIdOk() (*string, bool) {
	if o == nil || o.ProjectId == nil {
		return nil, false
	}
	return o.ProjectId, true
}

// GetRestoreFinishedDate returns the RestoreFinishedDate field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetRestoreFinishedDate() time.Time {
	if o == nil || o.RestoreFinishedDate == nil {
		var ret time.Time
		return ret
	}
	return *o.RestoreFinishedDate
}

// GetRestoreFinishedDateOk returns a tuple with the RestoreFinishedDate field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetRestoreFinishedDateOk() (*time.Time, bool) {
	if o == nil || o.RestoreFinishedDate == nil {
		return nil, false
	}
	return o.RestoreFinishedDate, true
}

// GetRestoreScheduledDate returns the RestoreScheduledDate field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetRestoreScheduledDate() time.Time {
	if o == nil || o.RestoreScheduledDate == nil {
		var ret time.Time
		return ret
	}
	return *o.RestoreScheduledDate
}

// GetRestoreScheduledDateOk returns a tuple with the RestoreScheduledDate field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetRestoreScheduledDateOk() (*time.Time, bool) {
	if o == nil || o.RestoreScheduledDate == nil {
		return nil, false
	}
	return o.RestoreScheduledDate, true
}

// GetSnapshotFinishedDate returns the SnapshotFinishedDate field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetSnapshotFinishedDate() time.Time {
	if o == nil || o.SnapshotFinishedDate == nil {
		var ret time.Time
		return ret
	}
	return *o.SnapshotFinishedDate
}

// GetSnapshotFinishedDateOk returns a tuple with the SnapshotFinishedDate field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetSnapshotFinishedDateOk() (*time.Time, bool) {
	if o == nil || o.SnapshotFinishedDate == nil {
		return nil, false
	}
	return o.SnapshotFinishedDate, true
}

// GetSnapshotId returns the SnapshotId field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetSnapshotId() string {
	if o == nil || o.SnapshotId == nil {
		var ret string
		return ret
	}
	return *o.SnapshotId
}

// GetSnapshotIdOk returns a tuple with the SnapshotId field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetSnapshotIdOk() (*string, bool) {
	if o == nil || o.SnapshotId == nil {
		return nil, false
	}
	return o.SnapshotId, true
}

// GetSnapshotUrl returns the SnapshotUrl field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetSnapshotUrl() string {
	if o == nil || o.SnapshotUrl == nil {
		var ret string
		return ret
	}
	return *o.SnapshotUrl
}

// GetSnapshotUrlOk returns a tuple with the SnapshotUrl field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetSnapshotUrlOk() (*string, bool) {
	if o == nil || o.SnapshotUrl == nil {
		return nil, false
	}
	return o.SnapshotUrl, true
}

// GetStatus returns the Status field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetStatus() string {
	if o == nil || o.Status == nil {
		var ret string
		return ret
	}
	return *o.Status
}

// GetStatusOk returns a tuple with the Status field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetStatusOk() (*string, bool) {
	if o == nil || o.Status == nil {
		return nil, false
	}
	return o.Status, true
}

// GetTargetDeploymentItemName returns the TargetDeploymentItemName field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetTargetDeploymentItemName() string {
	if o == nil || o.TargetDeploymentItemName == nil {
		var ret string
		return ret
	}
	return *o.TargetDeploymentItemName
}

// GetTargetDeploymentItemNameOk returns a tuple with the TargetDeploymentItemName field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetTargetDeploymentItemNameOk() (*string, bool) {
	if o == nil || o.TargetDeploymentItemName == nil {
		return nil, false
	}
	return o.TargetDeploymentItemName, true
}

// GetTargetProjectId returns the TargetProjectId field value if set, zero value otherwise.
func (o *FlexBackupRestoreJob20241113) GetTargetProjectId() string {
	if o == nil || o.TargetProjectId == nil {
		var ret string
		return ret
	}
	return *o.TargetProjectId
}

// GetTargetProjectIdOk returns a tuple with the TargetProjectId field value if set, nil otherwise.
func (o *FlexBackupRestoreJob20241113) GetTargetProjectIdOk() (*string, bool) {
	if o == nil || o.TargetProjectId == nil {
		return nil, false
	}
	return o.TargetProjectId, true
}
