// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module by tests/go_build.rs (the real model is the same in each era the tests cover).

package admin

// PaginatedApiAtlasServerlessBackupSnapshot is a page of serverless snapshots.
type PaginatedApiAtlasServerlessBackupSnapshot struct {
	Links      *[]Link
	Results    *[]ServerlessBackupSnapshot
	TotalCount *int
}

// GetLinks returns the Links field value if set, zero value otherwise.
func (o *PaginatedApiAtlasServerlessBackupSnapshot) GetLinks() []Link {
	if o == nil || o.Links == nil {
		var ret []Link
		return ret
	}
	return *o.Links
}

// GetLinksOk returns a tuple with the Links field value if set, nil otherwise.
func (o *PaginatedApiAtlasServerlessBackupSnapshot) GetLinksOk() (*[]Link, bool) {
	if o == nil || o.Links == nil {
		return nil, false
	}
	return o.Links, true
}

// GetResults returns the Results field value if set, zero value otherwise.
func (o *PaginatedApiAtlasServerlessBackupSnapshot) GetResults() []ServerlessBackupSnapshot {
	if o == nil || o.Results == nil {
		var ret []ServerlessBackupSnapshot
		return ret
	}
	return *o.Results
}

// GetResultsOk returns a tuple with the Results field value if set, nil otherwise.
func (o *PaginatedApiAtlasServerlessBackupSnapshot) GetResultsOk() (*[]ServerlessBackupSnapshot, bool) {
	if o == nil || o.Results == nil {
		return nil, false
	}
	return o.Results, true
}

// GetTotalCount returns the TotalCount field value if set, zero value otherwise.
func (o *PaginatedApiAtlasServerlessBackupSnapshot) GetTotalCount() int {
	if o == nil || o.TotalCount == nil {
		var ret int
		return ret
	}
	return *o.TotalCount
}

// GetTotalCountOk returns a tuple with the TotalCount field value if set, nil otherwise.
func (o *PaginatedApiAtlasServerlessBackupSnapshot) GetTotalCountOk() (*int, bool) {
	if o == nil || o.TotalCount == nil {
		return nil, false
	}
	return o.TotalCount, true
}
