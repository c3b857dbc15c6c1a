package sqlite

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "crosscheck.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// openWithStory opens a new store at path holding one article in story s1.
func openWithStory(t *testing.T, path string) (*DB, *news.Article) {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(1, "harbour")
	if _, err := db.Commit(context.Background(), &store.Batch{Stories: []store.StoryUpdate{{ID: "s1", Title: "t"}}, Articles: []store.NewArticle{{Article: a, Story: "s1"}}}); err != nil {
		t.Fatal(err)
	}
	return db, a
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	db, a := openWithStory(t, path)
	db.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if _, err := db.Article(ctx, a.ID); err != nil {
		t.Errorf("article lost after reopen: %v", err)
	}
}

func TestOpenBadPath(t *testing.T) {
	_, err := Open(context.Background(), filepath.Join(t.TempDir(), "missing-dir", "x.db"))
	if err == nil {
		t.Fatal("Open in a missing directory succeeded")
	}
}

// TestMigrationMarksAnalysesStale: a store analysed before migration 6
// (analyses that cited stripped articles by the wrong ID) comes out of it
// with every live story stale, to be analysed again.
func TestMigrationMarksAnalysesStale(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	db, _ := openWithStory(t, path)
	s, err := db.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.PutAnalysis(ctx, &store.Analysis{Story: "s1", Version: s.Version, Title: "t", Doc: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	if stale, err := db.StaleStories(ctx, 10); err != nil || len(stale) != 0 {
		t.Fatalf("StaleStories after analysis = %v, %v; want none", stale, err)
	}
	// As a store written before migration 6 looks: the later migrations
	// undone.
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db.db, sub)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 5); err != nil {
		t.Fatalf("migrate down to 5: %v", err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if stale, err := db.StaleStories(ctx, 10); err != nil || len(stale) != 1 || stale[0] != "s1" {
		t.Errorf("StaleStories after migration 6 = %v, %v; want [s1]", stale, err)
	}
}
