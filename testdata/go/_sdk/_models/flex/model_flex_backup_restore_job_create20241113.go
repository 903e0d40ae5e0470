// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module that has the Flex API by tests/go_build.rs (the real model is the same in those eras).

package admin

// FlexBackupRestoreJobCreate20241113 is the request body of a Flex restore job.
type FlexBackupRestoreJobCreate20241113 struct {
	SnapshotId               string
	TargetDeploymentItemName string
	TargetProjectId          *string
}

// GetSnapshotId returns the SnapshotId field value.
func (o *FlexBackupRestoreJobCreate20241113) GetSnapshotId() string {
	if o == nil {
		var ret string
		return ret
	}
	return o.SnapshotId
}

// GetTargetDeploymentItemName returns the TargetDeploymentItemName field value.
func (o *FlexBackupRestoreJobCreate20241113) GetTargetDeploymentItemName() string {
	if o == nil {
		var ret string
		return ret
	}
	return o.TargetDeploymentItemName
}

// GetTargetProjectId returns the TargetProjectId field value if set, zero value otherwise.
func (o *FlexBackupRestoreJobCreate20241113) GetTargetProjectId() string {
	if o == nil || o.TargetProjectId == nil {
		var ret string
		return ret
	}
	return *o.TargetProjectId
}

// GetTargetProjectIdOk returns a tuple with the TargetProjectId field value if set, nil otherwise.
func (o *FlexBackupRestoreJobCreate20241113) GetTargetProjectIdOk() (*string, bool) {
	if o == nil || o.TargetProjectId == nil {
		return nil, false
	}
	return o.TargetProjectId, true
}
