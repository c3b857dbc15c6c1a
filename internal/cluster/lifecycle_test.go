package cluster

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// resume rebuilds a clusterer from c the way ingestion resumes from a
// store: frequencies plus one State encoding per live story.
func resume(t testing.TB, c *Online, opt Options) *Online {
	t.Helper()
	df, err := c.Frequencies()
	if err != nil {
		t.Fatalf("Frequencies() error: %v", err)
	}
	r := New(opt)
	if err := r.RestoreFrequencies(df); err != nil {
		t.Fatalf("RestoreFrequencies() error: %v", err)
	}
	for _, s := range c.Snapshot().Stories {
		st, _, err := c.State(s.ID)
		if err != nil {
			t.Fatalf("State(%s) error: %v", s.ID, err)
		}
		if err := r.Restore(s.ID, st); err != nil {
			t.Fatalf("Restore(%s) error: %v", s.ID, err)
		}
	}
	return r
}

func TestStateRestoreContinues(t *testing.T) {
	fixtures, _ := loadFixtures(t)
	tests := []struct {
		name    string
		arts    func(t *testing.T) []*news.Article
		split   float64
		minSame float64 // share of later articles that must get the same story
	}{
		{"fixtures after a third", func(*testing.T) []*news.Article { return fixtures }, 1.0 / 3, 1},
		{"fixtures after half", func(*testing.T) []*news.Article { return fixtures }, 0.5, 1},
		{"fixtures after all but one", func(*testing.T) []*news.Article { return fixtures }, 11.0 / 12, 1},
		// DUC centroids outgrow MaxTerms, which State cuts them to, and
		// weights are stored as float32: nearly all must still agree.
		{"DUC 2004 after half", func(t *testing.T) []*news.Article { return ducArticles(loadDUC(t)) }, 0.5, 0.97},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := tc.arts(t)
			k := int(tc.split * float64(len(arts)))
			orig := New(Options{})
			for _, a := range arts[:k] {
				orig.Add(a)
			}
			restored := resume(t, orig, Options{})
			same := 0
			for _, a := range arts[k:] {
				want, got := orig.Add(a), restored.Add(a)
				if got == want {
					same++
				} else if tc.minSame == 1 {
					t.Errorf("restored Add(%s) = %q, want %q as the original", a.ID, got, want)
				}
			}
			if share := float64(same) / float64(len(arts)-k); share < tc.minSame {
				t.Errorf("restored clusterer agrees on %.3f of later articles, want >= %.2f", share, tc.minSame)
			}
		})
	}
}

func TestStateContents(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{})
	var flood string
	for _, a := range arts {
		if gold[a.ID] == "flood" {
			flood = c.Add(a)
		}
	}
	st, last, err := c.State(flood)
	if err != nil {
		t.Fatalf("State(%s) error: %v", flood, err)
	}
	if want := time.Date(2026, 3, 4, 11, 30, 0, 0, time.UTC); !last.Equal(want) {
		t.Errorf("State(%s) newest = %v, want %v", flood, last, want)
	}
	if bytes.Contains(st, []byte("f1")) || len(st) > 12*2*c.opt.MaxTerms+64 {
		t.Errorf("State(%s) is %d bytes holding member IDs or more than the centroids", flood, len(st))
	}
	r := New(Options{})
	if err := r.Restore("copy", st); err != nil {
		t.Fatalf("Restore(copy) error: %v", err)
	}
	again, last2, err := r.State("copy")
	if err != nil || !bytes.Equal(again, st) || !last2.Equal(last) {
		t.Errorf("State(Restore(State)) = %d bytes, %v, %v; want the same %d bytes and %v", len(again), last2, err, len(st), last)
	}
}

func TestStateRestoreErrors(t *testing.T) {
	arts, _ := loadFixtures(t)
	c := New(Options{})
	id := c.Add(arts[0])
	good, _, err := c.State(id)
	if err != nil {
		t.Fatalf("State(%s) error: %v", id, err)
	}
	tests := []struct {
		name  string
		id    string
		state []byte
	}{
		{"empty", "x", nil},
		{"wrong version", "x", append([]byte{9}, good[1:]...)},
		{"truncated", "x", good[:len(good)/2]},
		{"zero members", "x", []byte{stateVersion, 0, 0, 0, 0, 0, 0}},
		{"already open", id, good},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := c.Restore(tc.id, tc.state); err == nil {
				t.Errorf("Restore(%s, %d bytes) = nil, want an error", tc.id, len(tc.state))
			}
		})
	}
	if _, _, err := c.State("s-missing"); err == nil {
		t.Errorf("State(s-missing) = nil error, want one")
	}
}

func TestFrequenciesRoundTrip(t *testing.T) {
	arts, _ := loadFixtures(t)
	tests := []struct {
		name string
		n    int
	}{
		{"empty", 0},
		{"one article", 1},
		{"all fixtures", len(arts)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Options{})
			for _, a := range arts[:tc.n] {
				c.Add(a)
			}
			blob, err := c.Frequencies()
			if err != nil {
				t.Fatalf("Frequencies() error: %v", err)
			}
			r := New(Options{})
			if err := r.RestoreFrequencies(blob); err != nil {
				t.Fatalf("RestoreFrequencies() error: %v", err)
			}
			if r.n != c.n || !slices.Equal(r.df, c.df) || !slices.Equal(r.adf, c.adf) {
				t.Errorf("RestoreFrequencies(Frequencies()) has %d articles, want %d, and must equal the tables", r.n, c.n)
			}
			again, _ := r.Frequencies()
			if !bytes.Equal(again, blob) {
				t.Errorf("Frequencies() after restore = %d bytes, want the same %d bytes", len(again), len(blob))
			}
		})
	}
	bad := [][]byte{nil, []byte("CXDF2"), []byte("nope"), append([]byte(freqMagic), 5, 1, 0, 7)}
	for _, b := range bad {
		c := New(Options{})
		c.Add(arts[0])
		if err := c.RestoreFrequencies(b); err == nil {
			t.Errorf("RestoreFrequencies(%q) = nil, want an error", b)
		}
		if c.n != 1 {
			t.Errorf("after a failed RestoreFrequencies, articles = %d, want 1 (unchanged)", c.n)
		}
	}
}

func TestMergeAndResolve(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{Threshold: 0.99})
	for _, a := range arts {
		if gold[a.ID] == "recall" {
			c.Add(a)
		}
	}
	want := []Merge{{From: "s-q2", Into: "s-q1"}}
	if diff := cmp.Diff(want, c.Merge()); diff != "" {
		t.Errorf("Merge() (-want +got):\n%s", diff)
	}
	if got := c.Merge(); len(got) != 0 {
		t.Errorf("Merge() again = %v, want no merges", got)
	}
	tests := []struct{ in, want string }{
		{"s-q2", "s-q1"},
		{"s-q1", "s-q1"},
		{"s-unknown", "s-unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := c.Resolve(tc.in); got != tc.want {
				t.Errorf("Resolve(%s) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	if _, _, err := c.State("s-q2"); err != nil {
		t.Errorf("State(s-q2) after merge: %v, want the state of s-q1", err)
	}
}

func TestClose(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{})
	for _, a := range arts {
		c.Add(a)
	}
	before := len(c.byArticle)
	// Everything but the vorn-un story (26 March) is older than 20 March.
	c.Close(time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
	st := c.Stories()
	if len(st) != 1 || st[0].ID != "s-v1" {
		t.Fatalf("Stories() after Close = %+v, want only s-v1", st)
	}
	if len(c.byArticle) != 2 || before != len(arts) {
		t.Errorf("articles held after Close = %d (before %d), want 2", len(c.byArticle), before)
	}
	tests := []struct {
		name, id string
	}{
		{"flood", "f2"},
		{"resignation", "m1"},
		{"recall", "q1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := c.StoryOf(tc.id); ok {
				t.Errorf("StoryOf(%s) found a story after Close, want none", tc.id)
			}
			var orig *news.Article
			for _, a := range arts {
				if a.ID == tc.id {
					orig = a
				}
			}
			again := *orig
			again.ID = tc.id + "-again"
			if got := c.Add(&again); got != "s-"+again.ID {
				t.Errorf("Add(copy of closed %s article) = %q, want a new story (closed stories attract nothing)", gold[tc.id], got)
			}
		})
	}
}

// TestCloseKeepsMemoryFlat streams synthetic news through Add, Merge and
// Close with a window of two hours (800 articles): what the clusterer
// holds must stop growing once the window is full.
func TestCloseKeepsMemoryFlat(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("streams 4,500 processed articles, too slow for -short or -race")
	}
	arts := synthArticles(11, 4500, 8)
	c := New(Options{})
	type size struct{ stories, articles, keys int }
	var sizes []size
	for i, a := range arts {
		c.Add(a)
		if i%250 == 249 {
			c.Merge()
			c.Close(c.clock.Add(-2 * time.Hour))
			sizes = append(sizes, size{len(c.stories), len(c.byArticle), len(c.idx.post)})
		}
	}
	// Peaks of the middle and last third of the stream: once the window
	// is full (after a third) the peaks must not keep growing.
	peak := func(ss []size) size {
		var p size
		for _, s := range ss {
			p = size{max(p.stories, s.stories), max(p.articles, s.articles), max(p.keys, s.keys)}
		}
		return p
	}
	first, second := peak(sizes[len(sizes)/3:2*len(sizes)/3]), peak(sizes[2*len(sizes)/3:])
	end := sizes[len(sizes)-1]
	t.Logf("peaks: middle third %+v, last third %+v", first, second)
	if second.stories > first.stories*5/4 || second.articles > first.articles*5/4 || second.keys > first.keys*5/4 {
		t.Errorf("peak held in the last third %+v, middle third %+v: want no more than a quarter more", second, first)
	}
	if len(c.mergedInto) > end.stories {
		t.Errorf("merge records held = %d, want no more than live stories %d", len(c.mergedInto), end.stories)
	}
}

func TestStoriesIndexedForManyStories(t *testing.T) {
	// With the index forced on, Stories takes the indexed merge pass and
	// must still join the split halves of one story.
	arts, gold := loadFixtures(t)
	c := New(Options{Threshold: 0.99, IndexAbove: -1})
	for _, a := range arts {
		if gold[a.ID] == "recall" {
			c.Add(a)
		}
	}
	want := []Story{{ID: "s-q1", Articles: []string{"q1", "q2"}, Merged: []string{"s-q2"}}}
	if diff := cmp.Diff(want, c.Stories()); diff != "" {
		t.Errorf("Stories() with the index (-want +got):\n%s", diff)
	}
}

func FuzzRestore(f *testing.F) {
	c := New(Options{})
	for i, text := range []string{"Quillon recalls 30,000 Q2 scooters in Oslund.", "Hela Vorn resigned on Monday."} {
		id := c.Add(testArticle(strconv.Itoa(i), "", text, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)))
		st, _, _ := c.State(id)
		f.Add(st)
	}
	blob, _ := c.Frequencies()
	f.Add(blob)
	f.Add([]byte{stateVersion, 1, 1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := New(Options{})
		if err := r.Restore("s-x", data); err == nil {
			st, _, err := r.State("s-x")
			if err != nil || len(st) == 0 {
				t.Errorf("State after a successful Restore = %d bytes, %v", len(st), err)
			}
			r.Add(testArticle("y", "", "Quillon scooters", time.Time{}))
		}
		_ = r.RestoreFrequencies(data)
	})
}

// TestCloseIdle closes by arrival, not by date: the stories that gained an
// article least recently go first, whatever their articles' dates.
func TestCloseIdle(t *testing.T) {
	arts, _ := loadFixtures(t)
	c := New(Options{})
	for _, a := range arts {
		c.Add(a)
	}
	live := len(c.Stories())
	if live < 3 {
		t.Fatalf("fixtures give %d stories, want at least 3", live)
	}
	last := arts[len(arts)-1]
	lastStory, _ := c.StoryOf(last.ID)
	firstStory, _ := c.StoryOf(arts[0].ID)
	if firstStory == lastStory {
		t.Fatal("fixtures: the first and last articles share a story")
	}
	c.CloseIdle(live) // at the cap: nothing to do
	if got := len(c.Stories()); got != live {
		t.Fatalf("CloseIdle(%d) with %d open closed stories: %d left", live, live, got)
	}
	c.CloseIdle(1)
	st := c.Stories()
	if len(st) > 1 {
		t.Fatalf("CloseIdle(1) left %d stories open", len(st))
	}
	if _, ok := c.StoryOf(last.ID); ok && len(st) == 1 && st[0].ID != lastStory {
		t.Errorf("CloseIdle kept %s, want the story that gained the last article (%s)", st[0].ID, lastStory)
	}
	again := *arts[0]
	again.ID = arts[0].ID + "-again"
	if got := c.Add(&again); got != "s-"+again.ID {
		t.Errorf("Add(copy of an article of closed story %s) = %q, want a new story", firstStory, got)
	}
}
