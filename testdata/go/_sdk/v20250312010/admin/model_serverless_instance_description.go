// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

// ServerlessInstanceDescription is one serverless instance.
type ServerlessInstanceDescription struct {
	ConnectionStrings *ServerlessInstanceDescriptionConnectionStrings
	GroupId           *string
	Id                *string
	Name              *string
	StateName         *string
}

// GetConnectionStrings returns the ConnectionStrings field value if set, zero value otherwise.
func (o *ServerlessInstanceDescription) GetConnectionStrings() ServerlessInstanceDescriptionConnectionStrings {
	if o == nil || o.ConnectionStrings == nil {
		var ret ServerlessInstanceDescriptionConnectionStrings
		return ret
	}
	return *o.ConnectionStrings
}

// GetConnectionStringsOk returns a tuple with the ConnectionStrings field value if set, nil otherwise.
func (o *ServerlessInstanceDescription) GetConnectionStringsOk() (*ServerlessInstanceDescriptionConnectionStrings, bool) {
	if o == nil || o.ConnectionStrings == nil {
		return nil, false
	}
	return o.ConnectionStrings, true
}

// GetGroupId returns the GroupId field value if set, zero value otherwise.
func (o *ServerlessInstanceDescription) GetGroupId() string {
	if o == nil || o.GroupId == nil {
		var ret string
		return ret
	}
	return *o.GroupId
}

// GetGroupIdOk returns a tuple with the GroupId field value if set, nil otherwise.
func (o *ServerlessInstanceDescription) GetGroupIdOk() (*string, bool) {
	if o == nil || o.GroupId == nil {
		return nil, false
	}
	return o.GroupId, true
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *ServerlessInstanceDescription) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise.
func (o *ServerlessInstanceDescription) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetName returns the Name field value if set, zero value otherwise.
func (o *ServerlessInstanceDescription) GetName() string {
	if o == nil || o.Name == nil {
		var ret string
		return ret
	}
	return *o.Name
}

// GetNameOk returns a tuple with the Name field value if set, nil otherwise.
func (o *ServerlessInstanceDescription) GetNameOk() (*string, bool) {
	if o == nil || o.Name == nil {
		return nil, false
	}
	return o.Name, true
}

// GetStateName returns the StateName field value if set, zero value otherwise.
func (o *ServerlessInstanceDescription) GetStateName() string {
	if o == nil || o.StateName == nil {
		var ret string
		return ret
	}
	return *o.StateName
}

// GetStateNameOk returns a tuple with the StateName field value if set, nil otherwise.
func (o *ServerlessInstanceDescription) GetStateNameOk() (*string, bool) {
	if o == nil || o.StateName == nil {
		return nil, false
	}
	return o.StateName, true
}

// ServerlessInstanceDescriptionConnectionStrings holds the connection strings of a serverless instance.
type ServerlessInstanceDescriptionConnectionStrings struct {
	StandardSrv *string
}

// GetStandardSrv returns the StandardSrv field value if set, zero value otherwise.
func (o *ServerlessInstanceDescriptionConnectionStrings) GetStandardSrv() string {
	if o == nil || o.StandardSrv == nil {
		var ret string
		return ret
	}
	return *o.StandardSrv
}

// GetStandardSrvOk returns a tuple with the StandardSrv field value if set, nil otherwise.
func (o *ServerlessInstanceDescriptionConnectionStrings) GetStandardSrvOk() (*string, bool) {
	if o == nil || o.StandardSrv == nil {
		return nil, false
	}
	return o.StandardSrv, true
}
