package brief

import (
	"math"
	"sort"
)

// maxCovered caps the sentences whose coverage is tracked: the objective
// needs a similarity for every pair of candidate and tracked sentence, so a
// story of thousands of sentences tracks an evenly spaced sample instead of
// holding millions of pairs.
const maxCovered = 600

// coverage is the coverage term of Lin & Bilmes (2011), "A Class of
// Submodular Functions for Document Summarization":
//
//	L(S) = Σ_i min(Σ_{j∈S} sim(i,j), α·Σ_{k∈V} sim(i,k)),  α = a/N
//
// over the story's sentences i, with sim the cosine of stemmed content-word
// tf-idf vectors. A sentence counts as covered once the summary holds a
// set share of what the whole story says about it, so a summary gains most
// by touching many sentences a little rather than one sentence many times.
// Their diversity reward is left out: on DUC 2004 it changed ROUGE by less
// than 0.001 here. Written by hand: no Go library implements it.
type coverage struct {
	tracked []int       // indexes of the sentences whose coverage counts
	sim     [][]float32 // sim[j][t]: similarity of candidate j to tracked[t]
	have    []float64   // have[t]: Σ_{j∈S} sim(tracked[t], j)
	cap     []float64   // cap[t]: α·Σ_k sim(tracked[t], k)
	total   float64     // L(V), to scale gains to 1 for the whole story
}

// termVec is a sparse unit vector, sorted by term id.
type termVec []struct {
	id int
	w  float64
}

func newCoverage(cands []candidate, a float64) *coverage {
	vecs := tfidf(cands)
	n := len(cands)
	step := max(1, (n+maxCovered-1)/maxCovered)
	c := &coverage{}
	for i := 0; i < n; i += step {
		c.tracked = append(c.tracked, i)
	}
	c.sim = make([][]float32, n)
	c.have = make([]float64, len(c.tracked))
	c.cap = make([]float64, len(c.tracked))
	for j := range cands {
		c.sim[j] = make([]float32, len(c.tracked))
		for t, i := range c.tracked {
			s := dot(vecs[i], vecs[j])
			c.sim[j][t] = float32(s)
			c.cap[t] += s
		}
	}
	alpha := a / float64(n)
	for t := range c.cap {
		c.cap[t] *= alpha
		c.total += c.cap[t]
	}
	return c
}

// gain is L(S ∪ {j}) − L(S) over L(V), with j counted at share fits.
func (c *coverage) gain(j int, fits float64) float64 {
	if c.total == 0 {
		return 0
	}
	g := 0.0
	for t, s := range c.sim[j] {
		if c.have[t] < c.cap[t] {
			g += math.Min(c.have[t]+fits*float64(s), c.cap[t]) - c.have[t]
		}
	}
	return g / c.total
}

func (c *coverage) add(j int) {
	for t, s := range c.sim[j] {
		c.have[t] += float64(s)
	}
}

// tfidf returns the unit tf-idf vectors of the candidates' stemmed
// content words, idf taken over the candidates themselves.
func tfidf(cands []candidate) []termVec {
	ids := map[string]int{}
	tfs := make([]map[int]float64, len(cands))
	df := map[int]int{}
	for i, c := range cands {
		tf := map[int]float64{}
		for _, w := range rougeTokens(c.text) {
			if stopwords[w] {
				continue
			}
			id, ok := ids[w]
			if !ok {
				id = len(ids)
				ids[w] = id
			}
			tf[id]++
		}
		for id := range tf {
			df[id]++
		}
		tfs[i] = tf
	}
	n := float64(len(cands))
	out := make([]termVec, len(cands))
	for i, tf := range tfs {
		v := make(termVec, 0, len(tf))
		norm := 0.0
		for id, f := range tf {
			w := f * math.Log(n/float64(df[id])+1)
			v = append(v, struct {
				id int
				w  float64
			}{id, w})
			norm += w * w
		}
		if norm = math.Sqrt(norm); norm > 0 {
			for k := range v {
				v[k].w /= norm
			}
		}
		sort.Slice(v, func(a, b int) bool { return v[a].id < v[b].id })
		out[i] = v
	}
	return out
}

// dot is the dot product of two sorted sparse vectors.
func dot(a, b termVec) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}
