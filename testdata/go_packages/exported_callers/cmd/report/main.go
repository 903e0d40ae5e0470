package main

import (
	"context"
	"fmt"

	"example.com/exported_callers/store"
	"go.mongodb.org/atlas-sdk/v20250312006/admin"
)

func main() {
	snap, err := store.Snapshot(context.Background(), &admin.APIClient{}, "g", "c", "s")
	fmt.Println(snap.GetStatus() == "completed", err)
}
