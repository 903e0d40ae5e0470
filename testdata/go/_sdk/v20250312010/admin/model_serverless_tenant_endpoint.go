// Stand-in for the atlas-sdk-go admin package of v20250312010, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

// ServerlessTenantEndpoint is one private endpoint of a serverless instance.
type ServerlessTenantEndpoint struct {
	Id      *string
	Comment *string
	Status  *string
}

// GetId returns the Id field value if set, zero value otherwise.
func (o *ServerlessTenantEndpoint) GetId() string {
	if o == nil || o.Id == nil {
		var ret string
		return ret
	}
	return *o.Id
}

// GetIdOk returns a tuple with the Id field value if set, nil otherwise.
func (o *ServerlessTenantEndpoint) GetIdOk() (*string, bool) {
	if o == nil || o.Id == nil {
		return nil, false
	}
	return o.Id, true
}

// GetComment returns the Comment field value if set, zero value otherwise.
func (o *ServerlessTenantEndpoint) GetComment() string {
	if o == nil || o.Comment == nil {
		var ret string
		return ret
	}
	return *o.Comment
}

// GetCommentOk returns a tuple with the Comment field value if set, nil otherwise.
func (o *ServerlessTenantEndpoint) GetCommentOk() (*string, bool) {
	if o == nil || o.Comment == nil {
		return nil, false
	}
	return o.Comment, true
}

// GetStatus returns the Status field value if set, zero value otherwise.
func (o *ServerlessTenantEndpoint) GetStatus() string {
	if o == nil || o.Status == nil {
		var ret string
		return ret
	}
	return *o.Status
}

// GetStatusOk returns a tuple with the Status field value if set, nil otherwise.
func (o *ServerlessTenantEndpoint) GetStatusOk() (*string, bool) {
	if o == nil || o.Status == nil {
		return nil, false
	}
	return o.Status, true
}
