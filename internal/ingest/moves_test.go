package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// TestMovesReachTheStore streams articles through small batches, so that
// the grouping's move pass takes some articles that were already committed
// out of their story, and checks that the store ends up agreeing with the
// grouping about every article and that each move is in the history.
func TestMovesReachTheStore(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "moves.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := New(ctx, st, Config{BatchSize: 16}, nil)
	if err != nil {
		t.Fatal(err)
	}
	g := synth.New(synth.Config{Seed: 11, StoryEvery: 3})
	arts := make(chan *news.Article)
	go func() {
		defer close(arts)
		for range 700 {
			arts <- g.Next()
		}
	}()
	if err := in.AddStream(ctx, arts, 2, nil); err != nil {
		t.Fatal(err)
	}

	var ids []string
	if err := st.Keys(ctx, func(id, _ string) error { ids = append(ids, id); return nil }); err != nil {
		t.Fatal(err)
	}
	disagree := 0
	for _, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := in.cl.StoryOf(id)
		if !ok {
			continue // its story was closed
		}
		if got, err := st.Story(ctx, a.Story); err != nil || got.ID != want {
			disagree++
			if disagree <= 5 {
				t.Errorf("article %s: stored in story %v (%v), the grouping has it in %s", id, got, err, want)
			}
		}
	}
	if disagree > 0 {
		t.Errorf("%d of %d articles are stored in another story than the grouping's", disagree, len(ids))
	}

	page, err := st.Stories(ctx, store.StoryQuery{Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	ins, outs := 0, 0
	for _, s := range page.Stories {
		evs, err := st.History(ctx, s.ID, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			switch e.Kind {
			case store.EventMoveIn:
				ins++
				if e.From == "" {
					t.Errorf("move-in of %s into %s has no From", e.Other, e.Story)
				}
			case store.EventMoveOut:
				outs++
			}
		}
	}
	if ins == 0 {
		t.Fatalf("no stored article was moved in %d articles; the test needs a stream that causes moves", len(ids))
	}
	if ins != outs {
		t.Errorf("history has %d move-ins and %d move-outs, want one of each per move", ins, outs)
	}
	t.Logf("%d articles, %d stories, %d stored articles moved", len(ids), page.Total, ins)
}
