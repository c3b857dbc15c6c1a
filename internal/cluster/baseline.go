package cluster

import (
	"cmp"
	"math"
	"slices"
)

// Agglomerative is the batch baseline Online is measured against: TF-IDF
// cosine over the given token lists (document frequencies from the whole
// collection) and average-link agglomerative clustering, merging the closest
// pair of clusters until no pair averages at least threshold. It returns a
// cluster number per document, numbered in order of first document. It
// keeps a dense similarity matrix, fine for a few thousand documents.
func Agglomerative(docs [][]string, threshold float64) []int {
	return AgglomerativeSweep(docs, []float64{threshold})[0]
}

// AgglomerativeSweep is Agglomerative at several thresholds in one run:
// average-link merge similarities never increase, so one agglomeration
// passes every threshold in turn. The result is in the order of thresholds.
func AgglomerativeSweep(docs [][]string, thresholds []float64) [][]int {
	n := len(docs)
	df := map[string]int{}
	tfs := make([]vec, n)
	for i, d := range docs {
		tf := vec{}
		for _, w := range d {
			tf[w]++
		}
		for w := range tf {
			df[w]++
		}
		tfs[i] = tf
	}
	vs := make([]vec, n)
	for i, tf := range tfs {
		v := vec{}
		for w, x := range tf {
			v[w] = (1 + math.Log(x)) * smoothIDF(n, df[w])
		}
		vs[i] = v.unit()
	}
	return averageLink(vs, thresholds)
}

// averageLink clusters unit vectors by average-link cosine, once per threshold.
func averageLink(vs []vec, thresholds []float64) [][]int {
	n := len(vs)
	order := make([]int, len(thresholds))
	for i := range order {
		order[i] = i
	}
	// Highest threshold first: it is passed first as merges get weaker.
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(thresholds[b], thresholds[a]) })
	out := make([][]int, len(thresholds))
	// sim holds the summed pairwise similarity between clusters; dividing by
	// the size product gives the average link.
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			s := dot(vs[i], vs[j])
			sim[i][j], sim[j][i] = s, s
		}
	}
	size := make([]int, n)
	label := make([]int, n)
	alive := make([]bool, n)
	for i := range n {
		size[i], label[i], alive[i] = 1, i, true
	}
	next := 0
	for next < len(order) {
		bi, bj, best := -1, -1, math.Inf(-1)
		for i := range n {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if alive[j] {
					if avg := sim[i][j] / float64(size[i]*size[j]); avg > best {
						bi, bj, best = i, j, avg
					}
				}
			}
		}
		for next < len(order) && (bi < 0 || best < thresholds[order[next]]) {
			out[order[next]] = renumber(label)
			next++
		}
		if bi < 0 || next == len(order) {
			break
		}
		for k := range n {
			sim[bi][k] += sim[bj][k]
			sim[k][bi] = sim[bi][k]
		}
		size[bi] += size[bj]
		alive[bj] = false
		for k := range label {
			if label[k] == bj {
				label[k] = bi
			}
		}
	}
	return out
}

// renumber maps labels to 0, 1, ... in order of first document.
func renumber(label []int) []int {
	ids := map[int]int{}
	out := make([]int, len(label))
	for i, l := range label {
		if _, ok := ids[l]; !ok {
			ids[l] = len(ids)
		}
		out[i] = ids[l]
	}
	return out
}
