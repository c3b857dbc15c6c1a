package provenance

import (
	"hash/fnv"
	"sort"

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
	wa, wb := words(a), words(b)
	return sharedPassages(a, b, wa, wb, fingerprints(wa), fingerprints(wb))
}

func sharedPassages(a, b *news.Article, wa, wb []word, fa, fb []fingerprint) []Passage {
	at := make(map[uint64][]int, len(fb))
	for _, f := range fb {
		at[f.hash] = append(at[f.hash], f.pos)
	}
	seen := map[[2]int]bool{}
	var ms []match
	for _, f := range fa {
		for _, j := range at[f.hash] {
			i := f.pos
			if !equalRun(wa, wb, i, j, gramWords) {
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
	var merged []match
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
	var out []Passage
	for _, m := range merged {
		if m.na < minWords || m.nb < minWords {
			continue
		}
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

func equalRun(wa, wb []word, i, j, n int) bool {
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
