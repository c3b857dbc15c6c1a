package cluster

import (
	"math"
	"slices"
)

// vec is a sparse vector keyed by term. Plain maps keep the state easy to
// persist and rebuild; the vectors are small (bounded by Options.MaxTerms).
type vec map[string]float64

// add adds w*v into dst.
func (dst vec) add(v vec, w float64) {
	for k, x := range v {
		dst[k] += w * x
	}
}

// unit returns v scaled to unit length (v itself when empty).
func (v vec) unit() vec {
	var n float64
	for _, x := range v {
		n += x * x
	}
	if n == 0 {
		return v
	}
	n = math.Sqrt(n)
	out := make(vec, len(v))
	for k, x := range v {
		out[k] = x / n
	}
	return out
}

// prune keeps the k heaviest entries of v, so that a
// story's centroid stays bounded however many articles join it. It prunes
// only when v has grown past 2k, so the sort is amortised.
func (v vec) prune(k int) {
	if k <= 0 || len(v) <= 2*k {
		return
	}
	type kw struct {
		k string
		w float64
	}
	all := make([]kw, 0, len(v))
	for key, x := range v {
		all = append(all, kw{key, x})
	}
	slices.SortFunc(all, func(a, b kw) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	for _, e := range all[k:] {
		delete(v, e.k)
	}
}

// smoothIDF is the smoothed inverse document frequency ln((1+n)/(1+df))+1:
// it stays positive for terms every document has, which matters in the
// first articles of a stream, when every shared term is in every document.
func smoothIDF(n, df int) float64 {
	return math.Log(float64(1+n)/float64(1+df)) + 1
}

// weigh returns v weighted by idf, unit length.
func weigh(v vec, idf func(string) float64) vec {
	out := make(vec, len(v))
	for k, x := range v {
		out[k] = x * idf(k)
	}
	return out.unit()
}

// dot returns the dot product of a and b.
func dot(a, b vec) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var s float64
	for k, x := range a {
		s += x * b[k]
	}
	return s
}
