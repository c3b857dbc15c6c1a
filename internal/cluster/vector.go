package cluster

import "math"

// vec is a sparse vector keyed by term, as features are extracted and as
// the batch baseline compares documents; stories keep packed vectors.
type vec map[string]float64

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

// smoothIDF is the smoothed inverse document frequency ln((1+n)/(1+df))+1:
// it stays positive for terms every document has, which matters in the
// first articles of a stream, when every shared term is in every document.
func smoothIDF(n, df int) float64 {
	return math.Log(float64(1+n)/float64(1+df)) + 1
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
