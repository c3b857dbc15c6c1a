package brief

import "math"

// wordUse is the third term of the summary objective: how well the
// summary's words match the words the story as a whole uses, the way
// ROUGE-1 rewards a summary. Each word (function words included: ROUGE
// counts them too) is worth (share of the story's documents using
// it)^gamma for each occurrence, up to the number of times a text of
// length words drawn from the story would use it; a word used beyond that
// adds nothing. It is the budgeted, submodular cousin of KLSum (Haghighi &
// Vanderwende 2009), whose summary word distribution should be close to
// the story's: words most documents share are the ones every reference
// summary repeats, and a summary that spends its bytes on them, rather
// than on one article's side details, scores higher. Written by hand: a
// few lines over the candidates' own words.
type wordUse struct {
	worth map[string]float64 // per occurrence, up to quota
	quota map[string]int
	have  map[string]int // occurrences in the summary so far
	total float64        // Σ worth·quota, to scale gains to 1 for the whole story
}

func newWordUse(cands []candidate, gamma, length float64) *wordUse {
	u := &wordUse{worth: map[string]float64{}, quota: map[string]int{}, have: map[string]int{}}
	docs := map[string]map[int]bool{}
	count := map[string]int{}
	ndocs := map[int]bool{}
	n := 0
	for _, c := range cands {
		ndocs[c.doc] = true
		for _, w := range c.words {
			if docs[w] == nil {
				docs[w] = map[int]bool{}
			}
			docs[w][c.doc] = true
			count[w]++
			n++
		}
	}
	for w, d := range docs {
		u.worth[w] = math.Pow(float64(len(d))/float64(len(ndocs)), gamma)
		u.quota[w] = max(1, int(math.Round(float64(count[w])/float64(n)*length)))
		u.total += u.worth[w] * float64(u.quota[w])
	}
	return u
}

// gain is what c's words within its first room bytes add, over the
// story's total.
func (u *wordUse) gain(c candidate, room int) float64 {
	if u.total == 0 {
		return 0
	}
	g := 0.0
	extra := map[string]int{}
	for i, w := range c.words {
		if c.wordEnds[i] > room {
			break
		}
		if u.have[w]+extra[w] < u.quota[w] {
			g += u.worth[w]
		}
		extra[w]++
	}
	return g / u.total
}

func (u *wordUse) add(c candidate) {
	for _, w := range c.words {
		u.have[w]++
	}
}
