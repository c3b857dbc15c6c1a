package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
	"github.com/blevesearch/snowballstem/turkish"
	"github.com/clipperhouse/uax29/v2/words"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// stemmers are the Snowball stemmers by ISO 639-1 code.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"ar": arabic.Stem, "da": danish.Stem, "nl": dutch.Stem, "en": english.Stem,
	"fi": finnish.Stem, "fr": french.Stem, "de": german.Stem, "hu": hungarian.Stem,
	"it": italian.Stem, "no": norwegian.Stem, "nb": norwegian.Stem, "pt": portuguese.Stem,
	"ro": romanian.Stem, "ru": russian.Stem, "es": spanish.Stem, "sv": swedish.Stem,
	"tr": turkish.Stem,
}

// Tokenize splits text into words (Unicode UAX #29 word boundaries) and
// returns one Token per word or number with its byte offsets into text.
// Punctuation, symbols and emoji are not tokens. Norm is Fold(word); Stem is
// the Snowball stem for lang, folded, or Norm when lang has no stemmer or the
// token is a number; Stop marks lang's stop words. Token.Sentence is left 0:
// Analyze, which knows the sentences, sets it.
func Tokenize(text string, lang string) []news.Token {
	stem := stemmers[lang]
	var env *snowballstem.Env
	if stem != nil {
		env = snowballstem.NewEnv("")
	}
	// A word repeats many times in an article; stemming each form once
	// saves most of the stemmer's cost.
	stems := make(map[string]string, 256)
	toks := make([]news.Token, 0, len(text)/6)
	it := words.FromString(text)
	for it.Next() {
		w := it.Value()
		num, ok := wordKind(w)
		if !ok {
			continue
		}
		t := news.Token{Start: it.Start(), End: it.End(), Norm: Fold(w)}
		t.Stop = !num && IsStop(t.Norm, lang)
		switch {
		case num || stem == nil || t.Stop:
			// Stop words' stems are never compared (Article.Stems skips
			// them), so they keep Norm and cost no stemming.
			t.Stem = t.Norm
		default:
			s, seen := stems[t.Norm]
			if !seen {
				// Stem the lower-cased form with its diacritics: the
				// stemmers' suffix rules are written for them (French é,
				// Russian й), and folding the stem afterwards still lets
				// spellings with and without accents meet. For ASCII words
				// that form is Norm itself.
				lower := t.Norm
				if !isASCII(w) {
					lower = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
				}
				env.SetCurrent(lower)
				stem(env)
				s = Fold(env.Current())
				stems[t.Norm] = s
			}
			t.Stem = s
		}
		toks = append(toks, t)
	}
	return toks
}

// wordKind reports whether the UAX #29 segment w is a token at all (it holds
// a letter or digit) and whether it is a number (starts with a digit).
func wordKind(w string) (num, ok bool) {
	first := true
	for _, r := range w {
		if r < utf8.RuneSelf {
			if '0' <= r && r <= '9' {
				return first, true
			}
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				return false, true
			}
		} else if unicode.IsLetter(r) {
			return false, true
		} else if unicode.IsDigit(r) {
			return first, true
		}
		first = false
	}
	return false, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
