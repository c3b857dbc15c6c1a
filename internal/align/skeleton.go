package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/translit"
)

// Names and cognates change spelling across scripts and transliteration
// habits; their consonant keys (package translit) meet. wordKeys adds
// what those keys miss in the scripts align meets most: a v written f and
// articles and prepositions joined to the word.

// arabicArticles are the definite article and the one-letter conjunctions
// and prepositions written joined to it. Arabic writes them on the word,
// so without cutting them the key of a name would start with an "l" its
// English spelling lacks.
var arabicArticles = [...]string{"وال", "بال", "فال", "كال", "لل", "ال"}

// hebrewPrefixes are the one-letter words Hebrew writes joined to the next
// word (the, and, in, to, from, that, as).
const hebrewPrefixes = "הובלמשכ"

// wordKeys returns the consonant keys of one word as written: the whole
// word, its key with v read as f, and, for Arabic and Hebrew, the word
// without a joined article or preposition, which may or may not be one.
func wordKeys(w string) []string {
	var out []string
	add := func(s string) {
		f := translit.Fold(s)
		if k := translit.Key(f); k != "" {
			out = append(out, k)
		}
		// Arabic has no v and writes it f (Valmora, فالمورا): a v also
		// gives the key with f, which the Arabic spelling meets.
		if strings.IndexByte(f, 'v') >= 0 {
			if k := translit.Key(strings.ReplaceAll(f, "v", "f")); k != "" {
				out = append(out, k)
			}
		}
	}
	add(w)
	r, size := utf8.DecodeRuneInString(w)
	switch {
	case unicode.Is(unicode.Arabic, r):
		for _, p := range arabicArticles {
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
				add(rest)
				break
			}
		}
	case unicode.Is(unicode.Hebrew, r):
		if strings.ContainsRune(hebrewPrefixes, r) && utf8.RuneCountInString(w[size:]) >= 3 {
			add(w[size:])
		}
	}
	return out
}
