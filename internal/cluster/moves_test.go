package cluster

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// word lists for invented stories: the move tests need control over which
// words articles share, so they are built from these rather than prose.
var (
	floodWords  = strings.Fields("flood river banks water rescue boats sandbags levee rainfall evacuated")
	bridgeWords = strings.Fields("bridge collapse girders engineers crane span rubble inspection cables pylon")
	townWords   = strings.Fields("Marrowby council residents mayor street")
)

// wordArticle builds an article of one sentence per list of words.
func wordArticle(id string, day int, parts ...[]string) *news.Article {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(strings.Join(p, " "))
		b.WriteString(". ")
	}
	return testArticle(id, "", b.String(), time.Date(2026, 4, day, 9, 0, 0, 0, time.UTC))
}

// smallWindow makes articles mature (see movePass) two adds after theirs,
// so the move pass of Moves and Merge reaches them in small tests.
const smallWindow = 4

func TestMoves(t *testing.T) {
	tests := []struct {
		name      string
		opt       Options
		arts      []*news.Article
		wantMoves []Move
		wantMerge []Merge
		// article -> the article whose story it must end in
		together map[string]string
	}{
		{
			// m joins the flood story while it is the only story; once
			// the bridge reports arrive, the flood story without m fits
			// it much worse than the bridge story does.
			name:      "joins early, belongs elsewhere",
			arts:      floodAndBridge(wordArticle("m", 1, floodWords[:3], bridgeWords[:6], townWords)),
			wantMoves: []Move{{Article: "m", From: "s-a1", To: "s-b1"}},
			together:  map[string]string{"m": "b1", "a2": "a1"},
		},
		{
			// n fits the bridge story left out of its own about as well
			// as its own (0.35 both): no move.
			name:     "borderline stays",
			arts:     floodAndBridge(wordArticle("n", 1, floodWords[:4], bridgeWords[:5], townWords)),
			together: map[string]string{"n": "a1"},
		},
		{
			// With one more bridge word the bridge story fits n better
			// by 0.08 (0.41 against 0.33): a move with the default
			// margin, none with a margin of 0.1.
			name:      "closer call moves",
			arts:      floodAndBridge(wordArticle("n", 1, floodWords[:4], bridgeWords[:6], townWords)),
			wantMoves: []Move{{Article: "n", From: "s-a1", To: "s-b1"}},
			together:  map[string]string{"n": "b1"},
		},
		{
			name:     "closer call stays within a wider margin",
			opt:      Options{MoveMargin: 0.1},
			arts:     floodAndBridge(wordArticle("n", 1, floodWords[:4], bridgeWords[:6], townWords)),
			together: map[string]string{"n": "a1"},
		},
		{
			// x starts a story alone; y1 shares little with it and
			// starts another; y2, between the two, joins y1's. Now x fits
			// y1's story above the threshold (0.30), but moving the only article
			// of a story is a merge instead, the later story into the
			// earlier.
			name: "only article merges",
			arts: []*news.Article{
				wordArticle("x", 1, floodWords, townWords),
				wordArticle("y1", 1, bridgeWords, townWords),
				wordArticle("y2", 1, floodWords[:6], bridgeWords, townWords),
			},
			wantMerge: []Merge{{From: "s-y1", Into: "s-x"}},
			together:  map[string]string{"y1": "x"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.MoveWindow = smallWindow
			c := New(opt)
			for _, a := range tc.arts {
				c.Add(a)
			}
			moves := c.Moves()
			if !slices.Equal(moves, tc.wantMoves) {
				t.Errorf("Moves() = %v, want %v", moves, tc.wantMoves)
			}
			if got := c.Moves(); len(got) != 0 {
				t.Errorf("Moves() again = %v, want none", got)
			}
			merges := c.mergesSoFar()
			if !slices.Equal(merges, tc.wantMerge) {
				t.Errorf("merges made by the move pass = %v, want %v", merges, tc.wantMerge)
			}
			assign := c.Assignments()
			for a, b := range tc.together {
				if assign[a] != assign[b] {
					t.Errorf("Assignments()[%s] = %s, want the story of %s (%s)", a, assign[a], b, assign[b])
				}
				if got, _ := c.StoryOf(a); got != assign[a] {
					t.Errorf("StoryOf(%s) = %s, want %s as in Assignments", a, got, assign[a])
				}
			}
			for _, m := range moves {
				if assign[m.Article] != m.To {
					t.Errorf("after Move %v, Assignments()[%s] = %s", m, m.Article, assign[m.Article])
				}
			}
			for _, m := range tc.wantMerge {
				if got := c.Resolve(m.From); got != m.Into {
					t.Errorf("Resolve(%s) = %s, want %s", m.From, got, m.Into)
				}
			}
			if got := c.Moves(); len(got) != 0 {
				t.Errorf("Moves() after Assignments = %v, want none (stable)", got)
			}
		})
	}
}

// mergesSoFar returns the merges not yet reported, without running a pass.
func (c *Online) mergesSoFar() []Merge {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Merge(nil), c.merges...)
}

// floodAndBridge is two flood reports, then middle, then three bridge
// reports: middle joins the flood story while it is the only one, and the
// move pass decides whether it belongs to the bridge story.
func floodAndBridge(middle *news.Article) []*news.Article {
	return []*news.Article{
		wordArticle("a1", 1, floodWords, townWords),
		wordArticle("a2", 1, floodWords[:8], townWords),
		middle,
		wordArticle("b1", 1, bridgeWords),
		wordArticle("b2", 1, bridgeWords[1:]),
		wordArticle("b3", 1, bridgeWords[:8]),
	}
}

// moveFixture is the first case of TestMoves: m joins the flood story,
// then belongs to the bridge story.
func moveFixture() []*news.Article {
	return floodAndBridge(wordArticle("m", 1, floodWords[:3], bridgeWords[:6], townWords))
}

// TestMoveCentroids checks the bookkeeping of a move: the story left
// holds the sum of its remaining members, counts and languages follow.
func TestMoveCentroids(t *testing.T) {
	c := New(Options{MoveWindow: smallWindow})
	for _, a := range moveFixture() {
		c.Add(a)
	}
	if got := c.Moves(); len(got) != 1 {
		t.Fatalf("Moves() = %v, want one move", got)
	}
	vec := map[string]recent{}
	for _, r := range c.window {
		vec[r.id] = r
	}
	from, to := c.byID["s-a1"], c.byID["s-b1"]
	tests := []struct {
		name        string
		s           *story
		members     []string
		count, lang int
	}{
		{"story left", from, []string{"a1", "a2"}, 2, 2},
		{"story joined", to, []string{"b1", "b2", "b3", "m"}, 4, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.s.count != tc.count || tc.s.langs.get("en") != tc.lang {
				t.Errorf("count, en articles = %d, %d, want %d, %d", tc.s.count, tc.s.langs.get("en"), tc.count, tc.lang)
			}
			st, _, err := c.State(tc.s.id)
			if err != nil {
				t.Fatalf("State(%s): %v", tc.s.id, err)
			}
			dec, err := c.decodeStory(tc.s.id, st)
			if err != nil {
				t.Fatalf("decode State(%s): %v", tc.s.id, err)
			}
			if dec.count != tc.count {
				t.Errorf("State(%s) decodes to %d members, want %d", tc.s.id, dec.count, tc.count)
			}
			if !equalStrings(tc.s.articles, tc.members) {
				t.Errorf("articles = %v, want %v", tc.s.articles, tc.members)
			}
			var sum packed
			for _, id := range tc.members {
				sum = sum.plus(vec[id].terms)
			}
			if d := sum.minus(tc.s.terms); len(d) != 0 {
				t.Errorf("terms centroid differs from the sum of the members' vectors in %d entries", len(d))
			}
			if d := tc.s.terms.minus(sum); len(d) != 0 {
				t.Errorf("terms centroid holds %d entries beyond the members' vectors", len(d))
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMovesSnapshotRestore: a clusterer restored from a snapshot taken
// before the move pass makes the same moves.
func TestMovesSnapshotRestore(t *testing.T) {
	arts := moveFixture()
	opt := Options{MoveWindow: smallWindow}
	whole := New(opt)
	first := New(opt)
	for i, a := range arts {
		whole.Add(a)
		if i < 4 {
			first.Add(a)
		}
	}
	restored := Restore(opt, first.Snapshot())
	for _, a := range arts[4:] {
		restored.Add(a)
	}
	want, got := whole.Moves(), restored.Moves()
	if !slices.Equal(got, want) || len(want) != 1 {
		t.Errorf("Moves() after Snapshot and Restore = %v, want %v (one move)", got, want)
	}
}

// TestMoveWindowBounded: only the latest MoveWindow articles keep their
// vectors, and each article is examined at most twice however often
// the pass runs.
func TestMoveWindowBounded(t *testing.T) {
	c := New(Options{MoveWindow: 8})
	for i := range 50 {
		c.Add(wordArticle("w"+strings.Repeat("x", i), 1+i%20, floodWords[:1+i%9], bridgeWords[:1+i%7]))
		c.Moves()
		if len(c.window) >= 16 || len(c.windowed) > len(c.window) {
			t.Fatalf("after %d adds the window holds %d articles (%d by ID), want fewer than 16", i+1, len(c.window), len(c.windowed))
		}
		for _, r := range c.window {
			if r.level > examinedMature || r.moves > maxMoves {
				t.Fatalf("article %s examined to level %d, moved %d times; want at most %d and %d", r.id, r.level, r.moves, examinedMature, maxMoves)
			}
		}
	}
	off := New(Options{MoveWindow: -1})
	for _, a := range moveFixture() {
		off.Add(a)
	}
	if got := off.Moves(); len(got) != 0 || len(off.window) != 0 {
		t.Errorf("with MoveWindow -1: Moves() = %v and %d articles kept, want none", got, len(off.window))
	}
}

func TestMovesConcurrent(t *testing.T) {
	arts, _ := loadFixtures(t)
	c := New(Options{})
	var wg sync.WaitGroup
	for i, a := range arts {
		wg.Go(func() { c.Add(a) })
		if i%3 == 0 {
			wg.Go(func() { c.Moves() })
			wg.Go(func() { c.Merge() })
			wg.Go(func() { c.Stories() })
		}
	}
	wg.Wait()
	n := 0
	for _, s := range c.Stories() {
		n += len(s.Articles)
	}
	if n != len(arts) {
		t.Errorf("articles in stories after concurrent Add, Moves and Merge = %d, want %d", n, len(arts))
	}
}
