package provenance

import (
	"hash/fnv"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Winnowing parameters. Any shared run of at least k+w-1 = 8 words is
// guaranteed to produce a common fingerprint (Schleimer, Wilkerson & Aiken
// 2003); shorter runs ("the Council on Foreign Relations") are common
// phrasing, not evidence of copying.
const (
	gramWords  = 5
	windowSize = 4
	minWords   = gramWords + windowSize - 1
	// maxGap is how many differing words a copy may insert or change
	// ("Lavrovmet", a dropped article) before two matches count as
	// separate passages.
	maxGap = 3
)

// fingerprint is one selected k-gram hash and the index of its first word.
type fingerprint struct {
	hash uint64
	pos  int
}

// fingerprints winnows the word k-gram hashes of ws. It is written by hand
// because no kept Go library implements winnowing; the algorithm is short:
// in every window of windowSize consecutive k-gram hashes keep the minimum
// (the rightmost on ties), recording each selected position once.
func fingerprints(ws []word) []fingerprint {
	n := len(ws) - gramWords + 1
	if n <= 0 {
		return nil
	}
	hs := make([]uint64, n)
	for i := range hs {
		h := fnv.New64a()
		for _, w := range ws[i : i+gramWords] {
			h.Write([]byte(w.norm))
			h.Write([]byte{0})
		}
		hs[i] = h.Sum64()
	}
	var out []fingerprint
	last := -1
	win := min(windowSize, n)
	for s := 0; s+win <= n; s++ {
		best := s
		for i := s; i < s+win; i++ {
			if hs[i] <= hs[best] {
				best = i
			}
		}
		if best != last {
			out = append(out, fingerprint{hs[best], best})
			last = best
		}
	}
	return out
}

// hashSet returns the distinct fingerprint hashes.
func hashSet(fps []fingerprint) map[uint64]bool {
	m := make(map[uint64]bool, len(fps))
	for _, f := range fps {
		m[f.hash] = true
	}
	return m
}

// containment is |A∩B|/|A| over fingerprint hashes (Broder 1997): how much
// of A is found in B.
func containment(a, b map[uint64]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for h := range a {
		if b[h] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// match is a run of equal words: a[i:i+n] == b[j:j+n], possibly with small
// gaps after merging (then na and nb differ).
type match struct{ i, j, na, nb int }

// SharedPassages returns the maximal passages of at least eight words that
// a and b share, with byte offsets in both texts, in the order of a.
// Fingerprints only seed the search; each seed is extended word by word in
// both directions so the passage boundaries are exact, and neighbouring
// runs separated by a few changed words are merged into one passage.
func SharedPassages(a, b *news.Article) []Passage {
	in := interner{}
	ta, tb := newText(words(a), in), newText(words(b), in)
	return matchPassages(a, b, ta, tb, passages(ta, tb, allPairsAfter(0, []*text{ta, tb})[0].seeds, &scratch{}))
}

// matchPassages makes merged runs of a and b into Passages.
func matchPassages(a, b *news.Article, ta, tb *text, ms []match) []Passage {
	out := make([]Passage, 0, len(ms))
	for _, m := range ms {
		fs, fe := ta.ws[m.i].start, ta.ws[m.i+m.na-1].end
		ts, te := tb.ws[m.j].start, tb.ws[m.j+m.nb-1].end
		out = append(out, Passage{
			From: a.ID, To: b.ID,
			FromStart: fs, FromEnd: fe, ToStart: ts, ToEnd: te,
			Text: a.Text[fs:fe],
		})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// mergeMatches joins runs (ms, sorted by position in a) separated by a few
// changed words into passages, and keeps those of at least minWords words.
// It appends them to merged[:0].
func mergeMatches(ms, merged []match) []match {
	merged = merged[:0]
	for _, m := range ms {
		if k := len(merged) - 1; k >= 0 {
			p := &merged[k]
			ga, gb := m.i-(p.i+p.na), m.j-(p.j+p.nb)
			if ga >= 0 && gb >= 0 && ga <= maxGap && gb <= maxGap {
				p.na = m.i + m.na - p.i
				p.nb = m.j + m.nb - p.j
				continue
			}
			if m.i >= p.i && m.i+m.na <= p.i+p.na && m.j >= p.j && m.j+m.nb <= p.j+p.nb {
				continue // inside the previous passage
			}
		}
		merged = append(merged, m)
	}
	out := merged[:0]
	for _, m := range merged {
		if m.na >= minWords && m.nb >= minWords {
			out = append(out, m)
		}
	}
	return out
}
