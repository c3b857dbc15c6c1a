package cluster

import (
	"slices"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// GoldLinks measures what the features allow rather than what the grouping
// achieves: it assigns each article to the gold story whose other articles
// it links best to, by the similarity Online uses (average links of terms
// within a language and of anchors across, times the time decay on the gap
// between the article and the story's other articles), with document
// frequencies counted over all the articles first. Options.MinDecay 1
// leaves the decay out, which measures the text features alone (DUC 2004,
// pairwise F1 without and with the decay: 0.888 and 0.914 in the tests,
// 0.884 and 0.920 through the real stages in crosscheck eval cluster). An
// article alone in its gold story can only go elsewhere. Scoring the
// result against gold gives a ceiling for any grouping by average link
// over this similarity: an article whose own story, with every other
// member known, fits it worse than another story would be misplaced by the
// best such grouping too. The evaluation reports it beside the grouping so
// that a shortfall can be told apart as the features' or the grouping's.
func GoldLinks(articles []*news.Article, gold map[string]string, opt Options) map[string]string {
	c := New(opt)
	type vecs struct{ terms, anchors, numbers, skeletons packed }
	raw := make([]vecs, len(articles))
	for i, a := range articles {
		f := extract(a, c.opt)
		raw[i] = vecs{pack(f.terms), pack(f.anchors), pack(f.numbers), pack(f.skeletons)}
		c.n++
		for _, e := range raw[i].terms {
			c.df.inc(e.id)
		}
		for _, p := range []packed{raw[i].anchors, raw[i].skeletons} {
			for _, e := range p {
				c.adf.inc(e.id)
			}
		}
	}
	// Per gold story: the sum of its members' anchor vectors, and of their
	// term vectors per language, so that a leave-one-out average link is
	// one dot product per story.
	type group struct {
		anchors packed
		cross   packed
		n       int
		terms   map[string]packed
		langN   map[string]int
		dates   []time.Time // of dated members, sorted, for the gap without one member
	}
	groups := map[string]*group{}
	var order []string
	type weightedVecs struct{ terms, anchors, cross packed }
	weighted := make([]weightedVecs, len(articles))
	for i, a := range articles {
		terms := weigh(raw[i].terms, c.n, c.df)
		anchors := weigh(raw[i].anchors, c.n, c.adf)
		cross := crossVector(weigh(raw[i].numbers, c.n, c.adf), weigh(raw[i].skeletons, c.n, c.adf))
		weighted[i] = weightedVecs{terms, anchors, cross}
		g := groups[gold[a.ID]]
		if g == nil {
			g = &group{terms: map[string]packed{}, langN: map[string]int{}}
			groups[gold[a.ID]] = g
			order = append(order, gold[a.ID])
		}
		g.anchors = g.anchors.plus(anchors)
		g.cross = g.cross.plus(cross)
		g.n++
		g.terms[a.Language] = g.terms[a.Language].plus(terms)
		g.langN[a.Language]++
		if !a.Published.IsZero() {
			g.dates = append(g.dates, a.Published)
		}
	}
	for _, g := range groups {
		slices.SortFunc(g.dates, time.Time.Compare)
	}
	out := make(map[string]string, len(articles))
	for i, a := range articles {
		own := gold[a.ID]
		v := weighted[i]
		best, bestSim := own, -1.0
		for _, name := range order {
			g := groups[name]
			n, same := g.n, g.langN[a.Language]
			ac, tc, xc := v.anchors.dot(g.anchors), v.terms.dot(g.terms[a.Language]), v.cross.dot(g.cross)
			if name == own {
				n, same = n-1, same-1
				ac, tc, xc = v.anchors.dotWithout(g.anchors), v.terms.dotWithout(g.terms[a.Language]), v.cross.dotWithout(g.cross)
			}
			if n <= 0 {
				continue
			}
			sim := c.opt.CrossLingual * xc / float64(n)
			if same > 0 {
				sim = (1-c.opt.AnchorWeight)*tc/float64(same) + c.opt.AnchorWeight*ac/float64(n)
			}
			sim *= c.decay(gapWithout(a.Published, g.dates, name == own))
			if sim > bestSim {
				best, bestSim = name, sim
			}
		}
		out[a.ID] = best
	}
	return out
}

// weigh returns v weighted by smoothed IDF over n articles, unit length.
func weigh(v packed, n int, df dfTable) packed {
	out := append(packed(nil), v...)
	for j, e := range out {
		out[j].w *= smoothIDF(n, df.get(e.id))
	}
	return out.unit()
}

// gapWithout is the time between t and the span of dates (sorted), with
// one date equal to t left out when self is set: the gap Online sees
// between an article and its story's other articles. It is zero when t is
// unknown or no other date is.
func gapWithout(t time.Time, dates []time.Time, self bool) time.Duration {
	if t.IsZero() {
		return 0
	}
	lo, hi := 0, len(dates)-1
	if self {
		if i, ok := slices.BinarySearchFunc(dates, t, time.Time.Compare); ok {
			// Equal dates are adjacent, so dropping the first or the last
			// of the run of t leaves the same span as dropping t.
			switch {
			case i == lo:
				lo++
			case dates[hi].Equal(t):
				hi--
			}
		}
	}
	if lo > hi {
		return 0
	}
	return gap(t, t, dates[lo], dates[hi])
}
