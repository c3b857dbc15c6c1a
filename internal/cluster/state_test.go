package cluster

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestAddTwice(t *testing.T) {
	arts, _ := loadFixtures(t)
	c := New(Options{})
	first := c.Add(arts[0])
	again := c.Add(arts[0])
	if again != first {
		t.Errorf("Add(same article again) = %q, want %q", again, first)
	}
	if st := c.Stories(); len(st) != 1 || len(st[0].Articles) != 1 {
		t.Errorf("Stories() after adding one article twice = %+v, want one story of one article", st)
	}
}

func TestConcurrentAdd(t *testing.T) {
	arts, _ := loadFixtures(t)
	c := New(Options{})
	var wg sync.WaitGroup
	for _, a := range arts {
		wg.Go(func() { c.Add(a) })
	}
	wg.Go(func() { c.Stories() })
	wg.Wait()
	n := 0
	for _, s := range c.Stories() {
		n += len(s.Articles)
	}
	if n != len(arts) {
		t.Errorf("articles in stories after concurrent Add = %d, want %d", n, len(arts))
	}
}

func TestEmptyArticle(t *testing.T) {
	c := New(Options{})
	e1 := c.Add(&news.Article{ID: "e1"})
	e2 := c.Add(&news.Article{ID: "e2"})
	if e1 == e2 {
		t.Errorf("Add(two empty articles) joined them in %q, want separate stories", e1)
	}
	if _, ok := c.StoryOf("missing"); ok {
		t.Errorf("StoryOf(missing) found a story, want none")
	}
}

// TestMergeBookkeeping forces a split (a threshold no article reaches) and
// lets the merge pass join the halves: the merged story keeps the first
// article's ID, lists what it absorbed, and StoryOf follows the merge.
func TestMergeBookkeeping(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{Threshold: 0.99, MergeThreshold: 0.11})
	for _, a := range arts {
		if gold[a.ID] == "recall" {
			if got, want := c.Add(a), "s-"+a.ID; got != want {
				t.Fatalf("Add(%s) = %q, want new story %q", a.ID, got, want)
			}
		}
	}
	st := c.Stories()
	want := []Story{{ID: "s-q1", Articles: []string{"q1", "q2"}, Merged: []string{"s-q2"}}}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Fatalf("Stories() (-want +got):\n%s", diff)
	}
	if got, _ := c.StoryOf("q2"); got != "s-q1" {
		t.Errorf("StoryOf(q2) = %q, want s-q1", got)
	}
}

func TestSnapshotRestore(t *testing.T) {
	arts, _ := loadFixtures(t)
	half := len(arts) / 2
	whole := New(Options{})
	for _, a := range arts {
		whole.Add(a)
	}
	first := New(Options{})
	for _, a := range arts[:half] {
		first.Add(a)
	}
	b, err := json.Marshal(first.Snapshot())
	if err != nil {
		t.Fatalf("marshal snapshot: %v", err)
	}
	var st State
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatalf("unmarshal snapshot: %v", err)
	}
	restored := Restore(Options{}, st)
	for _, a := range arts[half:] {
		restored.Add(a)
	}
	if diff := cmp.Diff(whole.Stories(), restored.Stories()); diff != "" {
		t.Errorf("stories after Snapshot, JSON and Restore differ (-uninterrupted +restored):\n%s", diff)
	}
}

func TestCentroidBounded(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{MaxTerms: 10})
	for _, a := range arts {
		if gold[a.ID] == "flood" {
			c.Add(a)
		}
	}
	for _, s := range c.Snapshot().Stories {
		if len(s.Terms) > 20 || len(s.Anchors) > 20 {
			t.Errorf("story %s keeps %d terms and %d anchors, want at most 2*MaxTerms = 20", s.ID, len(s.Terms), len(s.Anchors))
		}
	}
}

// TestCrossLingual links a translation through names and numbers: its
// stems share nothing with the English story.
func TestCrossLingual(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	en := testArticle("en", "", "Scooter maker Quillon is recalling 30,000 Q2 scooters after 7 battery fires, chief executive Mara Tollen said in Oslund.", day)
	other := testArticle("xx", "", "Quillon rappelle 30 000 trottinettes Q2 après 7 incendies de batteries, a déclaré Mara Tollen à Oslund.", day)
	other.Language = "fr"
	unrelated := testArticle("yy", "", "Le chœur des mineurs de Eskerby a gagné le concours national de chant samedi.", day)
	unrelated.Language = "fr"
	c := New(Options{})
	s1 := c.Add(en)
	if got := c.Add(other); got != s1 {
		t.Errorf("Add(translation) = %q, want the English story %q", got, s1)
	}
	if got := c.Add(unrelated); got == s1 {
		t.Errorf("Add(unrelated French article) joined %q, want a new story", got)
	}
}

func TestDecay(t *testing.T) {
	c := New(Options{})
	day := 24 * time.Hour
	tests := []struct {
		name string
		gap  time.Duration
		want float64
	}{
		{"same day", 0, 1},
		{"within grace", 3 * day, 1},
		{"one half-life past grace", 17 * day, 0.5},
		{"floor", 90 * day, 0.4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.decay(tc.gap); got < tc.want-1e-9 || got > tc.want+1e-9 {
				t.Errorf("decay(%v) = %v, want %v", tc.gap, got, tc.want)
			}
		})
	}
}

func TestGap(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2026, 3, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name           string
		f1, l1, f2, l2 time.Time
		want           time.Duration
	}{
		{"overlap", d(1), d(5), d(3), d(9), 0},
		{"before", d(1), d(2), d(6), d(9), 4 * 24 * time.Hour},
		{"after", d(10), d(12), d(1), d(3), 7 * 24 * time.Hour},
		{"unknown", time.Time{}, time.Time{}, d(1), d(3), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gap(tc.f1, tc.l1, tc.f2, tc.l2); got != tc.want {
				t.Errorf("gap = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestOptionsDefaults(t *testing.T) {
	if diff := cmp.Diff(DefaultOptions(), New(Options{}).Options()); diff != "" {
		t.Errorf("New(Options{}).Options() differs from DefaultOptions() (-want +got):\n%s", diff)
	}
	got := New(Options{Threshold: 0.5, MinDecay: 1}).Options()
	if got.Threshold != 0.5 || got.MinDecay != 1 || got.MergeThreshold != DefaultOptions().MergeThreshold {
		t.Errorf("New(Threshold 0.5, MinDecay 1).Options() = %+v, want those two set and the rest default", got)
	}
}

// BenchmarkAdd clusters the DUC 2004 mix (489 articles, about 100 stories
// at the end) and reports the cost per article.
func BenchmarkAdd(b *testing.B) {
	arts := ducArticles(loadDUC(b))
	b.ReportAllocs()
	for b.Loop() {
		c := New(Options{})
		for _, a := range arts {
			c.Add(a)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
}

// BenchmarkStories measures the merge pass over the DUC 2004 stories.
func BenchmarkStories(b *testing.B) {
	arts := ducArticles(loadDUC(b))
	c := New(Options{})
	for _, a := range arts {
		c.Add(a)
	}
	st := c.Snapshot()
	b.ReportAllocs()
	for b.Loop() {
		Restore(Options{}, st).Stories()
	}
}

// TestBadOffsets feeds spans that do not fit the text: clustering must
// neither panic nor lose the article.
func TestBadOffsets(t *testing.T) {
	a := testArticle("bad", "", "Hela Vorn resigned on Monday.", time.Time{})
	a.Mentions = []news.Mention{{Start: -4, End: 3, Text: "x"}, {Start: 5, End: 500}, {Start: 9, End: 2}}
	b := testArticle("bad2", "", "Hela Vorn resigned.", time.Time{})
	b.Tokens = append(b.Tokens, news.Token{Start: 40, End: 90, Norm: "ghost", Stem: "ghost"})
	c := New(Options{})
	c.Add(a)
	c.Add(b)
	if n := len(c.Assignments()); n != 2 {
		t.Errorf("Assignments() holds %d articles, want 2", n)
	}
}
