package cluster

// Diagnostic harnesses for DUC 2004 that measure what channels of
// similarity and ways of grouping could reach, with a 2-fold split of the
// 50 events (alternate events in sorted order, as TestTuneDUCHalves) so
// that what is fitted on one half is scored on the other. They run only
// with CLUSTER_DIAG set (CLUSTER_DIAG=pipeline prepares the articles with
// the real text and entity stages) and log; DefaultOptions and GoldLinks
// say what they found.

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// Channels of pairwise similarity between two articles, each a cosine of
// IDF-weighted vectors with document frequencies over the whole set.
const (
	chTerm   = iota // the terms Online compares
	chAnchor        // the anchors Online compares: name words and numbers
	chName          // name words alone
	chNumber        // numbers alone
	chBigram        // adjacent content stems within a sentence
	chEvent         // terms outside names
	nChannels
)

var channelNames = [nChannels]string{"term", "anchor", "name", "number", "bigram", "event"}

// Ways of applying the time decay to a link from an article to a story.
const (
	noDecay    = iota
	pairDecay  // per pair of articles, by their own gap
	rangeDecay // once, by the gap to the story's date range (Online's)
)

type diagSet struct {
	arts  []*news.Article
	gold  []string
	fold  []int
	days  []float64
	sims  [nChannels][][]float64
	decay func(days float64) float64
}

func loadDiag(t *testing.T) *diagSet {
	t.Helper()
	mode := os.Getenv("CLUSTER_DIAG")
	if mode == "" {
		t.Skip("set CLUSTER_DIAG (or CLUSTER_DIAG=pipeline) to run the DUC 2004 diagnostics")
	}
	docs := loadDUC(t)
	events := ducEvents(docs)
	c := New(Options{})
	ds := &diagSet{decay: func(days float64) float64 { return c.decay(time.Duration(days * 24 * float64(time.Hour))) }}
	for _, d := range docs {
		a := testArticle(d.id, "", d.text, d.date)
		if mode == "pipeline" {
			a = &news.Article{Source: d.id, Format: "text", Text: d.text, Published: d.date}
			textproc.Process(a)
			a.Mentions = entity.Mentions(a)
			a.ID = d.id
		}
		ds.arts = append(ds.arts, a)
		ds.gold = append(ds.gold, d.cluster)
		ds.fold = append(ds.fold, slices.Index(events, d.cluster)%2)
		ds.days = append(ds.days, float64(d.date.Unix())/86400)
	}
	n := len(docs)
	raw := make([][nChannels]vec, n)
	for i, a := range ds.arts {
		raw[i] = channelVectors(a, c.opt)
	}
	for ch := range nChannels {
		df := map[string]int{}
		for i := range raw {
			for k := range raw[i][ch] {
				df[k]++
			}
		}
		ws := make([]vec, n)
		for i := range raw {
			v := vec{}
			for k, w := range raw[i][ch] {
				v[k] = w * smoothIDF(n, df[k])
			}
			ws[i] = v.unit()
		}
		m := make([][]float64, n)
		for i := range m {
			m[i] = make([]float64, n)
			for j := range i {
				m[i][j] = dot(ws[i], ws[j])
				m[j][i] = m[i][j]
			}
		}
		ds.sims[ch] = m
	}
	return ds
}

func channelVectors(a *news.Article, opt Options) [nChannels]vec {
	var out [nChannels]vec
	f := extract(a, opt)
	out[chTerm], out[chAnchor] = f.terms, f.anchors
	out[chName], out[chNumber] = vec{}, vec{}
	for k, w := range f.anchors {
		if strings.HasPrefix(k, "#") {
			out[chNumber][k] = w
		} else {
			out[chName][k] = w
		}
	}
	// Names weighted next to nothing, then dropped: unit length is kept
	// to within the dropped weight.
	noNames := opt
	noNames.NameTermWeight = 1e-9
	out[chEvent] = extract(a, noNames).terms
	for k, w := range out[chEvent] {
		if w < 1e-6 {
			delete(out[chEvent], k)
		}
	}
	bi := vec{}
	prev, prevSentence := "", -1
	for _, t := range a.Tokens {
		if t.Stop || utf8.RuneCountInString(t.Stem) < 2 || isNumber(t.Norm) {
			prev = ""
			continue
		}
		if prev != "" && t.Sentence == prevSentence {
			bi[prev+" "+t.Stem]++
		}
		prev, prevSentence = t.Stem, t.Sentence
	}
	logTF(bi)
	out[chBigram] = bi.unit()
	return out
}

// blend is a weighted sum of channels with a way of applying the decay.
type blend struct {
	w     [nChannels]float64
	decay int
}

func onlineBlend(decay int) blend {
	var b blend
	b.w[chTerm], b.w[chAnchor], b.decay = 0.7, 0.3, decay
	return b
}

func (b blend) String() string {
	var parts []string
	for ch, w := range b.w {
		if w != 0 {
			parts = append(parts, fmt.Sprintf("%s %.2f", channelNames[ch], w))
		}
	}
	return fmt.Sprintf("{%s; decay %s}", strings.Join(parts, ", "), []string{"none", "per pair", "range"}[b.decay])
}

func (ds *diagSet) sim(b blend, i, j int) float64 {
	var s float64
	for ch, w := range b.w {
		s += w * ds.sims[ch][i][j]
	}
	if b.decay == pairDecay {
		s *= ds.decay(math.Abs(ds.days[i] - ds.days[j]))
	}
	return s
}

// members returns the articles of fold f (all when f < 0) grouped by gold
// story, stories in order of first article.
func (ds *diagSet) members(f int) ([]int, [][]int) {
	var idx []int
	var groups [][]int
	at := map[string]int{}
	for i := range ds.arts {
		if f >= 0 && ds.fold[i] != f {
			continue
		}
		idx = append(idx, i)
		g, ok := at[ds.gold[i]]
		if !ok {
			g = len(groups)
			at[ds.gold[i]] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return idx, groups
}

func (ds *diagSet) goldOf(idx []int) map[string]string {
	out := map[string]string{}
	for _, i := range idx {
		out[ds.arts[i].ID] = ds.gold[i]
	}
	return out
}

// ceiling is GoldLinks over the channel matrices: each article of fold f
// goes to the gold story whose other members it links best to.
func (ds *diagSet) ceiling(b blend, f int) scores {
	var scale func(i int, lo, hi float64) float64
	if b.decay == rangeDecay {
		scale = func(i int, lo, hi float64) float64 { return ds.decay(max(0, lo-ds.days[i], ds.days[i]-hi)) }
	}
	return ds.goldLinked(f, func(i, j int) float64 { return ds.sim(b, i, j) }, scale)
}

// ceilingBy is ceiling with any similarity of two articles (decay, if
// any, inside sim).
func (ds *diagSet) ceilingBy(f int, sim func(i, j int) float64) scores {
	return ds.goldLinked(f, sim, nil)
}

// goldLinked puts each article of fold f in the gold story whose other
// members it links best to on average by sim, the average scaled by
// scale (given the story's date range) when scale is not nil.
func (ds *diagSet) goldLinked(f int, sim func(i, j int) float64, scale func(i int, lo, hi float64) float64) scores {
	idx, groups := ds.members(f)
	pred := map[string]string{}
	for _, i := range idx {
		best, bestSim := ds.gold[i], math.Inf(-1)
		for _, g := range groups {
			var s float64
			n := 0
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, j := range g {
				if j != i {
					s += sim(i, j)
					n++
					lo, hi = min(lo, ds.days[j]), max(hi, ds.days[j])
				}
			}
			if n == 0 {
				continue
			}
			s /= float64(n)
			if scale != nil {
				s *= scale(i, lo, hi)
			}
			if s > bestSim {
				best, bestSim = ds.gold[g[0]], s
			}
		}
		pred[ds.arts[i].ID] = best
	}
	return score(pred, ds.goldOf(idx))
}

// fit searches channel weights coordinate-wise for the best ceiling
// pairwise F1 on fold f.
func (ds *diagSet) fit(start blend, f int) blend {
	best, bestF := start, ds.ceiling(start, f).pf
	for _, step := range []float64{0.2, 0.1, 0.05} {
		for improved := true; improved; {
			improved = false
			for ch := range nChannels {
				for _, dir := range []float64{-1, 1} {
					b := best
					b.w[ch] = max(0, b.w[ch]+dir*step)
					if b.w[ch] == best.w[ch] {
						continue
					}
					if s := ds.ceiling(b, f).pf; s > bestF+1e-9 {
						best, bestF, improved = b, s, true
					}
				}
			}
		}
	}
	return best
}

// TestDiagCeilings logs GoldLinks-style ceilings of single channels, of
// Online's blend under each way of applying the decay, and of blends
// fitted on one half of the events and scored on the other. Measured
// (stand-in tokens; real stages in brackets), pairwise F1 all / half A /
// half B: Online's blend without decay 0.888 / 0.942 / 0.919 [0.888],
// with Online's range decay 0.914 / 0.954 / 0.954 [0.922], with the decay
// per pair 0.930 / 0.968 / 0.974 [0.935]; terms alone 0.896, bigrams alone
// 0.887. Blends fitted on one half (numbers, bigrams, event terms as
// channels) gained on the other half only without decay, and only once in
// four fits (fitted on A, half B 0.919 to 0.954); with the range decay
// none gained on the held-out half (one lost 0.010): the decay already
// carries what they add.
func TestDiagCeilings(t *testing.T) {
	ds := loadDiag(t)
	report := func(name string, b blend) {
		t.Logf("%-22s %v\n  all    %v\n  half A %v\n  half B %v", name, b, ds.ceiling(b, -1), ds.ceiling(b, 0), ds.ceiling(b, 1))
	}
	for _, d := range []int{noDecay, rangeDecay, pairDecay} {
		report("Online's blend", onlineBlend(d))
	}
	for ch := range nChannels {
		var b blend
		b.w[ch] = 1
		report(channelNames[ch]+" alone", b)
	}
	// Coordinate search finds a local optimum, so it starts from Online's
	// blend and from one with names and numbers apart.
	for _, d := range []int{noDecay, rangeDecay} {
		split := blend{decay: d}
		split.w[chTerm], split.w[chName], split.w[chNumber] = 0.7, 0.2, 0.1
		for _, start := range []blend{onlineBlend(d), split} {
			for f := range 2 {
				report(fmt.Sprintf("fitted on half %c", 'A'+f), ds.fit(start, f))
			}
		}
	}
}

// averageLinkMatrix is average-link agglomeration of the articles of fold
// f over a blend, scored at each threshold (ascending); with the range
// decay the link of two clusters is scaled by the gap between their date
// ranges, as the merge pass does.
func (ds *diagSet) averageLinkMatrix(b blend, f int, ths []float64) []scores {
	idx, _ := ds.members(f)
	n := len(idx)
	scaleByRange := b.decay == rangeDecay
	if scaleByRange {
		b.decay = noDecay
	}
	sum := make([][]float64, n)
	lo, hi := make([]float64, n), make([]float64, n)
	size, label := make([]int, n), make([]int, n)
	alive := make([]bool, n)
	for a := range n {
		sum[a] = make([]float64, n)
		for c := range n {
			if a != c {
				sum[a][c] = ds.sim(b, idx[a], idx[c])
			}
		}
		lo[a], hi[a] = ds.days[idx[a]], ds.days[idx[a]]
		size[a], label[a], alive[a] = 1, a, true
	}
	gold := ds.goldOf(idx)
	out := make([]scores, len(ths))
	next := len(ths) - 1
	for next >= 0 {
		bi, bj, best := -1, -1, math.Inf(-1)
		for i := range n {
			for j := i + 1; alive[i] && j < n; j++ {
				if !alive[j] {
					continue
				}
				s := sum[i][j] / float64(size[i]*size[j])
				if scaleByRange {
					s *= ds.decay(max(0, lo[j]-hi[i], lo[i]-hi[j]))
				}
				if s > best {
					bi, bj, best = i, j, s
				}
			}
		}
		for ; next >= 0 && (bi < 0 || best < ths[next]); next-- {
			pred := map[string]string{}
			for a, i := range idx {
				pred[ds.arts[i].ID] = fmt.Sprint(label[a])
			}
			out[next] = score(pred, gold)
		}
		if bi < 0 {
			break
		}
		for k := range n {
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
		}
		size[bi] += size[bj]
		lo[bi], hi[bi] = min(lo[bi], lo[bj]), max(hi[bi], hi[bj])
		alive[bj] = false
		for k := range label {
			if label[k] == bj {
				label[k] = bi
			}
		}
	}
	return out
}

// TestDiagAverageLink logs batch average-link agglomeration over Online's
// blend, every article known in advance, at the threshold best on each
// half. Measured (stand-in tokens), pairwise F1 all / half A / half B
// at 0.10: range decay 0.817 / 0.826 / 0.934, decay per pair 0.832 /
// 0.872 / 0.912; no threshold reaches Online's 0.839 on all events, so the
// shortfall from the ceiling is average link's, not the online order's.
func TestDiagAverageLink(t *testing.T) {
	ds := loadDiag(t)
	var ths []float64
	for th := 0.05; th < 0.25; th += 0.01 {
		ths = append(ths, th)
	}
	for _, d := range []int{rangeDecay, pairDecay} {
		b := onlineBlend(d)
		for f := -1; f < 2; f++ {
			res := ds.averageLinkMatrix(b, f, ths)
			best := 0
			for i := range res {
				if res[i].pf > res[best].pf {
					best = i
				}
			}
			t.Logf("%v fold %d: best threshold %.2f: %v", b, f, ths[best], res[best])
		}
	}
}

// TestDiagFolds tunes Online's main options on one half of the events and
// scores them on the other. Measured (stand-in tokens): the grid's best
// on half A (threshold 0.20, merge 0.11, MinDecay 0.5) scored half B
// 0.887, as the defaults do; the best on half B (0.30, 0.09, 0.5) scored
// half A 0.839, below the defaults' 0.846. The defaults are not overfitted
// to all 50 events, and the grid holds no held-out gain.
func TestDiagFolds(t *testing.T) {
	ds := loadDiag(t)
	type result struct {
		opt Options
		s   [3]scores
	}
	var results []result
	for _, aw := range []float64{0.15, 0.3, 0.45} {
		for _, th := range []float64{0.2, 0.25, 0.3} {
			for _, mt := range []float64{0.09, 0.1, 0.11, 0.12, 0.13} {
				for _, md := range []float64{0.3, 0.4, 0.5} {
					opt := DefaultOptions()
					opt.AnchorWeight, opt.Threshold, opt.MergeThreshold, opt.MinDecay = aw, th, mt, md
					r := result{opt: opt}
					for f := -1; f < 2; f++ {
						idx, _ := ds.members(f)
						arts := make([]*news.Article, len(idx))
						for k, i := range idx {
							arts[k] = ds.arts[i]
						}
						r.s[f+1] = score(runOnline(opt, arts), ds.goldOf(idx))
					}
					results = append(results, r)
				}
			}
		}
	}
	for f := range 2 {
		best := slices.MaxFunc(results, func(a, b result) int {
			return cmp.Compare(a.s[f+1].pf+a.s[f+1].bf, b.s[f+1].pf+b.s[f+1].bf)
		})
		o := best.opt
		t.Logf("best on half %c: anchors %.2f threshold %.2f merge %.2f MinDecay %.1f\n  all    %v\n  half A %v\n  half B %v",
			'A'+f, o.AnchorWeight, o.Threshold, o.MergeThreshold, o.MinDecay, best.s[0], best.s[1], best.s[2])
	}
}

// TestDiagMergeTrace logs the merge pass of a run with default options
// over all events: each merge with its score and the gold events of the
// two stories, so that a wrong merge can be traced to its cause.
func TestDiagMergeTrace(t *testing.T) {
	ds := loadDiag(t)
	gold := ds.goldOf(func() []int { idx, _ := ds.members(-1); return idx }())
	c := New(Options{})
	for _, a := range ds.arts {
		c.Add(a)
	}
	c.movePass(true)
	c.compact(true)
	events := func(s *story) string {
		m := map[string]int{}
		for _, a := range s.articles {
			m[gold[a]]++
		}
		var parts []string
		for g, n := range m {
			parts = append(parts, fmt.Sprintf("%s:%d", g, n))
		}
		slices.Sort(parts)
		return strings.Join(parts, " ")
	}
	for _, s := range c.stories {
		if len(s.articles) > 1 && strings.Contains(events(s), " ") {
			t.Logf("mixed by Add: [%s]", events(s))
		}
	}
	for {
		var into, from *story
		best := c.opt.MergeThreshold
		for i, a := range c.stories {
			for _, b := range c.stories[i+1:] {
				if !a.dead && !b.dead {
					if s := c.mergeScore(a, b); s >= best {
						into, from, best = a, b, s
					}
				}
			}
		}
		if into == nil {
			return
		}
		t.Logf("merge %.3f [%s] + [%s]", best, events(into), events(from))
		c.absorb(into, from)
	}
}
