package ingest

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/fixture"
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
	var failed []error
	if err := in.AddStream(ctx, fixture.ExampleStream(t), 2, func(o Outcome) {
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
	if c.Articles != 19 || c.Stories != 5 {
		t.Errorf("stored %d articles in %d stories, want 19 in 5 (the example corpus)", c.Articles, c.Stories)
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
	if after != before || dups != 19 {
		t.Errorf("second ingest: counts %+v -> %+v, %d duplicates; want nothing new and 19 duplicates", before, after, dups)
	}
	stale, err := st.StaleStories(ctx, 10)
	if err != nil || len(stale) != 0 {
		t.Errorf("stale stories after a duplicate-only ingest: %v, %v", stale, err)
	}
}

// TestMergeCadence: the merge pass runs once MergeEvery articles have come
// since it last ran, and at the end of a stream, not at every commit. The
// grouping here joins nothing as articles arrive (join threshold 2) and
// leaves all joining to the merge pass (merge threshold 0.05).
func TestMergeCadence(t *testing.T) {
	ctx := context.Background()
	inputs, errs := source.Expand([]string{"../../examples/corpus"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	split := Config{Topics: true, Cluster: cluster.Options{Threshold: 2, MergeThreshold: 0.05}}
	tests := []struct {
		name   string
		every  int
		stream bool // AddStream rather than Add and Flush per article
		full   bool // every article committed before the stream ends
		merged bool // fewer stories than articles that are no duplicate
	}{
		{"commits of one article, merge every 256", 256, false, false, false},
		{"commits of one article, merge every 4", 4, false, false, true},
		{"a stream ends with a merge", 256, true, false, true},
		// The merge then comes in a batch of its own.
		{"a stream whose last commit is full", 256, true, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			var arts []*news.Article
			for _, i := range inputs {
				if err := source.Read(ctx, i, func(a *news.Article) { arts = append(arts, a) }); err != nil {
					t.Fatal(err)
				}
			}
			cfg := split
			cfg.MergeEvery = tt.every
			if tt.full {
				cfg.BatchSize = len(arts)
			}
			in, err := New(ctx, st, cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			originals := 0 // a duplicate joins its original's story
			count := func(o Outcome) {
				if o.Err == nil && o.Duplicate == "" {
					originals++
				}
			}
			if tt.stream {
				ch := make(chan *news.Article, len(arts))
				for _, a := range arts {
					ch <- a
				}
				close(ch)
				if err := in.AddStream(ctx, ch, 1, count); err != nil {
					t.Fatal(err)
				}
			} else {
				for _, a := range arts {
					o, err := in.Add(ctx, a)
					if err != nil {
						t.Fatal(err)
					}
					count(o)
					if err := in.Flush(ctx); err != nil {
						t.Fatal(err)
					}
				}
			}
			c, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Stories < originals; got != tt.merged {
				t.Errorf("%d articles (%d no duplicate) in %d stories; merged = %v, want %v", c.Articles, originals, c.Stories, got, tt.merged)
			}
		})
	}
}

// TestIngestTopics: ingesting the example corpus keeps the dam's collapse
// and the inquiry two weeks later as two stories of one topic; each story
// document names the other as related, and no other story has a topic.
// With Topics set they are one story.
func TestIngestTopics(t *testing.T) {
	ctx := context.Background()
	st, _ := ingestExamples(t)
	page, err := st.Stories(ctx, store.StoryQuery{Order: "largest"})
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]store.Story{}
	for _, s := range page.Stories {
		byTitle[s.Title] = s
	}
	collapse, inquiry := byTitle["Fourteen dead as Merrow Dam gives way above Kaldbrook"], byTitle["Merrow Dam inquiry: operator was warned three times about leaks"]
	if collapse.ID == "" || inquiry.ID == "" {
		t.Fatalf("collapse or inquiry story missing: %v", byTitle)
	}
	if collapse.Topic == "" || collapse.Topic != inquiry.Topic {
		t.Errorf("topics: collapse %q, inquiry %q; want one shared", collapse.Topic, inquiry.Topic)
	}
	for _, s := range page.Stories {
		if s.ID != collapse.ID && s.ID != inquiry.ID && s.Topic != "" {
			t.Errorf("story %q has topic %q, want none", s.Title, s.Topic)
		}
	}
	doc, err := StoryDocument(ctx, st, inquiry.ID)
	if err != nil {
		t.Fatal(err)
	}
	rs := doc.Stories[0]
	if rs.Topic != collapse.Topic || len(rs.Related) != 1 || rs.Related[0].ID != collapse.ID || rs.Related[0].Title != collapse.Title {
		t.Errorf("inquiry document: topic %q related %v, want %q and the collapse story", rs.Topic, rs.Related, collapse.Topic)
	} else if shared := rs.Related[0].Shared; !slices.Contains(shared, "Vessa Hydro") || len(shared) > report.MaxShared {
		// The evidence for the topic link: names both stories give.
		t.Errorf("inquiry's related collapse story shares %q, want Vessa Hydro among at most %d names", shared, report.MaxShared)
	}

	// A slow feed: commits of one article, no merge-cadence pass before
	// the end; topics are stored as the stories arrive.
	st3, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "slow.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st3.Close()
	slow, err := New(ctx, st3, Config{MergeEvery: 1 << 20}, nil)
	if err != nil {
		t.Fatal(err)
	}
	inputs, _ := source.Expand([]string{"../../examples/corpus"})
	for _, i := range inputs {
		source.Read(ctx, i, func(a *news.Article) {
			if _, err := slow.Add(ctx, a); err != nil {
				t.Fatal(err)
			}
			if err := slow.Flush(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
	if p, err := st3.Stories(ctx, store.StoryQuery{Topic: collapse.Topic}); err != nil || p.Total != 2 {
		t.Errorf("slow feed: stories of the dam's topic %q: %+v, %v; want 2", collapse.Topic, p, err)
	}

	// One story per topic: the inquiry joins the collapse.
	st2, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "topics.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	in, err := New(ctx, st2, Config{Topics: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := in.AddStream(ctx, fixture.ExampleStream(t), 2, nil); err != nil {
		t.Fatal(err)
	}
	if c, err := st2.Counts(ctx); err != nil || c.Stories != 4 {
		t.Errorf("with Topics: %+v, %v; want 4 stories", c, err)
	}
}

// TestTopicOutlivesClosing: the dam's collapse is closed (MaxOpen) while
// the inquiry into it is still open; the inquiry stays in the collapse's
// topic, also after a restart, and the two stories stay one list.
func TestTopicOutlivesClosing(t *testing.T) {
	const (
		collapseTitle = "Fourteen dead as Merrow Dam gives way above Kaldbrook"
		inquiryTitle  = "Merrow Dam inquiry: operator was warned three times about leaks"
	)
	ctx := context.Background()
	var collapse, inquiry, first, rest []*news.Article
	for a := range fixture.ExampleStream(t) {
		switch name := filepath.Base(a.Source); {
		case name == "harbourtimes-merrow-inquiry-report.txt":
			first = append(first, a)
		case name == "radionorland-merrow-commission-findings.txt":
			inquiry = append(inquiry, a)
		case strings.Contains(name, "merrow") || strings.Contains(name, "kaldbrook"):
			collapse = append(collapse, a)
		default:
			rest = append(rest, a)
		}
	}
	if len(collapse) < 3 || len(first) != 1 || len(inquiry) != 1 || len(rest) < 4 || !strings.Contains(rest[1].Source, "greyhaven") {
		t.Fatalf("example corpus: %d collapse, %d+%d inquiry, %d other articles", len(collapse), len(first), len(inquiry), len(rest))
	}
	// The inquiry's second report arrives after the wind farm's two, so
	// the collapse and the wind farm are the stories idle longest when the
	// fifth story opens, and close.
	stream := slices.Concat(collapse, first, rest[:2], inquiry, rest[2:])
	path := filepath.Join(t.TempDir(), "x.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := Config{MaxOpen: 4}
	add := func(in *Ingester, arts []*news.Article) {
		t.Helper()
		for _, a := range arts {
			if _, err := in.Add(ctx, a); err != nil {
				t.Fatal(err)
			}
			if err := in.Flush(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	topicOf := func(title string) (store.Story, int) {
		t.Helper()
		page, err := st.Stories(ctx, store.StoryQuery{Order: "largest"})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range page.Stories {
			if s.Title == title {
				p, err := st.Stories(ctx, store.StoryQuery{Topic: s.Topic})
				if err != nil {
					t.Fatal(err)
				}
				return s, p.Total
			}
		}
		t.Fatalf("no story %q", title)
		return store.Story{}, 0
	}
	check := func(when string) {
		t.Helper()
		c, _ := topicOf(collapseTitle)
		i, n := topicOf(inquiryTitle)
		if c.Topic == "" || i.Topic != c.Topic || n != 2 {
			t.Errorf("%s: collapse in topic %q, inquiry in %q of %d stories; want one topic of 2", when, c.Topic, i.Topic, n)
		}
	}
	in, err := New(ctx, st, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	add(in, stream)
	live := map[string]bool{}
	for _, s := range in.cl.Stories() {
		live[s.ID] = true
	}
	c, _ := topicOf(collapseTitle)
	i, _ := topicOf(inquiryTitle)
	if live[c.ID] || !live[i.ID] {
		t.Fatalf("open stories %v: want the inquiry %s open and the collapse %s closed", live, i.ID, c.ID)
	}
	check("after the collapse closed")
	// A restart reloads the four stories updated last: the collapse,
	// oldest, stays closed.
	in, err = New(ctx, st, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	add(in, []*news.Article{{Source: "late.txt", Title: "Osterby choir tour", Text: "The Osterby youth choir begins a spring tour of village churches along the coast on Saturday."}})
	check("after a restart")
}
