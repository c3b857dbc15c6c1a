package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
)

// defaultDB is the store used when neither --db nor CROSSCHECK_DB is set.
const defaultDB = "crosscheck.db"

func addDBFlag(cmd *cobra.Command, db *string) {
	def := os.Getenv("CROSSCHECK_DB")
	if def == "" {
		def = defaultDB
	}
	cmd.Flags().StringVar(db, "db", def, "store file (env CROSSCHECK_DB)")
}

func openStore(ctx context.Context, path string) (store.Store, error) {
	return sqlite.Open(ctx, path)
}

// openExisting opens a store that reading commands expect to exist, so a
// mistyped path is an error rather than a new empty store.
func openExisting(ctx context.Context, path string) (store.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no store at %s (run crosscheck ingest first, or pass --db): %w", path, err)
	}
	return openStore(ctx, path)
}
