package dedup

import (
	"github.com/crosscheck-news/crosscheck/internal/fixture"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestDUC2004Duplicates runs the DUC 2004 articles through the index and
// checks it against exact shingle Jaccard similarity computed by brute
// force: the set holds many wire stories re-filed with small edits.
// Every pair found must truly be close (estimates vary by about ±0.04 at
// 128 hashes), and every pair at 0.9 or above must be found.
func TestDUC2004Duplicates(t *testing.T) {
	ix := NewIndex(Options{})
	seen := map[string]bool{}
	var ids []string
	sets := map[string]map[string]bool{}
	found := map[Pair]bool{}
	for _, rec := range fixture.Records(t, "summarization/duc2004_task2.jsonl") {
		for _, d := range rec.Docs {
			if seen[d.ID] {
				continue
			}
			seen[d.ID] = true
			w := words(d.Text)
			for _, p := range PairsOf(d.ID, ix.Add(d.ID, w)) {
				found[p] = true
			}
			set := map[string]bool{}
			for i := 0; i+5 <= len(w); i++ {
				set[strings.Join(w[i:i+5], " ")] = true
			}
			ids = append(ids, d.ID)
			sets[d.ID] = set
		}
	}
	// Intersections through an inverted index: only pairs sharing a
	// shingle are counted, so brute force stays fast.
	order := map[string]int{}
	for i, id := range ids {
		order[id] = i
	}
	byShingle := map[string][]string{}
	for _, id := range ids {
		for s := range sets[id] {
			byShingle[s] = append(byShingle[s], id)
		}
	}
	inter := map[Pair]int{}
	for _, docs := range byShingle {
		for i, a := range docs {
			for _, b := range docs[i+1:] {
				if order[a] > order[b] {
					a, b = b, a
				}
				inter[Pair{a, b}]++
			}
		}
	}
	exact := func(p Pair) float64 {
		n := inter[p]
		return float64(n) / float64(len(sets[p.A])+len(sets[p.B])-n)
	}
	for p := range found {
		if j := exact(p); j < 0.7 {
			t.Errorf("found %s ~ %s, exact Jaccard %.3f, want >= 0.7", p.A, p.B, j)
		}
	}
	high := 0
	for p := range inter {
		if j := exact(p); j >= 0.9 {
			high++
			if !found[p] {
				t.Errorf("missed %s ~ %s, exact Jaccard %.3f", p.A, p.B, j)
			}
		}
	}
	t.Logf("%d articles: %d pairs found, %d pairs with exact Jaccard >= 0.9, %d groups", len(ids), len(found), high, len(Groups(slices.Collect(maps.Keys(found)))))
}
