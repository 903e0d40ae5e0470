// Stand-in for the atlas-sdk-go admin package, written for tests: copied into every era's stand-in
// module that has the Flex API by tests/go_build.rs (the real model is the same in those eras).

package admin

// PaginatedApiAtlasFlexBackupRestoreJob20241113 is a page of Flex restore jobs.
type PaginatedApiAtlasFlexBackupRestoreJob20241113 struct {
	Links      *[]Link
	Results    *[]FlexBackupRestoreJob20241113
	TotalCount *int
}

// GetLinks returns the Links field value if set, zero value otherwise.
func (o *PaginatedApiAtlasFlexBackupRestoreJob20241113) GetLinks() []Link {
	if o == nil || o.Links == nil {
		var ret []Link
		return ret
	}
	return *o.Links
}

// GetLinksOk returns a tuple with the Links field value if set, nil otherwise.
func (o *PaginatedApiAtlasFlexBackupRestoreJob20241113) GetLinksOk() (*[]Link, bool) {
	if o == nil || o.Links == nil {
		return nil, false
	}
	return o.Links, true
}

// GetResults returns the Results field value if set, zero value otherwise.
func (o *PaginatedApiAtlasFlexBackupRestoreJob20241113) GetResults() []FlexBackupRestoreJob20241113 {
	if o == nil || o.Results == nil {
		var ret []FlexBackupRestoreJob20241113
		return ret
	}
	return *o.Results
}

// GetResultsOk returns a tuple with the Results field value if set, nil otherwise.
func (o *PaginatedApiAtlasFlexBackupRestoreJob20241113) GetResultsOk() (*[]FlexBackupRestoreJob20241113, bool) {
	if o == nil || o.Results == nil {
		return nil, false
	}
	return o.Results, true
}

// GetTotalCount returns the TotalCount field value if set, zero value otherwise.
func (o *PaginatedApiAtlasFlexBackupRestoreJob20241113) GetTotalCount() int {
	if o == nil || o.TotalCount == nil {
		var ret int
		return ret
	}
	return *o.TotalCount
}

// GetTotalCountOk returns a tuple with the TotalCount field value if set, nil otherwise.
func (o *PaginatedApiAtlasFlexBackupRestoreJob20241113) GetTotalCountOk() (*int, bool) {
	if o == nil || o.TotalCount == nil {
		return nil, false
	}
	return o.TotalCount, true
}
