package provenance

import (
	"slices"
)

// text is an article's words prepared for the passage search: folded words
// as small integers, so that runs compare without string comparisons, and
// the winnowing fingerprints.
type text struct {
	ws  []word
	ids []int32
	fps []fingerprint
	// first marks the fingerprints whose hash the text has not had
	// before; distinct counts them, the denominator of containment.
	first    []bool
	distinct int
	// seeded marks the fingerprints that seed passages: all but the
	// occurrences of a hash past maxSeedOccurrences in this text.
	seeded []bool
	// ordered is set when the words follow each other in the text
	// without overlapping, as tokens do: the words inside a passage's span
	// are then exactly the words of its run, with no need to count them.
	ordered bool
}

// ordered reports whether the words follow each other in the text, each
// non-empty and none overlapping the next, as tokens do.
func ordered(ws []word) bool {
	for k, w := range ws {
		if w.end <= w.start || k > 0 && w.start < ws[k-1].end {
			return false
		}
	}
	return true
}

// interner numbers the folded words of a story, so that the same word gets
// the same number in every article.
type interner map[string]int32

func (in interner) ids(ws []word) []int32 {
	out := make([]int32, len(ws))
	for i, w := range ws {
		id, ok := in[w.norm]
		if !ok {
			id = int32(len(in))
			in[w.norm] = id
		}
		out[i] = id
	}
	return out
}

func newText(ws []word, in interner) *text {
	t := &text{ws: ws, ids: in.ids(ws), fps: fingerprints(ws), ordered: ordered(ws)}
	seen := make(map[uint64]int, len(t.fps))
	t.first = make([]bool, len(t.fps))
	t.seeded = make([]bool, len(t.fps))
	for n, f := range t.fps {
		t.first[n] = seen[f.hash] == 0
		t.seeded[n] = seen[f.hash] < maxSeedOccurrences
		seen[f.hash]++
	}
	t.distinct = len(seen)
	return t
}

// maxSeedOccurrences bounds how many occurrences of one fingerprint in one
// text seed the passage search. Seeds are the products of a hash's
// occurrences in two texts, so a text that repeats its phrases (a table,
// a list, a page of templated sentences) made them quadratic: two such
// texts of 1.6 MB ran out of memory. A repeated phrase's later
// occurrences add no passage its first ones do not find, since each seed
// is extended to its whole run.
const maxSeedOccurrences = 8

// seed is a fingerprint two articles share: its word positions in both.
type seed struct{ i, j int }

// pair is a later article (index j in story order) that shares at least one
// fingerprint with the current one: the distinct hashes they have in
// common, and the seeds, in the order of the current article's
// fingerprints and for each in the order of the other's positions.
type pair struct {
	j      int
	common int
	seeds  []seed
}

// posting is one fingerprint of one article.
type posting struct{ art, pos int }

// fingerprintIndex maps each fingerprint hash to the articles holding it,
// in story order. Only articles that share a fingerprint can share a
// passage (any shared passage of minWords words holds one) or have a
// containment above 0, so the index gives the pairs worth comparing
// without looking at every pair of a story of hundreds of articles.
type fingerprintIndex map[uint64][]posting

func newFingerprintIndex(texts []*text) fingerprintIndex {
	idx := fingerprintIndex{}
	for a, t := range texts {
		for n, f := range t.fps {
			if t.seeded[n] {
				idx[f.hash] = append(idx[f.hash], posting{a, f.pos})
			}
		}
	}
	return idx
}

// pairsAfter returns the articles after article i (in story order) that
// share a fingerprint with it, in story order. buf is reused between calls.
func (idx fingerprintIndex) pairsAfter(i int, t *text, buf *pairBuf) []pair {
	buf.reset()
	for n, f := range t.fps {
		if !t.seeded[n] {
			continue // first occurrences are seeded, so common is counted there
		}
		ps := idx[f.hash]
		k, _ := slices.BinarySearchFunc(ps, i+1, func(p posting, art int) int { return p.art - art })
		first := t.first[n]
		last := -1
		for _, p := range ps[k:] {
			pr := buf.at(p.art)
			if first && p.art != last {
				pr.common++
				last = p.art
			}
			pr.seeds = append(pr.seeds, seed{f.pos, p.pos})
		}
	}
	return buf.sorted()
}

// allPairsAfter is pairsAfter without the index: every later article,
// with seeds found by looking each fingerprint up in the other's. Tests
// use it to check that the index changes nothing.
func allPairsAfter(i int, texts []*text) []pair {
	var out []pair
	a := texts[i]
	ha := hashSet(a.fps)
	for j := i + 1; j < len(texts); j++ {
		b := texts[j]
		at := map[uint64][]int{}
		for n, f := range b.fps {
			if b.seeded[n] {
				at[f.hash] = append(at[f.hash], f.pos)
			}
		}
		pr := pair{j: j}
		for n, f := range a.fps {
			if !a.seeded[n] {
				continue
			}
			for _, p := range at[f.hash] {
				pr.seeds = append(pr.seeds, seed{f.pos, p})
			}
		}
		hb := hashSet(b.fps)
		for h := range ha {
			if hb[h] {
				pr.common++
			}
		}
		out = append(out, pr)
	}
	return out
}

// pairBuf holds the pairs of one article while the index is walked.
type pairBuf struct {
	byArt   []int // article -> index in pairs + 1, 0 when absent
	pairs   []pair
	touched []int
}

func (b *pairBuf) reset() {
	for _, a := range b.touched {
		b.byArt[a] = 0
	}
	b.touched = b.touched[:0]
	b.pairs = b.pairs[:0]
}

func (b *pairBuf) at(art int) *pair {
	if art >= len(b.byArt) {
		b.byArt = append(b.byArt, make([]int, art+1-len(b.byArt))...)
	}
	if k := b.byArt[art]; k > 0 {
		return &b.pairs[k-1]
	}
	if n := len(b.pairs); n < cap(b.pairs) {
		// Reuse the slot and its seed slice from an earlier article.
		b.pairs = b.pairs[:n+1]
		b.pairs[n].j, b.pairs[n].common, b.pairs[n].seeds = art, 0, b.pairs[n].seeds[:0]
	} else {
		b.pairs = append(b.pairs, pair{j: art})
	}
	b.byArt[art] = len(b.pairs)
	b.touched = append(b.touched, art)
	return &b.pairs[len(b.pairs)-1]
}

func (b *pairBuf) sorted() []pair {
	slices.SortFunc(b.pairs, func(x, y pair) int { return x.j - y.j })
	return b.pairs
}

// passages extends the seeds two articles share into their maximal shared
// passages (see SharedPassages), as merged word runs. Seeds come in the
// order of a's fingerprints, each with b's positions in order. The runs
// are sc's, valid until its next use.
func passages(ta, tb *text, seeds []seed, sc *scratch) []match {
	wa, wb := ta.ids, tb.ids
	// Seeds of one maximal run lie on one diagonal (i-j) and, in a's
	// order, one after another: a seed inside the run last found on its
	// diagonal extends to that run again, so it is skipped.
	sc.start(len(wa) + len(wb) + 1)
	off := len(wb)
	ms := sc.ms[:0]
	for _, s := range seeds {
		i, j := s.i, s.j
		if e, ok := sc.get(i - j + off); ok && i < e {
			continue
		}
		if !equalIDs(wa, wb, i, j, gramWords) {
			continue // hash collision
		}
		for i > 0 && j > 0 && wa[i-1] == wb[j-1] {
			i--
			j--
		}
		n := 0
		for i+n < len(wa) && j+n < len(wb) && wa[i+n] == wb[j+n] {
			n++
		}
		sc.set(i-j+off, i+n)
		ms = append(ms, match{i, j, n, n})
	}
	sc.ms = ms
	slices.SortFunc(ms, func(x, y match) int {
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	sc.merged = mergeMatches(ms, sc.merged)
	return sc.merged
}

func equalIDs(wa, wb []int32, i, j, n int) bool {
	if i+n > len(wa) || j+n > len(wb) {
		return false
	}
	for k := 0; k < n; k++ {
		if wa[i+k] != wb[j+k] {
			return false
		}
	}
	return true
}

// scratch is memory the passage search reuses from pair to pair: the end
// of the last run found on each diagonal, stamped with the pair it belongs
// to so that nothing needs clearing, and the list of runs.
type scratch struct {
	end        []int
	stamp      []uint32
	cur        uint32
	ms, merged []match
}

func (sc *scratch) start(n int) {
	if n > len(sc.end) {
		sc.end = make([]int, n)
		sc.stamp = make([]uint32, n)
		sc.cur = 0
	}
	sc.cur++
	if sc.cur == 0 { // wrapped: old stamps could match again
		clear(sc.stamp)
		sc.cur = 1
	}
}

func (sc *scratch) get(d int) (int, bool) {
	if sc.stamp[d] != sc.cur {
		return 0, false
	}
	return sc.end[d], true
}

func (sc *scratch) set(d, end int) {
	sc.stamp[d], sc.end[d] = sc.cur, end
}
