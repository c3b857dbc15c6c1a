package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xlit "github.com/crosscheck-news/crosscheck/internal/translit"
)

// fold lower-cases s and strips diacritics and punctuation, keeping single
// spaces between words, so "Zelenskyy’s" and "ZELENSKYY" compare equal.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = xlit.Unidecode(s)
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

// translitPairs map spelling differences that come from transliterating
// the same name through different languages (Russian/Ukrainian names through
// English, German, French; Arabic names) onto one form. It is a hand-written
// table because no library in go.mod does name transliteration folding.
// Earlier pairs win at a position, as with strings.Replacer; translitAppend
// applies them by hand so that the per-word lookups of Mentions allocate
// nothing.
var translitPairs = [...][2]string{
	{"tsch", "ch"}, {"sch", "sh"}, {"tch", "ch"}, {"kh", "h"}, {"ph", "f"},
	{"ck", "k"}, {"ou", "u"}, {"w", "v"}, {"q", "k"}, {"x", "ks"}, {"dj", "j"},
	{"y", "i"},
}

// translitAt returns the replacement for the translitPairs entry matching
// at the start of s and its length, or 0. It switches on the first byte
// rather than trying every pair: translitAppend runs on every capitalised
// word of every article.
func translitAt(s []byte) (string, int) {
	has := func(p string) bool { return len(s) >= len(p) && string(s[:len(p)]) == p }
	switch s[0] {
	case 't':
		if has("tsch") {
			return "ch", 4
		}
		if has("tch") {
			return "ch", 3
		}
	case 's':
		if has("sch") {
			return "sh", 3
		}
	case 'k':
		if has("kh") {
			return "h", 2
		}
	case 'p':
		if has("ph") {
			return "f", 2
		}
	case 'c':
		if has("ck") {
			return "k", 2
		}
	case 'o':
		if has("ou") {
			return "u", 2
		}
	case 'w':
		return "v", 1
	case 'q':
		return "k", 1
	case 'x':
		return "ks", 1
	case 'd':
		if has("dj") {
			return "j", 2
		}
	case 'y':
		return "i", 1
	}
	return "", 0
}

// translit returns the transliteration-insensitive key of one word:
// "Sergey"/"Sergei"/"Sergej", "Zelensky"/"Zelenskyy"/"Zelenskiy" and
// "Lavrov"/"Lawrow" each share a key.
func translit(word string) string {
	return string(translitAppend(nil, fold(word)))
}

// translitAppend appends the translit key of a folded word to dst.
func translitAppend(dst []byte, key string) []byte {
	var buf [64]byte
	src := buf[:0]
	for i := 0; i < len(key); i++ {
		if key[i] != ' ' {
			src = append(src, key[i])
		}
	}
	if n := len(src); n > 2 && src[n-1] == 'j' {
		src[n-1] = 'i'
	}
	start := len(dst)
	for i := 0; i < len(src); {
		rep, n := translitAt(src[i:])
		if n == 0 {
			dst = append(dst, src[i])
			i++
			continue
		}
		dst = append(dst, rep...)
		i += n
	}
	// Collapse doubled letters in place ("haass" -> "has").
	out := dst[:start]
	for i := start; i < len(dst); i++ {
		if i > start && dst[i] == dst[i-1] {
			continue
		}
		out = append(out, dst[i])
	}
	return out
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
