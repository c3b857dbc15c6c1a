package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// TestTemplatesSurviveRestart checks that what an ingester learned of an
// outlet's template lines is saved with the store: a new ingester on the
// same store strips the tagline from the very first article it adds.
func TestTemplatesSurviveRestart(t *testing.T) {
	const tagline = "Copyright Coastal Herald. Send tips to the newsroom on the pier."
	article := func(n int, outlet string) *news.Article {
		return &news.Article{
			Source: fmt.Sprintf("test#%d", n), Format: "text", Outlet: outlet,
			URL:   fmt.Sprintf("https://%s.example/%d", strings.ReplaceAll(strings.ToLower(outlet), " ", ""), n),
			Title: fmt.Sprintf("Ferry number %d returns to Orrin Sound", n),
			Text: fmt.Sprintf("The ferry Marlow %d returned to Orrin Sound on Tuesday after repairs, the harbour office said.\n\n"+
				"Crews had replaced %d hull plates over the winter.\n\n%s", n, n+3, tagline),
		}
	}
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "x.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	in, err := New(ctx, st, Config{BatchSize: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for n := range 4 {
		if _, err := in.Add(ctx, article(n, "Coastal Herald")); err != nil {
			t.Fatal(err)
		}
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	st.Close()

	tests := []struct {
		name     string
		outlet   string
		wantGone bool
	}{
		{"learned outlet", "Coastal Herald", true},
		{"other outlet", "Island Today", false},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := sqlite.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			in, err := New(ctx, st, Config{BatchSize: 2}, nil)
			if err != nil {
				t.Fatalf("New on the stored state: %v", err)
			}
			a := article(100+i, tc.outlet)
			if _, err := in.Add(ctx, a); err != nil {
				t.Fatal(err)
			}
			gone := !strings.Contains(a.Text, tagline)
			if gone != tc.wantGone {
				t.Errorf("first article from %s after restart: tagline gone = %v, want %v (text %q)", tc.outlet, gone, tc.wantGone, a.Text)
			}
			if tc.wantGone && !hasReason(a.Boilerplate, textproc.ReasonOutlet) {
				t.Errorf("boilerplate = %v, want the tagline recorded as %s", a.Boilerplate, textproc.ReasonOutlet)
			}
		})
	}
}

func hasReason(removed []news.Removed, reason string) bool {
	for _, r := range removed {
		if r.Reason == reason {
			return true
		}
	}
	return false
}

// TestStrippedArticleKeepsItsID: an article stored with its outlet's
// template lines stripped keeps the ID it was stored under when its story
// is analysed again, so the analysis cites it by that ID. Analysed under
// the ID of its stripped text, it was an unknown, untitled article on the
// story page, with a link to no article.
func TestStrippedArticleKeepsItsID(t *testing.T) {
	const tagline = "Copyright Coastal Herald. Send tips to the newsroom on the pier."
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := New(ctx, st, Config{BatchSize: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var last *news.Article
	for n := range 6 {
		last = &news.Article{
			Source: fmt.Sprintf("test#%d", n), Format: "text", Outlet: "Coastal Herald",
			URL:   fmt.Sprintf("https://coastalherald.example/%d", n),
			Title: fmt.Sprintf("Ferry number %d returns to Orrin Sound", n),
			Text: fmt.Sprintf("The ferry Marlow %d returned to Orrin Sound on Tuesday after repairs, the harbour office said.\n\n"+
				"Crews had replaced %d hull plates over the winter.\n\n%s", n, n+3, tagline),
		}
		if _, err := in.Add(ctx, last); err != nil {
			t.Fatal(err)
		}
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if !hasReason(last.Boilerplate, textproc.ReasonOutlet) {
		t.Fatalf("the last article's tagline was not stripped (boilerplate %v); the test needs a stripped article", last.Boilerplate)
	}
	stored, err := st.Article(ctx, last.ID)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := StoryDocument(ctx, st, stored.Story)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range doc.Articles {
		ids[a.ID] = true
	}
	for _, id := range doc.Stories[0].Articles {
		if !ids[id] {
			t.Errorf("the analysis of story %s cites article %s, which is not stored (stored: %v)", stored.Story, id, ids)
		}
	}
}
