// Package storetest is the conformance suite every store backend must pass:
// the guarantees documented on store.Store, checked against a real database.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Run runs the suite. open must return a new, empty store each call.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"CommitAndRead", testCommitAndRead},
		{"Duplicates", testDuplicates},
		{"AtomicBatch", testAtomicBatch},
		{"Merge", testMerge},
		{"Move", testMove},
		{"MoveConflict", testMoveConflict},
		{"History", testHistory},
		{"ListAndFilter", testListAndFilter},
		{"Topics", testTopics},
		{"Analysis", testAnalysis},
		{"OutletRoles", testOutletRoles},
		{"Search", testSearch},
		{"Feeds", testFeeds},
		{"Blobs", testBlobs},
		{"NotFound", testNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

var day = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// Article builds a small article; n makes it unique.
func Article(n int, outlet string) *news.Article {
	text := fmt.Sprintf("Dockworkers in Port Vell walked out on day %d. The union said talks failed.", n)
	return &news.Article{
		ID:          fmt.Sprintf("a%04d", n),
		Source:      fmt.Sprintf("corpus/%d.txt", n),
		Format:      "text",
		URL:         fmt.Sprintf("https://%s.example/story/%d", outlet, n),
		Outlet:      outlet,
		Title:       fmt.Sprintf("Port strike, day %d", n),
		Published:   day.Add(time.Duration(n) * time.Hour),
		Language:    "en",
		Text:        text,
		Boilerplate: []news.Removed{{Text: "Read also: something else", Reason: "read-also"}},
		Sentences:   []news.Sentence{{Start: 0, End: 44 + len(fmt.Sprint(n))}, {Start: 45 + len(fmt.Sprint(n)), End: len(text)}},
		Mentions:    []news.Mention{{Start: 16, End: 24, Text: "Port Vell", Kind: news.KindPlace}},
	}
}

func commit(t *testing.T, s store.Store, b *store.Batch) store.CommitResult {
	t.Helper()
	res, err := s.Commit(context.Background(), b)
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	return res
}

func storyBatch(story string, arts ...*news.Article) *store.Batch {
	b := &store.Batch{Stories: []store.StoryUpdate{{ID: story, Title: "Port strike", State: []byte("state-" + story), Updated: day}}}
	for _, a := range arts {
		b.Articles = append(b.Articles, store.NewArticle{Article: a, Story: story})
	}
	return b
}

func testCommitAndRead(t *testing.T, s store.Store) {
	ctx := context.Background()
	a1, a2 := Article(1, "harbour"), Article(2, "wire")
	a2.Published = time.Time{}
	a2.URL = ""
	res := commit(t, s, storyBatch("s1", a1, a2))
	if diff := cmp.Diff([]string{a1.ID, a2.ID}, res.Added); diff != "" {
		t.Errorf("Added (-want +got):\n%s", diff)
	}
	got, err := s.Article(ctx, a1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Story != "s1" {
		t.Errorf("Article story = %q, want s1", got.Story)
	}
	if diff := cmp.Diff(*a1, got.Article); diff != "" {
		t.Errorf("Article round trip (-want +got):\n%s", diff)
	}
	got2, err := s.Article(ctx, a2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got2.Published.IsZero() || got2.URL != "" {
		t.Errorf("unknown date/URL came back as %v / %q", got2.Published, got2.URL)
	}
	arts, err := s.StoryArticles(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("StoryArticles = %d articles, want 2", len(arts))
	}
	st, err := s.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Title != "Port strike" || st.Version < 1 {
		t.Errorf("Story = %+v, want 2 articles, title Port strike", st)
	}
	states, err := s.ActiveStories(ctx, day.Add(-time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(states) != 1 || string(states[0].State) != "state-s1" {
		t.Errorf("ActiveStories = %+v, want s1 with its state", states)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c != (store.Counts{Articles: 2, Stories: 1}) {
		t.Errorf("Counts = %+v, want 2 articles 1 story", c)
	}
}

func testDuplicates(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article(1, "harbour")
	commit(t, s, storyBatch("s1", a))

	sameContent := Article(1, "harbour")
	sameContent.URL = "https://mirror.example/copy"
	sameURL := Article(2, "harbour")
	sameURL.URL = a.URL
	res := commit(t, s, storyBatch("s1", sameContent, sameURL))
	if len(res.Added) != 0 {
		t.Errorf("Added = %v, want none", res.Added)
	}
	want := map[string]string{sameContent.ID: a.ID, sameURL.ID: a.ID}
	if diff := cmp.Diff(want, res.Duplicates); diff != "" {
		t.Errorf("Duplicates (-want +got):\n%s", diff)
	}
	keys := map[string]string{}
	if err := s.Keys(ctx, func(id, url string) error { keys[id] = url; return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{a.ID: a.URL}, keys); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
	// Re-running the whole batch changes nothing.
	commit(t, s, storyBatch("s1", a))
	if c, _ := s.Counts(ctx); c.Articles != 1 {
		t.Errorf("Counts.Articles = %d after duplicates, want 1", c.Articles)
	}
	for _, tc := range []struct{ url, id, want string }{
		{a.URL, "other", a.ID},
		{"", a.ID, a.ID},
		{"https://nowhere.example", "nothing", ""},
	} {
		got, err := s.Seen(ctx, tc.url, tc.id)
		if tc.want == "" {
			if !errors.Is(err, store.ErrNotFound) {
				t.Errorf("Seen(%q, %q) error = %v, want ErrNotFound", tc.url, tc.id, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("Seen(%q, %q) = %q, %v, want %q", tc.url, tc.id, got, err, tc.want)
		}
	}
}

func testAtomicBatch(t *testing.T, s store.Store) {
	ctx := context.Background()
	b := storyBatch("s1", Article(1, "harbour"))
	// The second article joins a story that does not exist: the whole batch
	// must fail and leave nothing behind.
	b.Articles = append(b.Articles, store.NewArticle{Article: Article(2, "wire"), Story: "missing"})
	if _, err := s.Commit(ctx, b); err == nil {
		t.Fatal("Commit with an unknown story succeeded")
	}
	if c, _ := s.Counts(ctx); c != (store.Counts{}) {
		t.Errorf("Counts after failed batch = %+v, want nothing stored", c)
	}
}

func testMerge(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour")))
	commit(t, s, storyBatch("s2", Article(2, "wire")))
	before, _ := s.Story(ctx, "s1")
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "s2", Into: "s1"}}})

	got, err := s.Story(ctx, "s2")
	if err != nil {
		t.Fatalf("Story(merged id): %v", err)
	}
	if got.ID != "s1" || got.Requested != "s2" {
		t.Errorf("Story(s2) = id %q requested %q, want s1 requested s2", got.ID, got.Requested)
	}
	if diff := cmp.Diff([]string{"s2"}, got.Merged); diff != "" {
		t.Errorf("Merged (-want +got):\n%s", diff)
	}
	if got.Version <= before.Version {
		t.Errorf("version after merge = %d, want > %d", got.Version, before.Version)
	}
	arts, err := s.StoryArticles(ctx, "s2")
	if err != nil || len(arts) != 2 {
		t.Errorf("StoryArticles(s2) = %d articles, %v; want 2", len(arts), err)
	}
	page, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil || page.Total != 1 {
		t.Errorf("Stories after merge: total %d, %v; want 1", page.Total, err)
	}
	// A merge of a story that was never stored changes nothing.
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "never-stored", Into: "s1"}}})
	// A later article aimed at the merged id lands in the live story.
	commit(t, s, &store.Batch{Articles: []store.NewArticle{{Article: Article(3, "wire"), Story: "s2"}}})
	a, err := s.Article(ctx, Article(3, "wire").ID)
	if err != nil || a.Story != "s1" {
		t.Errorf("article sent to merged story is in %q (%v), want s1", a.Story, err)
	}
}

func testListAndFilter(t *testing.T, s store.Store) {
	ctx := context.Background()
	b1 := storyBatch("s1", Article(1, "harbour"), Article(2, "wire"), Article(3, "wire"))
	b1.Stories[0].Updated = day
	b2 := storyBatch("s2", Article(4, "harbour"))
	b2.Stories[0].Updated = day.Add(48 * time.Hour)
	commit(t, s, b1)
	commit(t, s, b2)
	ids := func(p store.StoryPage) []string {
		var out []string
		for _, st := range p.Stories {
			out = append(out, st.ID)
		}
		return out
	}
	tests := []struct {
		name      string
		q         store.StoryQuery
		want      []string
		wantTotal int
	}{
		{"newest", store.StoryQuery{}, []string{"s2", "s1"}, 2},
		{"largest", store.StoryQuery{Order: "largest"}, []string{"s1", "s2"}, 2},
		{"outlet", store.StoryQuery{Outlet: "WIRE"}, []string{"s1"}, 1},
		{"since", store.StoryQuery{Since: day.Add(24 * time.Hour)}, []string{"s2"}, 1},
		{"until", store.StoryQuery{Until: day.Add(time.Hour)}, []string{"s1"}, 1},
		{"paged", store.StoryQuery{Limit: 1, Offset: 1}, []string{"s1"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Stories(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, ids(p)); diff != "" || p.Total != tc.wantTotal {
				t.Errorf("Stories(%+v) = %v total %d, want %v total %d", tc.q, ids(p), p.Total, tc.want, tc.wantTotal)
			}
		})
	}
	outlets, err := s.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.OutletStats{{Outlet: "harbour", Articles: 2, Stories: 2}, {Outlet: "wire", Articles: 2, Stories: 1}}
	if diff := cmp.Diff(want, outlets); diff != "" {
		t.Errorf("Outlets (-want +got):\n%s", diff)
	}
}

func testAnalysis(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour")))
	stale, err := s.StaleStories(ctx, 10)
	if err != nil || len(stale) != 1 || stale[0] != "s1" {
		t.Fatalf("StaleStories = %v, %v; want [s1]", stale, err)
	}
	if _, err := s.Analysis(ctx, "s1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Analysis before analysing: err = %v, want ErrNotFound", err)
	}
	st, _ := s.Story(ctx, "s1")
	old := st.Version
	// The story changes while an analysis of the old version runs.
	commit(t, s, &store.Batch{Articles: []store.NewArticle{{Article: Article(2, "wire"), Story: "s1"}}})
	if err := s.PutAnalysis(ctx, &store.Analysis{Story: "s1", Version: old, Title: "old", Doc: []byte(`{"v":1}`)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Analysis(ctx, "s1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an analysis of an outdated version was stored (err %v)", err)
	}
	st, _ = s.Story(ctx, "s1")
	a := &store.Analysis{Story: "s1", Version: st.Version, Title: "Port strike enters day two", Articles: 2, Outlets: 2, Origins: 1,
		Divergences: 3, Entities: []string{"Port Vell", "Dockworkers Union"}, Claims: []store.ClaimText{{ID: "c1", Text: "The union said talks failed"}},
		Doc: []byte(`{"v":2}`)}
	if err := s.PutAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Doc) != `{"v":2}` || got.Divergences != 3 || got.Title != a.Title {
		t.Errorf("Analysis = %+v, want the stored one", got)
	}
	if stale, _ := s.StaleStories(ctx, 10); len(stale) != 0 {
		t.Errorf("StaleStories after analysis = %v, want none", stale)
	}
	p, err := s.Stories(ctx, store.StoryQuery{Entity: "port vell"})
	if err != nil || p.Total != 1 {
		t.Errorf("Stories(entity) total = %d, %v; want 1", p.Total, err)
	}
	if p.Total == 1 && (p.Stories[0].Origins != 1 || !p.Stories[0].Analysed) {
		t.Errorf("listed story = %+v, want analysed with 1 origin", p.Stories[0])
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour")))
	st, _ := s.Story(ctx, "s1")
	if err := s.PutAnalysis(ctx, &store.Analysis{Story: "s1", Version: st.Version, Title: "t", Claims: []store.ClaimText{{ID: "c7", Text: "Ministers rejected the harbour levy"}}, Doc: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string // kind:id
	}{
		{"dockworkers", []string{"article:a0001"}},
		{"harbour levy", []string{"claim:c7"}},
		{`"union" (talks*:`, []string{"article:a0001"}},
		{"nothing-here-zzz", nil},
		{"  ", nil},
	}
	for _, tc := range tests {
		hits, err := s.Search(ctx, tc.query, 10, 0)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Kind+":"+h.ID)
			if h.Story != "s1" {
				t.Errorf("Search(%q) hit story = %q, want s1", tc.query, h.Story)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", tc.query, diff)
		}
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	f := &store.Feed{URL: "https://harbour.example/rss", ETag: `"abc"`, LastModified: "Sat, 14 Mar 2026 09:00:00 GMT",
		LastPolled: day, NextPoll: day.Add(15 * time.Minute), Failures: 2, LastError: "status 503", Items: 12}
	if err := s.PutFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	got, err := s.Feed(ctx, f.URL)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("Feed round trip (-want +got):\n%s", diff)
	}
	f.Failures = 0
	if err := s.PutFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	all, err := s.Feeds(ctx)
	if err != nil || len(all) != 1 || all[0].Failures != 0 {
		t.Errorf("Feeds = %+v, %v; want the one updated feed", all, err)
	}
}

func testBlobs(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.GetBlob(ctx, "df"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("GetBlob(unknown) err = %v, want ErrNotFound", err)
	}
	for _, v := range []string{"one", "two"} {
		if err := s.PutBlob(ctx, "df", []byte(v)); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetBlob(ctx, "df")
		if err != nil || string(got) != v {
			t.Errorf("GetBlob = %q, %v; want %q", got, err, v)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	checks := map[string]error{}
	_, checks["Article"] = s.Article(ctx, "nope")
	_, checks["Story"] = s.Story(ctx, "nope")
	_, checks["StoryArticles"] = s.StoryArticles(ctx, "nope")
	_, checks["Analysis"] = s.Analysis(ctx, "nope")
	_, checks["Feed"] = s.Feed(ctx, "nope")
	for name, err := range checks {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s(unknown) err = %v, want ErrNotFound", name, err)
		}
	}
}

func testMove(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour"), Article(2, "wire")))
	commit(t, s, storyBatch("s2", Article(3, "wire")))
	before1, _ := s.Story(ctx, "s1")
	before2, _ := s.Story(ctx, "s2")

	// A move of an article that was never stored (a duplicate) is a no-op.
	commit(t, s, &store.Batch{Moves: []store.Move{
		{Article: Article(2, "wire").ID, From: "s1", To: "s2"},
		{Article: "never-stored", From: "s1", To: "s2"},
	}})
	a, err := s.Article(ctx, Article(2, "wire").ID)
	if err != nil || a.Story != "s2" {
		t.Fatalf("moved article is in %q (%v), want s2", a.Story, err)
	}
	for _, tc := range []struct {
		id     string
		before int64
		want   []string
	}{
		{"s1", before1.Version, []string{Article(1, "harbour").ID}},
		{"s2", before2.Version, []string{Article(2, "wire").ID, Article(3, "wire").ID}},
	} {
		st, err := s.Story(ctx, tc.id)
		if err != nil {
			t.Fatalf("Story(%s): %v", tc.id, err)
		}
		if st.Version <= tc.before {
			t.Errorf("Story(%s).Version = %d after a move, want > %d", tc.id, st.Version, tc.before)
		}
		arts, err := s.StoryArticles(ctx, tc.id)
		if err != nil {
			t.Fatalf("StoryArticles(%s): %v", tc.id, err)
		}
		var got []string
		for _, a := range arts {
			got = append(got, a.ID)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("StoryArticles(%s) after move (-want +got):\n%s", tc.id, diff)
		}
	}

	// Moving the last article out of a story folds the story into where
	// the article went, so its id still resolves.
	commit(t, s, &store.Batch{Moves: []store.Move{{Article: Article(1, "harbour").ID, From: "s1", To: "s2"}}})
	got, err := s.Story(ctx, "s1")
	if err != nil {
		t.Fatalf("Story(emptied story): %v", err)
	}
	if got.ID != "s2" || got.Requested != "s1" {
		t.Errorf("Story(s1) after its last article moved = id %q requested %q, want s2 requested s1", got.ID, got.Requested)
	}
	page, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil || page.Total != 1 {
		t.Errorf("Stories after emptying move: total %d, %v; want 1", page.Total, err)
	}
}

func testMoveConflict(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour"), Article(2, "wire")))
	commit(t, s, storyBatch("s2", Article(3, "wire")))
	commit(t, s, storyBatch("s3", Article(4, "wire")))
	// The article is in s1, not s3: another worker moved it, or the caller
	// is confused. The whole batch must fail and leave nothing behind.
	_, err := s.Commit(ctx, &store.Batch{
		Articles: []store.NewArticle{{Article: Article(5, "wire"), Story: "s2"}},
		Moves:    []store.Move{{Article: Article(2, "wire").ID, From: "s3", To: "s2"}},
	})
	if !errors.Is(err, store.ErrConflict) {
		t.Fatalf("Commit(move from the wrong story) = %v, want ErrConflict", err)
	}
	if _, err := s.Article(ctx, Article(5, "wire").ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("article of the failed batch: %v, want ErrNotFound", err)
	}
	if a, err := s.Article(ctx, Article(2, "wire").ID); err != nil || a.Story != "s1" {
		t.Errorf("article after failed move is in %q (%v), want s1", a.Story, err)
	}
	// An unknown target story is an error, not a silent orphan.
	if _, err := s.Commit(ctx, &store.Batch{Moves: []store.Move{{Article: Article(2, "wire").ID, From: "s1", To: "no-such-story"}}}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Commit(move to unknown story) = %v, want ErrNotFound", err)
	}
}

func testHistory(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour"), Article(2, "wire")))
	commit(t, s, storyBatch("s2", Article(3, "wire")))
	commit(t, s, storyBatch("s3", Article(4, "wire")))
	commit(t, s, &store.Batch{Moves: []store.Move{{Article: Article(2, "wire").ID, From: "s1", To: "s2"}}})
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "s3", Into: "s2"}}})

	type ev struct{ Story, Kind, Other, From, To string }
	strip := func(es []store.Event) []ev {
		var out []ev
		for _, e := range es {
			if e.At.IsZero() {
				t.Errorf("event %+v has no time", e)
			}
			out = append(out, ev{e.Story, e.Kind, e.Other, e.From, e.To})
		}
		return out
	}
	tests := []struct {
		name  string
		story string
		joins bool
		want  []ev
	}{
		{"changes only", "s2", false, []ev{
			{"s2", store.EventMoveIn, Article(2, "wire").ID, "s1", ""},
			{"s2", store.EventMerge, "s3", "", ""},
		}},
		{"with joins, through a merged id", "s3", true, []ev{
			{"s2", store.EventJoin, Article(3, "wire").ID, "", ""},
			{"s3", store.EventJoin, Article(4, "wire").ID, "", ""},
			{"s2", store.EventMoveIn, Article(2, "wire").ID, "s1", ""},
			{"s2", store.EventMerge, "s3", "", ""},
		}},
		{"the story left", "s1", false, []ev{
			{"s1", store.EventMoveOut, Article(2, "wire").ID, "", "s2"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.History(ctx, tc.story, tc.joins)
			if err != nil {
				t.Fatalf("History(%s): %v", tc.story, err)
			}
			if diff := cmp.Diff(tc.want, strip(got)); diff != "" {
				t.Errorf("History(%s, %v) (-want +got):\n%s", tc.story, tc.joins, diff)
			}
		})
	}
	if _, err := s.History(ctx, "no-such-story", false); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("History(unknown) = %v, want ErrNotFound", err)
	}
}

func testOutletRoles(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour"), Article(2, "wire"), Article(3, "Wire")))
	commit(t, s, storyBatch("s2", Article(4, "wire")))
	put := func(story string, roles ...store.OutletRole) {
		t.Helper()
		st, err := s.Story(ctx, story)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutAnalysis(ctx, &store.Analysis{Story: st.ID, Version: st.Version, Title: "t", Roles: roles, Doc: []byte(`{}`)}); err != nil {
			t.Fatal(err)
		}
	}
	put("s1", store.OutletRole{Outlet: "harbour", Origin: 1, Divergences: 1}, store.OutletRole{Outlet: "wire", Echo: 2, Divergences: 1, Minority: 1})
	put("s2", store.OutletRole{Outlet: "Coast Radio", Origin: 1}, store.OutletRole{Outlet: "WIRE", Echo: 1})
	// Analysing again replaces the story's roles rather than adding to them.
	put("s2", store.OutletRole{Outlet: "Coast Radio", Origin: 1}, store.OutletRole{Outlet: "WIRE", Echo: 1})

	want := []store.OutletStats{
		{Outlet: "wire", Articles: 3, Stories: 2, Echo: 3, Divergences: 1, Minority: 1},
		{Outlet: "harbour", Articles: 1, Stories: 1, Origin: 1, Divergences: 1},
		{Outlet: "Coast Radio", Origin: 1},
	}
	got, err := s.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fold := cmp.Transformer("fold", strings.ToLower)
	if diff := cmp.Diff(want, got, fold); diff != "" {
		t.Errorf("Outlets (-want +got):\n%s", diff)
	}

	// A merged story's roles go with its analysis; the story it joined is
	// re-analysed and counts them again.
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "s2", Into: "s1"}}})
	got, err = s.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want = []store.OutletStats{
		{Outlet: "wire", Articles: 3, Stories: 1, Echo: 2, Divergences: 1, Minority: 1},
		{Outlet: "harbour", Articles: 1, Stories: 1, Origin: 1, Divergences: 1},
	}
	if diff := cmp.Diff(want, got, fold); diff != "" {
		t.Errorf("Outlets after merge (-want +got):\n%s", diff)
	}
}

// testTopics: a batch's topic updates set Story.Topic and the stories
// StoryQuery.Topic lists; "" takes a story out of its topic; an update for
// a story never stored is skipped; a topic update follows merges.
func testTopics(t *testing.T, s store.Store) {
	ctx := context.Background()
	commit(t, s, storyBatch("s1", Article(1, "harbour")))
	commit(t, s, storyBatch("s2", Article(2, "wire")))
	b := storyBatch("s3", Article(3, "harbour"))
	b.Topics = []store.TopicUpdate{{Story: "s1", Topic: "s1"}, {Story: "s2", Topic: "s1"}, {Story: "s3", Topic: "s1"}, {Story: "never-stored", Topic: "s1"}}
	commit(t, s, b)
	inTopic := func() []string {
		t.Helper()
		p, err := s.Stories(ctx, store.StoryQuery{Topic: "s1", Order: "largest"})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, st := range p.Stories {
			out = append(out, st.ID)
		}
		slices.Sort(out)
		return out
	}
	if diff := cmp.Diff([]string{"s1", "s2", "s3"}, inTopic()); diff != "" {
		t.Errorf("stories of topic s1 (-want +got):\n%s", diff)
	}
	if st, err := s.Story(ctx, "s2"); err != nil || st.Topic != "s1" {
		t.Errorf("Story(s2) = %+v, %v; want topic s1", st, err)
	}
	// What ingestion resumes from: each story's topic and its size.
	states, err := s.ActiveStories(ctx, time.Time{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range states {
		if st.Topic != "s1" || st.TopicSize != 3 {
			t.Errorf("ActiveStories: %s in topic %q of %d stories, want s1 of 3", st.ID, st.Topic, st.TopicSize)
		}
	}
	commit(t, s, &store.Batch{Topics: []store.TopicUpdate{{Story: "s3", Topic: ""}}})
	if diff := cmp.Diff([]string{"s1", "s2"}, inTopic()); diff != "" {
		t.Errorf("after s3 left: stories of topic s1 (-want +got):\n%s", diff)
	}
	if st, err := s.Story(ctx, "s3"); err != nil || st.Topic != "" {
		t.Errorf("Story(s3) = %+v, %v; want no topic", st, err)
	}
	// s2 leaves too: s1 (closed, so the grouping no longer reports it) is
	// alone and its topic is cleared.
	commit(t, s, &store.Batch{Topics: []store.TopicUpdate{{Story: "s2", Topic: "s3"}, {Story: "s3", Topic: "s3"}}})
	if diff := cmp.Diff([]string(nil), inTopic()); diff != "" {
		t.Errorf("after s2 left: stories of topic s1 (-want +got):\n%s", diff)
	}
	if st, err := s.Story(ctx, "s1"); err != nil || st.Topic != "" {
		t.Errorf("Story(s1) left alone in its topic = %+v, %v; want no topic", st, err)
	}
	// s2 merged into s1: an update naming s2 lands on s1, and s3 is left
	// alone in its topic.
	commit(t, s, &store.Batch{Topics: []store.TopicUpdate{{Story: "s1", Topic: "s3"}}})
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "s2", Into: "s1"}}, Topics: []store.TopicUpdate{{Story: "s2", Topic: ""}}})
	for _, id := range []string{"s1", "s3"} {
		if st, err := s.Story(ctx, id); err != nil || st.Topic != "" {
			t.Errorf("Story(%s) after an update through merged s2 = %+v, %v; want no topic", id, st, err)
		}
	}
}
