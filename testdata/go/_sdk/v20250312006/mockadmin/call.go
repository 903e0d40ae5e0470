// Package mockadmin stands in for the SDK's mockery mocks (generated with testify), written for
// tests: the names and typed signatures tests use (constructors, EXPECT, On, the typed call of each
// method and its Return), without testify. Each mock embeds the admin interface it mocks, so it
// can be put in an admin.APIClient like the real one.
package mockadmin

// Call records one expectation (testify's mock.Call in the real mocks).
type Call struct {
	Method    string
	Arguments []any
	Returns   []any
	times     int
}

// Return sets what the expectation returns.
func (c *Call) Return(returnArguments ...any) *Call {
	c.Returns = returnArguments
	return c
}

// Once expects one call.
func (c *Call) Once() *Call { return c.Times(1) }

// Times expects n calls.
func (c *Call) Times(n int) *Call {
	c.times = n
	return c
}

// Maybe makes the expectation optional.
func (c *Call) Maybe() *Call { return c }

// testingT is what the constructors take (testify's mock.TestingT and Cleanup).
type testingT interface {
	Logf(format string, args ...any)
	Errorf(format string, args ...any)
	FailNow()
	Cleanup(func())
}

// expectations is the part of testify's mock.Mock the stand-ins keep.
type expectations struct{ calls []*Call }

func (m *expectations) on(methodName string, arguments ...any) *Call {
	c := &Call{Method: methodName, Arguments: arguments}
	m.calls = append(m.calls, c)
	return c
}
