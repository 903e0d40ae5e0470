// Package client calls the Atlas Admin API over HTTP.
package client

const base = "api/atlas/v1.0/groups"
