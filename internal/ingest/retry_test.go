package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
)

// flakyStore fails the first fails commits.
type flakyStore struct {
	store.Store
	mu    sync.Mutex
	fails int
}

var errFlaky = errors.New("disk full (test)")

func (f *flakyStore) Commit(ctx context.Context, b *store.Batch) (store.CommitResult, error) {
	f.mu.Lock()
	fail := f.fails > 0
	f.fails--
	f.mu.Unlock()
	if fail {
		return store.CommitResult{}, errFlaky
	}
	return f.Store.Commit(ctx, b)
}

// TestFailedCommitIsRetried checks that batches whose commit failed in the
// background are committed by the next Flush, in order, and that the
// failure reaches the caller.
func TestFailedCommitIsRetried(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := &flakyStore{Store: db, fails: 1}
	in, err := New(ctx, st, Config{BatchSize: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for n := range 3 {
		a := &news.Article{
			Source: fmt.Sprintf("test#%d", n), Format: "text", Outlet: "Summit Wire",
			URL:   fmt.Sprintf("https://summitwire.example/%d", n),
			Title: fmt.Sprintf("Glacier station %d reports record melt", n),
			Text:  fmt.Sprintf("Station %d on the Haldor glacier measured a record melt this week, its team said.", n),
		}
		o, err := in.Add(ctx, a)
		if err != nil || o.Err != nil {
			t.Fatalf("Add(%s) = %v, %v", a.Source, o.Err, err)
		}
		ids = append(ids, o.ID)
	}
	if err := in.Flush(ctx); !errors.Is(err, errFlaky) {
		t.Fatalf("first Flush = %v, want the commit failure", err)
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatalf("second Flush = %v, want the failed batches committed", err)
	}
	for _, id := range ids {
		if _, err := db.Article(ctx, id); err != nil {
			t.Errorf("article %s after the retry: %v", id, err)
		}
	}
}
