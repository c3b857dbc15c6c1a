package cluster

import (
	"math"
	"slices"
	"testing"
)

// TestDiagSecondOrder logs ceilings with second-order similarities built
// on Online's blend with the decay per pair: shared nearest neighbours
// (top k, rank-weighted) and the cosine of two articles' rows of
// similarities. Measured with the real stages (CLUSTER_DIAG=pipeline),
// pairwise F1 on all events: first order 0.935; shared neighbours 0.935 at
// k=5, falling to 0.870 at k=30; row cosine 0.865, blended with the first
// order 0.905-0.922. Twin topics share their neighbours as much as their
// words, so a neighbourhood view does not pull them apart.
func TestDiagSecondOrder(t *testing.T) {
	ds := loadDiag(t)
	n := len(ds.arts)
	b := onlineBlend(pairDecay)
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			if i != j {
				m[i][j] = ds.sim(b, i, j)
			}
		}
	}
	t.Logf("first order %v", ds.ceilingBy(-1, func(i, j int) float64 { return m[i][j] }))
	for _, k := range []int{5, 10, 15, 20, 30} {
		// top-k neighbour sets
		nb := make([]map[int]float64, n)
		for i := range m {
			ord := make([]int, 0, n)
			for j := range n {
				if j != i {
					ord = append(ord, j)
				}
			}
			slices.SortFunc(ord, func(a, c int) int {
				if m[i][a] > m[i][c] {
					return -1
				}
				if m[i][a] < m[i][c] {
					return 1
				}
				return 0
			})
			nb[i] = map[int]float64{}
			for r, j := range ord[:k] {
				nb[i][j] = float64(k - r)
			}
		}
		snn := func(i, j int) float64 {
			var s float64
			for x, w := range nb[i] {
				if v, ok := nb[j][x]; ok {
					s += w * v
				}
			}
			if _, ok := nb[i][j]; ok {
				s += float64(k) * float64(k)
			}
			if _, ok := nb[j][i]; ok {
				s += float64(k) * float64(k)
			}
			return s
		}
		t.Logf("snn k=%d %v", k, ds.ceilingBy(-1, snn))
	}
	// cosine of rows
	norm := make([]float64, n)
	for i := range m {
		for _, v := range m[i] {
			norm[i] += v * v
		}
		norm[i] = math.Sqrt(norm[i])
	}
	rowcos := func(i, j int) float64 {
		var s float64
		for x := range n {
			if x != i && x != j {
				s += m[i][x] * m[j][x]
			}
		}
		return s / (norm[i] * norm[j])
	}
	t.Logf("row cosine %v", ds.ceilingBy(-1, rowcos))
	for _, a := range []float64{0.3, 0.5, 0.7} {
		t.Logf("blend %.1f first + row %v", a, ds.ceilingBy(-1, func(i, j int) float64 { return a*m[i][j]/0.3 + (1-a)*rowcos(i, j) }))
	}
}

// TestDiagShingles logs ceilings with a shared-passage channel added to
// Online's blend: containment of stemmed content-word trigrams, the
// evidence that update stories of one event reuse paragraphs. Measured
// (real stages): 0.935 without, 0.929-0.939 with weights 0.1-1.6, linear
// or square root: noise. The twin topics share passages too (one pair
// shares whole documents).
func TestDiagShingles(t *testing.T) {
	ds := loadDiag(t)
	n := len(ds.arts)
	b := onlineBlend(pairDecay)
	sh := make([]map[string]bool, n)
	for i, a := range ds.arts {
		sh[i] = map[string]bool{}
		var w []string
		for _, tk := range a.Tokens {
			if tk.Stop {
				continue
			}
			w = append(w, tk.Stem)
		}
		for k := 0; k+3 <= len(w); k++ {
			sh[i][w[k]+" "+w[k+1]+" "+w[k+2]] = true
		}
	}
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range i {
			c := 0
			for s := range sh[i] {
				if sh[j][s] {
					c++
				}
			}
			d := float64(min(len(sh[i]), len(sh[j])))
			if d > 0 {
				m[i][j] = float64(c) / d
			}
			m[j][i] = m[i][j]
		}
	}
	for _, a := range []float64{0, 0.1, 0.2, 0.4, 0.8, 1.6} {
		t.Logf("first + %.1f shingle containment %v", a, ds.ceilingBy(-1, func(i, j int) float64 { return ds.sim(b, i, j) + a*m[i][j] }))
	}
	for _, a := range []float64{0.1, 0.2, 0.4, 0.8} {
		t.Logf("first + %.1f sqrt shingle %v", a, ds.ceilingBy(-1, func(i, j int) float64 { return ds.sim(b, i, j) + a*math.Sqrt(m[i][j]) }))
	}
}
