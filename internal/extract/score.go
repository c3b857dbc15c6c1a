package extract

import (
	"strings"
	"unicode"
)

// The scoring below reproduces the Scrapinghub article extraction
// benchmark's metric, so numbers from Score can be set beside the
// published results: tokens are \w+ runs (lowercased), each page is
// compared as a multiset of 4-token shingles, and per-page counts are
// normalised so long pages do not weigh more than short ones.

const shingleSize = 4

// Shingles returns the share of true positive, false positive and false
// negative shingles between a predicted and a true body. The three values
// sum to 1, or are all 0 when both texts have no tokens.
func Shingles(pred, truth string) (tp, fp, fn float64) {
	ps, ts := shingles(pred), shingles(truth)
	for k, t := range ts {
		p := ps[k]
		tp += float64(min(p, t))
		fn += float64(max(0, t-p))
	}
	for k, p := range ps {
		fp += float64(max(0, p-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// Score returns the benchmark's precision and recall of pred against truth
// for one page.
func Score(pred, truth string) (p, r float64) {
	tp, fp, fn := Shingles(pred, truth)
	return precision(tp, fp, fn), recall(tp, fp, fn)
}

func precision(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

func recall(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}

// Eval accumulates per-page scores the way the benchmark averages them:
// precision over pages with a non-empty prediction, recall over pages with
// a non-empty truth.
type Eval struct {
	pSum, rSum float64
	pN, rN     int
	exact, n   int
}

// Add scores one page.
func (e *Eval) Add(pred, truth string) {
	tp, fp, fn := Shingles(pred, truth)
	if tp+fp > 0 {
		e.pSum += precision(tp, fp, fn)
		e.pN++
	}
	if tp+fn > 0 {
		e.rSum += recall(tp, fp, fn)
		e.rN++
	}
	if equalTokens(tokens(pred), tokens(truth)) {
		e.exact++
	}
	e.n++
}

// Result returns averaged precision and recall, their harmonic mean and the
// share of pages whose tokens match exactly.
func (e *Eval) Result() (f1, p, r, accuracy float64) {
	if e.pN > 0 {
		p = e.pSum / float64(e.pN)
	}
	if e.rN > 0 {
		r = e.rSum / float64(e.rN)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	if e.n > 0 {
		accuracy = float64(e.exact) / float64(e.n)
	}
	return f1, p, r, accuracy
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// shingles counts the 4-token shingles of text; a text shorter than four
// tokens counts as one shorter shingle, as in the benchmark.
func shingles(text string) map[string]int {
	toks := tokens(text)
	out := make(map[string]int)
	for i := 0; i < max(1, len(toks)-shingleSize+1); i++ {
		end := min(i+shingleSize, len(toks))
		if end <= i {
			break
		}
		out[strings.Join(toks[i:end], "\x00")]++
	}
	return out
}

// tokens splits text into lowercased \w+ runs. Python's \w is letters,
// digits and underscore in any script, which is what isWord accepts.
func tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(c rune) bool { return !isWord(c) })
}

func isWord(c rune) bool {
	return c == '_' || unicode.IsLetter(c) || unicode.IsNumber(c)
}
