// Stand-in for the atlas-sdk-go admin package of v20250312006, written for tests: the same names and
// signatures as the real SDK for what the fixtures use, without any network code.

package admin

// PtrString returns a pointer to v.
func PtrString(v string) *string { return &v }
