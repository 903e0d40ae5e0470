// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module by tests/go_build.rs (the real model is the same in each era the tests cover).

package admin

// DiskBackupReplicaSet is one snapshot of a dedicated replica set.
type DiskBackupReplicaSet struct {
	Id     *string
	Status *string
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *DiskBackupReplicaSet) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *DiskBackupReplicaSet) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetStatus returns the Status field value if set, zero value otherwise.
func (o *DiskBackupReplicaSet) GetStatus() string {
	if o == nil || o.Status == nil {
		var ret string
		return ret
	}
	return *o.Status
}

// GetStatusOk returns a tuple with the Status field value if set, nil otherwise
// and a boolean to check if the value has been set.
func (o *DiskBackupReplicaSet) GetStatusOk() (*string, bool) {
	if o == nil || o.Status == nil {
		return nil, false
	}
	return o.Status, true
}
