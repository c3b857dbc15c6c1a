package brief

import (
	"strings"

	snowballRuntime "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/porter"
)

// RougeBytes is the DUC 2004 task 2 summary length: peers are cut to their
// first 665 bytes before scoring.
const RougeBytes = 665

// Rouge returns ROUGE-N recall and F1 of summary against the reference
// summaries, scored as ROUGE-1.5.5 does with -m -b 665 and no stopword
// removal: the summary is cut to its first 665 bytes, text is lower-cased,
// every run of characters other than a-z and 0-9 splits words, words longer
// than three letters are Porter-stemmed (the original Porter algorithm from
// snowballstem/porter), and n-gram hits are pooled over the references
// (clipped per reference), recall = hits / reference n-grams.
//
// It is written by hand because no kept Go ROUGE library exists; the few
// lines here follow the reference Perl script's tokenisation.
func Rouge(summary string, refs []string, n int) (recall, f float64) {
	if n < 1 || len(refs) == 0 {
		return 0, 0
	}
	peer := ngrams(rougeTokens(truncateBytes(summary, RougeBytes)), n)
	peerTotal := 0
	for _, c := range peer {
		peerTotal += c
	}
	hits, refTotal := 0, 0
	for _, r := range refs {
		ref := ngrams(rougeTokens(r), n)
		for g, c := range ref {
			refTotal += c
			hits += min(c, peer[g])
		}
	}
	if refTotal == 0 || peerTotal == 0 {
		return 0, 0
	}
	recall = float64(hits) / float64(refTotal)
	precision := float64(hits) / float64(peerTotal*len(refs))
	if recall+precision > 0 {
		f = 2 * recall * precision / (recall + precision)
	}
	return recall, f
}

// truncateBytes cuts s to at most n bytes without splitting a UTF-8 rune.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// rougeTokens lower-cases s, splits it at anything but ASCII letters and
// digits, and stems words longer than three letters.
func rougeTokens(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i, w := range words {
		if len(w) > 3 {
			words[i] = porterStem(w)
		}
	}
	return words
}

func porterStem(w string) string {
	env := snowballRuntime.NewEnv(w)
	porter.Stem(env)
	return env.Current()
}

func ngrams(ws []string, n int) map[string]int {
	out := map[string]int{}
	for i := 0; i+n <= len(ws); i++ {
		out[strings.Join(ws[i:i+n], " ")]++
	}
	return out
}
