package dedup

import (
	"slices"
	"strings"
)

// Pair is two documents found to be duplicates of each other.
type Pair struct {
	A, B string
}

// Groups returns the connected groups of duplicates (each group sorted, the
// groups ordered by their first id), the form of the report's
// "duplicates": [[ids]]. A pair of an id with itself makes no group.
func Groups(pairs []Pair) [][]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		if p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, p := range pairs {
		if p.A == p.B {
			continue
		}
		ra, rb := find(p.A), find(p.B)
		if ra != rb {
			// Keep the smaller id as root so the result does not depend on
			// pair order.
			if rb < ra {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
	}
	byRoot := map[string][]string{}
	for x := range parent {
		r := find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	out := make([][]string, 0, len(byRoot))
	for _, g := range byRoot {
		if len(g) < 2 {
			continue
		}
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// PairsOf returns the pairs (id, m.ID) for the matches Add returned for id.
func PairsOf(id string, matches []Match) []Pair {
	out := make([]Pair, 0, len(matches))
	for _, m := range matches {
		out = append(out, Pair{A: m.ID, B: id})
	}
	return out
}
