package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// fold lower-cases s and strips diacritics and punctuation, keeping single
// spaces between words, so "Zelenskyy’s" and "ZELENSKYY" compare equal.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = unidecode.Unidecode(s)
			break
		}
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		case c == '\'' || c == '.':
			// "U.S." folds to "us", "O'Neil" to "oneil".
		default:
			space = true
		}
	}
	return string(b)
}

// translitReplacer maps spelling differences that come from transliterating
// the same name through different languages (Russian/Ukrainian names through
// English, German, French; Arabic names) onto one form. It is a hand-written
// table because no library in go.mod does name transliteration folding.
var translitReplacer = strings.NewReplacer(
	"tsch", "ch", "sch", "sh", "tch", "ch", "kh", "h", "ph", "f",
	"ck", "k", "ou", "u", "w", "v", "q", "k", "x", "ks", "dj", "j",
	"y", "i",
)

// translit returns the transliteration-insensitive key of one word:
// "Sergey"/"Sergei"/"Sergej", "Zelensky"/"Zelenskyy"/"Zelenskiy" and
// "Lavrov"/"Lawrow" each share a key.
func translit(word string) string {
	f := strings.ReplaceAll(fold(word), " ", "")
	if strings.HasSuffix(f, "j") && len(f) > 2 {
		f = f[:len(f)-1] + "i"
	}
	return collapse(translitReplacer.Replace(f))
}

// collapse removes doubled letters ("haass" -> "has").
func collapse(s string) string {
	b := []byte(s)
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// skeleton is the consonant skeleton of a translit key, used for phonetic
// comparison: "Haass", "Haas" and "Huss" are all "hs", "Mohammed" and
// "Muhammad" both "mhmd".
func skeleton(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case 'a', 'e', 'i', 'o', 'u':
			if i == 0 {
				b.WriteByte(key[i])
			}
		default:
			b.WriteByte(key[i])
		}
	}
	return collapse(b.String())
}

// nameKey is the translit key of a multi-word name, words joined by spaces.
func nameKey(s string) string {
	words := strings.Fields(fold(s))
	for i, w := range words {
		words[i] = translit(w)
	}
	return strings.Join(words, " ")
}

func isUpperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
