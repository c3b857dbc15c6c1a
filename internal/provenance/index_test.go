package provenance

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	corpus "github.com/crosscheck-news/crosscheck/internal/fixture"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/synth"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// indexFixtures are stories of varied shapes for checking that comparing
// only the pairs the fingerprint index gives changes nothing: copies,
// rewrites, an absent origin, undated articles, and independent rewrites
// where many pairs share no passage at all. sparse marks those where some
// pair must share nothing, so that the shortcut is really exercised.
func indexFixtures(t *testing.T) []struct {
	name   string
	arts   func(t *testing.T) []*news.Article
	sparse bool
} {
	bridge := func(drop string, undated bool) func(t *testing.T) []*news.Article {
		return func(t *testing.T) []*news.Article {
			var arts []*news.Article
			for k, a := range bridgeStory(t) {
				if k == drop {
					continue
				}
				if undated {
					a.Published = time.Time{}
				}
				arts = append(arts, a)
			}
			sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
			return arts
		}
	}
	return []struct {
		name   string
		arts   func(t *testing.T) []*news.Article
		sparse bool
	}{
		{"bridge story", bridge("", false), true},
		{"bridge story without its original", bridge("original", false), true},
		{"bridge story undated", bridge("", true), true},
		{"synthetic story", func(*testing.T) []*news.Article { return synthStory(60, 0, false) }, false},
		{"synthetic story undated", func(*testing.T) []*news.Article { return synthStory(40, 0, true) }, false},
		{"synthetic independent rewrites", func(*testing.T) []*news.Article { return synthStory(60, 3, false) }, true},
		{"synthetic heavy rewrites", func(*testing.T) []*news.Article { return synthStory(40, 2, false) }, true},
		{"merrow example story", func(t *testing.T) []*news.Article {
			var arts []*news.Article
			for _, a := range corpus.Merrow(t) {
				arts = append(arts, a)
			}
			return arts
		}, true},
		{"seed story", func(t *testing.T) []*news.Article {
			var arts []*news.Article
			for _, a := range loadSeeds(t) {
				arts = append(arts, a)
			}
			return arts
		}, false},
	}
}

// synthStory draws n articles of one synthetic story. With every > 0 each
// article changes one word in every `every`, differently per article, so
// that articles share only short runs and many pairs share no passage.
func synthStory(n, every int, undated bool) []*news.Article {
	s := synth.New(synth.Config{Seed: 7, StoryEvery: 1 << 30})
	var arts []*news.Article
	for k := range n {
		a := s.Next()
		if every > 0 {
			ws := strings.Split(a.Text, " ")
			for i := range ws {
				if (i*7+k*3)%every == 0 && len(ws[i]) > 3 {
					ws[i] = fmt.Sprintf("%sv%d", ws[i][:3], (i+k)%5)
				}
			}
			a.Text = strings.Join(ws, " ")
		}
		if undated {
			a.Published = time.Time{}
		}
		textproc.Process(a)
		arts = append(arts, a)
	}
	return arts
}

// TestIndexChangesNothing builds each fixture's graph from the pairs the
// fingerprint index gives and from every pair: the graphs must be the same,
// hidden state included, since claims ask the graph for origins.
func TestIndexChangesNothing(t *testing.T) {
	all := cmp.Exporter(func(reflect.Type) bool { return true })
	for _, tc := range indexFixtures(t) {
		t.Run(tc.name, func(t *testing.T) {
			arts := tc.arts(t)
			want := analyze(arts, true)
			got := analyze(arts, false)
			if diff := cmp.Diff(want, got, all); diff != "" {
				t.Errorf("Analyze with the fingerprint index differs from all pairs (-all pairs +index):\n%s", diff)
			}
			pairs := map[[2]string]bool{}
			for _, p := range want.Passages() {
				pairs[[2]string{p.From, p.To}] = true
			}
			n := len(want.arts)
			if tc.sparse && len(pairs) == n*(n-1)/2 {
				t.Errorf("every one of the %d pairs shares a passage; the fixture does not exercise pairs that share nothing", len(pairs))
			}
			if len(pairs) == 0 && n > 1 {
				t.Errorf("no pair of the %d articles shares a passage; the fixture exercises nothing", n)
			}
		})
	}
}

// TestPassagesMatchReference checks the passage search of the index path,
// pair by pair, against the plain search it replaced (referencePassages):
// the same passages for every pair, and none for the pairs the index
// leaves out.
func TestPassagesMatchReference(t *testing.T) {
	for _, tc := range indexFixtures(t) {
		t.Run(tc.name, func(t *testing.T) {
			arts := tc.arts(t)
			vocab := interner{}
			texts := make([]*text, len(arts))
			for i, a := range arts {
				texts[i] = newText(words(a), vocab)
			}
			idx := newFingerprintIndex(texts)
			var buf pairBuf
			for i, a := range arts {
				found := map[int][]Passage{}
				for _, pr := range idx.pairsAfter(i, texts[i], &buf) {
					found[pr.j] = matchPassages(a, arts[pr.j], texts[i], texts[pr.j], passages(texts[i], texts[pr.j], pr.seeds, &scratch{}))
				}
				for j := i + 1; j < len(arts); j++ {
					b := arts[j]
					want := referencePassages(a, b, texts[i].ws, texts[j].ws, texts[i].fps, texts[j].fps)
					if diff := cmp.Diff(want, found[j]); diff != "" {
						t.Errorf("passages(%s, %s) differ from the reference (-reference +index):\n%s", a.ID, b.ID, diff)
					}
					if got := SharedPassages(a, b); !cmp.Equal(want, got) {
						t.Errorf("SharedPassages(%s, %s) = %d passages, want the reference's %d", a.ID, b.ID, len(got), len(want))
					}
				}
			}
		})
	}
}

// TestRunWords checks the word counts a share keeps for its passages
// against counting the words inside each passage's span on either side,
// for words in text order (as tokens are) and not.
func TestRunWords(t *testing.T) {
	arts := synthStory(12, 0, false)
	vocab := interner{}
	texts := make([]*text, len(arts))
	for i, a := range arts {
		texts[i] = newText(words(a), vocab)
	}
	ws := slices.Clone(texts[1].ws)
	ws[0], ws[1] = ws[1], ws[0]
	shuffled := newText(ws, vocab)
	if shuffled.ordered || !texts[1].ordered {
		t.Fatalf("ordered(shuffled words) = %v, ordered(words of %s) = %v; want false, true", shuffled.ordered, arts[1].ID, texts[1].ordered)
	}
	for i, a := range arts {
		for j, b := range arts {
			ta, tb := texts[i], texts[j]
			if j == 1 {
				tb = shuffled
			}
			ms := passages(ta, tb, allPairsAfter(0, []*text{ta, tb})[0].seeds, &scratch{})
			ps := matchPassages(a, b, ta, tb, ms)
			var arena []run
			sh := share{i: 0, j: 1, runs: toRuns(ta, tb, ms, &arena)}
			if got, want := sh.words(0), passageWords(ps, ta.ws, true); got != want {
				t.Errorf("share(%s, %s).words(%s) = %d, want %d", a.ID, b.ID, a.ID, got, want)
			}
			if got, want := sh.words(1), passageWords(ps, tb.ws, false); got != want {
				t.Errorf("share(%s, %s).words(%s) = %d, want %d", a.ID, b.ID, b.ID, got, want)
			}
		}
	}
}

// referencePassages is the passage search as it was before the fingerprint
// index and word numbers: seeds looked up per pair, runs compared word by
// word as strings. It stays here as the reference the faster search must
// match; only the joining of runs (mergeMatches) is shared.
func referencePassages(a, b *news.Article, wa, wb []word, fa, fb []fingerprint) []Passage {
	at := make(map[uint64][]int, len(fb))
	for _, f := range fb {
		at[f.hash] = append(at[f.hash], f.pos)
	}
	seen := map[[2]int]bool{}
	var ms []match
	for _, f := range fa {
		for _, j := range at[f.hash] {
			i := f.pos
			if !referenceEqualRun(wa, wb, i, j, gramWords) {
				continue // hash collision
			}
			for i > 0 && j > 0 && wa[i-1].norm == wb[j-1].norm {
				i--
				j--
			}
			if seen[[2]int{i, j}] {
				continue
			}
			seen[[2]int{i, j}] = true
			n := 0
			for i+n < len(wa) && j+n < len(wb) && wa[i+n].norm == wb[j+n].norm {
				n++
			}
			ms = append(ms, match{i, j, n, n})
		}
	}
	sort.Slice(ms, func(x, y int) bool {
		if ms[x].i != ms[y].i {
			return ms[x].i < ms[y].i
		}
		return ms[x].j < ms[y].j
	})
	// Joining runs into passages is shared: it did not change.
	var out []Passage
	for _, m := range mergeMatches(ms, nil) {
		fs, fe := wa[m.i].start, wa[m.i+m.na-1].end
		ts, te := wb[m.j].start, wb[m.j+m.nb-1].end
		out = append(out, Passage{
			From: a.ID, To: b.ID,
			FromStart: fs, FromEnd: fe, ToStart: ts, ToEnd: te,
			Text: a.Text[fs:fe],
		})
	}
	return out
}

func referenceEqualRun(wa, wb []word, i, j, n int) bool {
	if i+n > len(wa) || j+n > len(wb) {
		return false
	}
	for k := 0; k < n; k++ {
		if wa[i+k].norm != wb[j+k].norm {
			return false
		}
	}
	return true
}

// BenchmarkAnalyze measures the graph of one synthetic story of n
// articles, copied (every 0) or rewritten so that fewer pairs share text.
func BenchmarkAnalyze(b *testing.B) {
	for _, every := range []int{0, 3} {
		for _, n := range []int{100, 400, 1000} {
			b.Run(fmt.Sprintf("rewrite%d/%d", every, n), func(b *testing.B) {
				arts := synthStory(n, every, false)
				b.ResetTimer()
				var g *Graph
				for b.Loop() {
					g = Analyze(arts)
				}
				b.ReportMetric(float64(len(g.shares)), "sharing-pairs")
			})
		}
	}
}
