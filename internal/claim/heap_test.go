package claim

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestCandHeapOrder pushes candidates in random order, ties of score
// included, and checks they pop best first as before orders them.
func TestCandHeapOrder(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 100} {
		r := rand.New(rand.NewPCG(uint64(n), 9))
		var h candHeap
		var want []candidate
		for range n {
			c := candidate{score: float64(r.IntN(5)) / 4, a: r.IntN(6), b: r.IntN(6)}
			h.push(c)
			want = append(want, c)
		}
		slices.SortFunc(want, func(x, y candidate) int {
			switch {
			case before(x, y):
				return -1
			case before(y, x):
				return 1
			}
			return 0
		})
		var got []candidate
		for len(h) > 0 {
			got = append(got, h.pop())
		}
		if !slices.Equal(got, want) {
			t.Errorf("candHeap with %d candidates pops %v, want %v", n, got, want)
		}
	}
}
