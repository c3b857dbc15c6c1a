package align

import (
	"math"
	"slices"
)

// params are the model's constants, gathered so that the MultiLing
// measurement can compare settings; defaults holds the ones in use.
type params struct {
	// The length model of Gale & Church (1993): the length of a
	// translation is about c times the length of its source, with a
	// variance per character. c is taken per article pair from the two
	// totals (Hindi and Arabic spell a sentence in fewer characters than
	// French). The variance is above their 6.8 for European languages:
	// news translations are freer than parliamentary records, and on
	// MultiLing 20 keeps 3 points more recall than 6.8 at equal
	// precision (tune_test.go).
	variance float64
	// Bead costs in nats, -log of their prior probability. Gale & Church
	// found 1% of Hansard beads to be skips; news translations add and
	// drop sentences far more often, so skips are given 10% here, which
	// on MultiLing leaves 7% of added or dropped sentences paired
	// against 11% at 1%, at equal precision.
	cost11, cost21, costSkip float64
	// A bead whose sentences share all their anchors gains gain; one whose
	// sentences both hold anchors but share none pays up to conflict,
	// and so does each sentence of a 2-1 bead that shares none with the
	// sentence facing it (a sentence added next to a translated one,
	// rather than half of a split sentence). A quotation on one side
	// only costs quote.
	gain, conflict, quote float64
	// Pair scores: a pair with shared anchors scores their share and
	// more; a pair whose only evidence is length scores the length fit
	// times ctxBase, plus ctxNeighbour for each anchored bead beside it
	// (the translation runs in step there); conflicting anchors keep
	// conflictKeep of the score, a quotation on one side quoteKeep.
	ctxBase, ctxNeighbour, conflictKeep, quoteKeep float64
	// Multipliers of the weights of stems and of consonant prefixes,
	// kinds of anchor whose worth the measurement decides.
	stems, prefixes float64
}

var defaults = params{
	variance: 20,
	cost11:   -math.Log(0.89),
	cost21:   -math.Log(0.089 / 2),
	costSkip: -math.Log(0.1 / 2),
	gain:     8, conflict: 4, quote: 0.7,
	ctxBase: 0.4, ctxNeighbour: 0.25, conflictKeep: 0.3, quoteKeep: 0.8,
	stems: 1, prefixes: 1,
}

// Band half-width in sentences: the path may stray this far from the
// straight line between the corners, enough for a dropped paragraph or a
// sentence split differently, and bounded so that garbage (thousands of
// sentences) stays linear.
const (
	minBand = 8
	maxBand = 150
)

// anchor is one anchor key both articles hold, by hash, with its weight.
type anchor struct {
	h uint64
	w float64
}

// view is one article pair as the dynamic programme sees it.
type view struct {
	n, m    int
	la, lb  []float64
	fa, fb  [][]anchor
	ratio   float64
	anchors bool
	p       params
	qa, qb  []bool   // sentences holding a quotation
	ux, uy  []anchor // scratch for the union of a two-sentence side
}

func newView(a, b *Profile, anchors bool, p params) *view {
	v := &view{n: len(a.lens), m: len(b.lens), la: a.lens, lb: b.lens, anchors: anchors, ratio: 1, p: p, qa: a.quotes, qb: b.quotes}
	ta, tb := sum(a.lens), sum(b.lens)
	if ta > 0 && tb > 0 {
		v.ratio = tb / ta
	}
	if !anchors {
		v.fa = make([][]anchor, v.n)
		v.fb = make([][]anchor, v.m)
		return v
	}
	v.fa = sharedAnchors(a, b, p)
	v.fb = sharedAnchors(b, a, p)
	return v
}

// anyAnchor reports whether some sentence of a shares an anchor with b.
func (v *view) anyAnchor() bool {
	for _, f := range v.fa {
		if len(f) > 0 {
			return true
		}
	}
	return false
}

// sharedAnchors returns the anchors of each sentence of a that b holds
// too, weighted the same way from both sides.
func sharedAnchors(a, b *Profile, p params) [][]anchor {
	out := make([][]anchor, len(a.sents))
	for i, fs := range a.sents {
		for _, f := range fs {
			sb, ok := b.df[f.h]
			if !ok {
				continue
			}
			sa := a.df[f.h]
			// A key in one sentence of each article is the anchor
			// Moore's aligner looks for; one in many sentences says
			// little.
			w := math.Max(sa.base, sb.base) / float64(max(sa.n, sb.n))
			switch f.kind {
			case 's':
				w *= p.stems
			case 'c':
				w *= p.prefixes
			}
			out[i] = append(out[i], anchor{f.h, w})
		}
	}
	return out
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// bead is a run of sentences [i0, i1) of a aligned with [j0, j1) of b.
type bead struct{ i0, i1, j0, j1 int }

func (b bead) skip() bool { return b.i0 == b.i1 || b.j0 == b.j1 }

// moves are the bead shapes, as steps in a and b.
var moves = [...]struct{ di, dj int }{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}

// band holds the cells of the programme near the diagonal, row by row.
type band struct {
	lo, hi, off []int
	cost        []float64
	back        []uint8
}

func newBand(n, m int) *band {
	w := max(minBand, absInt(n-m)/2+5, max(n, m)/10)
	w = min(w, maxBand)
	bd := &band{lo: make([]int, n+1), hi: make([]int, n+1), off: make([]int, n+2)}
	for i := 0; i <= n; i++ {
		c := float64(i) * float64(m) / float64(n)
		bd.lo[i] = max(0, int(math.Floor(c))-w)
		bd.hi[i] = min(m, int(math.Ceil(c))+w)
		bd.off[i+1] = bd.off[i] + bd.hi[i] - bd.lo[i] + 1
	}
	bd.cost = make([]float64, bd.off[n+1])
	bd.back = make([]uint8, bd.off[n+1])
	for k := range bd.cost {
		bd.cost[k] = math.Inf(1)
	}
	return bd
}

func (bd *band) at(i, j int) int {
	if i < 0 || i >= len(bd.lo) || j < bd.lo[i] || j > bd.hi[i] {
		return -1
	}
	return bd.off[i] + j - bd.lo[i]
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// path returns the cheapest sequence of beads from the start of both
// articles to their end, or nil when the band holds no path (articles of
// wildly different lengths).
func (v *view) path() []bead {
	bd := newBand(v.n, v.m)
	bd.cost[bd.at(0, 0)] = 0
	for i := 0; i <= v.n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			here := bd.at(i, j)
			for k, mv := range moves {
				from := bd.at(i-mv.di, j-mv.dj)
				if from < 0 || math.IsInf(bd.cost[from], 1) {
					continue
				}
				c := bd.cost[from] + v.beadCost(bead{i - mv.di, i, j - mv.dj, j})
				if c < bd.cost[here] {
					bd.cost[here] = c
					bd.back[here] = uint8(k)
				}
			}
		}
	}
	end := bd.at(v.n, v.m)
	if end < 0 || math.IsInf(bd.cost[end], 1) {
		return nil
	}
	var out []bead
	for i, j := v.n, v.m; i > 0 || j > 0; {
		mv := moves[bd.back[bd.at(i, j)]]
		out = append(out, bead{i - mv.di, i, j - mv.dj, j})
		i, j = i-mv.di, j-mv.dj
	}
	slices.Reverse(out)
	return out
}

func (v *view) beadCost(b bead) float64 {
	if b.skip() {
		return v.p.costSkip
	}
	c := v.p.cost21
	if b.i1-b.i0 == 1 && b.j1-b.j0 == 1 {
		c = v.p.cost11
	}
	c -= math.Log(max(v.lengthFit(b), 1e-12))
	if v.anchors {
		dice, conflict := v.evidence(v.side(v.fa, b.i0, b.i1, &v.ux), v.side(v.fb, b.j0, b.j1, &v.uy))
		c += v.p.conflict*conflict - v.p.gain*dice
		if v.quoted(b) {
			c += v.p.quote
		}
		// Each sentence of a 2-1 bead must earn its place: one whose
		// anchors the other side lacks is more likely an addition than
		// half of a split sentence.
		for _, p := range v.parts(b) {
			_, conflict := v.evidence(p.x, p.y)
			c += v.p.conflict * conflict
		}
	}
	return c
}

// part is one sentence of the two-sentence side of a bead, with its
// anchors and those of the one sentence facing it.
type part struct {
	x, y []anchor
	idx  int  // the sentence's index in its article
	a    bool // whether it is a sentence of a
}

// parts returns the two parts of a 2-1 or 1-2 bead, none for others.
func (v *view) parts(b bead) [2]part {
	switch {
	case b.i1-b.i0 == 2:
		return [2]part{{v.fa[b.i0], v.fb[b.j0], b.i0, true}, {v.fa[b.i0+1], v.fb[b.j0], b.i0 + 1, true}}
	case b.j1-b.j0 == 2:
		return [2]part{{v.fb[b.j0], v.fa[b.i0], b.j0, false}, {v.fb[b.j0+1], v.fa[b.i0], b.j0 + 1, false}}
	}
	return [2]part{}
}

// lengthFit is the two-tailed probability of a length difference at least
// as large as the bead's under the length model.
func (v *view) lengthFit(b bead) float64 {
	lx := sum(v.la[b.i0:b.i1]) * v.ratio
	ly := sum(v.lb[b.j0:b.j1])
	mean := math.Max((lx+ly)/2, 1)
	delta := (ly - lx) / math.Sqrt(v.p.variance*mean)
	return math.Erfc(math.Abs(delta) / math.Sqrt2)
}

// side returns the anchors of sentences [lo, hi) of one article, merging
// two sentences' lists into the scratch buffer.
func (v *view) side(f [][]anchor, lo, hi int, scratch *[]anchor) []anchor {
	if hi-lo == 1 {
		return f[lo]
	}
	x, y := f[lo], f[lo+1]
	out := (*scratch)[:0]
	for len(x) > 0 || len(y) > 0 {
		switch {
		case len(y) == 0 || len(x) > 0 && x[0].h < y[0].h:
			out, x = append(out, x[0]), x[1:]
		case len(x) == 0 || y[0].h < x[0].h:
			out, y = append(out, y[0]), y[1:]
		default:
			out, x, y = append(out, x[0]), x[1:], y[1:]
		}
	}
	*scratch = out
	return out
}

// evidence compares the anchors of two sides: the weighted Dice share
// they have in common, and how strongly they conflict (both hold anchors,
// none shared), from 0 to 1.
func (v *view) evidence(x, y []anchor) (dice, conflict float64) {
	if len(x) == 0 || len(y) == 0 {
		return 0, 0
	}
	var wx, wy, both float64
	for _, a := range x {
		wx += a.w
	}
	for _, a := range y {
		wy += a.w
	}
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0].h < y[0].h:
			x = x[1:]
		case y[0].h < x[0].h:
			y = y[1:]
		default:
			both += x[0].w
			x, y = x[1:], y[1:]
		}
	}
	if both > 0 {
		// Dice alone would make one shared weak key (a cognate's first
		// consonants) full evidence between two sentences that hold
		// nothing else; the evidence counts fully from the weight of one
		// strong anchor (a number, a name) on.
		return 2 * both / (wx + wy) * math.Min(1, both), 0
	}
	return 0, math.Min(1, math.Min(wx, wy))
}

// quoted reports whether a quotation stands on one side of a bead only.
func (v *view) quoted(b bead) bool {
	return slices.Contains(v.qa[b.i0:b.i1], true) != slices.Contains(v.qb[b.j0:b.j1], true)
}

// score returns the pairs of bead k of the path with their scores.
func (v *view) score(beads []bead, k int, b bead) []Pair {
	if b.skip() {
		return nil
	}
	fit := v.lengthFit(b)
	if !v.anchors {
		var out []Pair
		for i := b.i0; i < b.i1; i++ {
			for j := b.j0; j < b.j1; j++ {
				out = append(out, Pair{A: i, B: j, Score: fit})
			}
		}
		return out
	}
	dice, _ := v.evidence(v.side(v.fa, b.i0, b.i1, &v.ux), v.side(v.fb, b.j0, b.j1, &v.uy))
	ctx := v.p.ctxBase
	if k > 0 && v.anchored(beads[k-1]) {
		ctx += v.p.ctxNeighbour
	}
	if k+1 < len(beads) && v.anchored(beads[k+1]) {
		ctx += v.p.ctxNeighbour
	}
	keep := 1.0
	if v.quoted(b) {
		keep = v.p.quoteKeep
	}
	if b.i1-b.i0 == 1 && b.j1-b.j0 == 1 {
		s := dice + (1-dice)*fit*ctx
		if _, conflict := v.evidence(v.fa[b.i0], v.fb[b.j0]); conflict > 0 {
			s *= 1 - (1-v.p.conflictKeep)*conflict
		}
		return []Pair{{A: b.i0, B: b.j0, Score: s * keep}}
	}
	// A sentence of a 2-1 bead scores its own anchors against the facing
	// sentence, and the length it adds only as far as the bead fits
	// better with it than the other sentence alone: otherwise an
	// addition glued to its neighbour would ride on the neighbour's
	// anchors.
	ps := v.parts(b)
	var out []Pair
	for k, p := range ps {
		other := b
		if p.a {
			other.i0, other.i1 = ps[1-k].idx, ps[1-k].idx+1
		} else {
			other.j0, other.j1 = ps[1-k].idx, ps[1-k].idx+1
		}
		gain := max(0, fit-v.lengthFit(other))
		d, conflict := v.evidence(p.x, p.y)
		s := d + (1-d)*gain*ctx
		s *= (1 - (1-v.p.conflictKeep)*conflict) * keep
		q := Pair{A: b.i0, B: b.j0, Score: s}
		if p.a {
			q.A = p.idx
		} else {
			q.B = p.idx
		}
		out = append(out, q)
	}
	return out
}

// anchored reports whether a bead's sentences share an anchor.
func (v *view) anchored(b bead) bool {
	if b.skip() {
		return false
	}
	dice, _ := v.evidence(v.side(v.fa, b.i0, b.i1, &v.ux), v.side(v.fb, b.j0, b.j1, &v.uy))
	return dice > 0
}
