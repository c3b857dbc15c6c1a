package ingest

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/source"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
)

// ingestExamples ingests the example corpus into a fresh store and
// analyses every story.
func ingestExamples(t *testing.T) (store.Store, *Ingester) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := New(ctx, st, Config{BatchSize: 4}, nil)
	if err != nil {
		t.Fatal(err)
	}
	inputs, errs := source.Expand([]string{"../../examples/corpus"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	arts := make(chan *news.Article)
	go func() {
		defer close(arts)
		for _, i := range inputs {
			if err := source.Read(ctx, i, func(a *news.Article) { arts <- a }); err != nil {
				t.Error(err)
			}
		}
	}()
	var failed []error
	if err := in.AddStream(ctx, arts, 2, func(o Outcome) {
		if o.Err != nil {
			failed = append(failed, o.Err)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if len(failed) > 0 {
		t.Fatalf("articles failed: %v", failed)
	}
	for {
		n, err := in.Refresh(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	return st, in
}

func TestIngestExamples(t *testing.T) {
	ctx := context.Background()
	st, _ := ingestExamples(t)
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 17 || c.Stories != 4 {
		t.Errorf("stored %d articles in %d stories, want 17 in 4 (the example corpus)", c.Articles, c.Stories)
	}
	page, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	const tagline = "independent news since 1921"
	for _, s := range page.Stories {
		if !s.Analysed {
			t.Errorf("story %s not analysed", s.ID)
			continue
		}
		an, err := st.Analysis(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var doc report.Story
		if err := json.Unmarshal(an.Doc, &doc); err != nil {
			t.Fatal(err)
		}
		for _, cl := range doc.Claims {
			if strings.Contains(cl.Text, tagline) {
				t.Errorf("story %s: the outlet's tagline became a claim: %q", s.ID, cl.Text)
			}
		}
	}
}

func TestIngestTwiceIsIdempotent(t *testing.T) {
	ctx := context.Background()
	st, in := ingestExamples(t)
	before, _ := st.Counts(ctx)
	inputs, _ := source.Expand([]string{"../../examples/corpus"})
	arts := make(chan *news.Article)
	go func() {
		defer close(arts)
		for _, i := range inputs {
			source.Read(ctx, i, func(a *news.Article) { arts <- a })
		}
	}()
	dups := 0
	if err := in.AddStream(ctx, arts, 2, func(o Outcome) {
		if o.Duplicate != "" {
			dups++
		}
	}); err != nil {
		t.Fatal(err)
	}
	after, _ := st.Counts(ctx)
	if after != before || dups != 17 {
		t.Errorf("second ingest: counts %+v -> %+v, %d duplicates; want nothing new and 17 duplicates", before, after, dups)
	}
	stale, err := st.StaleStories(ctx, 10)
	if err != nil || len(stale) != 0 {
		t.Errorf("stale stories after a duplicate-only ingest: %v, %v", stale, err)
	}
}
