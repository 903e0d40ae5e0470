// Package mock stands in for testify's mock package, written for tests: the argument matchers the
// fixtures' tests pass to the SDK's mocks.
package mock

// Anything matches any argument.
const Anything = "mock.Anything"

// AnythingOfTypeArgument matches an argument by the name of its type.
type AnythingOfTypeArgument string

// AnythingOfType matches an argument whose type prints as t (`admin.GetFlexBackupApiRequest`).
func AnythingOfType(t string) AnythingOfTypeArgument { return AnythingOfTypeArgument(t) }
