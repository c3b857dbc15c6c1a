package provenance

import (
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// word is one folded word of an article's text with its byte span.
type word struct {
	norm       string
	start, end int
	sentence   int
}

// words returns the article's words. textproc's tokens are used when
// present; the fallback scanner keeps provenance usable on articles that did
// not go through textproc (tests, raw inputs), at the price of simpler
// folding (lower case only).
func words(a *news.Article) []word {
	if len(a.Tokens) > 0 {
		out := make([]word, 0, len(a.Tokens))
		for _, t := range a.Tokens {
			if t.Norm == "" || !hasLetterOrDigit(t.Norm) {
				continue
			}
			out = append(out, word{norm: t.Norm, start: t.Start, end: t.End, sentence: t.Sentence})
		}
		return out
	}
	return scanWords(a)
}

func scanWords(a *news.Article) []word {
	var out []word
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := word{norm: strings.ToLower(a.Text[start:end]), start: start, end: end, sentence: -1}
			if len(a.Sentences) > 0 {
				w.sentence = a.SentenceAt(start)
			}
			out = append(out, w)
			start = -1
		}
	}
	for i, r := range a.Text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(a.Text))
	return out
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
