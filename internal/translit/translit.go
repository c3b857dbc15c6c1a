// Package translit makes keys that a name keeps across scripts and
// transliteration habits, for the stages that link articles in different
// languages: cluster (which story a translation belongs to) and align
// (which sentence of a translation says what). Guantánamo, Γκουαντάναμο,
// غوانتانامو, גואנטנמו and ग्वांतानामो, once transliterated to ASCII, differ
// mostly in vowels, in the letters Arabic, Hebrew and Hindi use for vowels
// (w, v, y, h) and in a few digraphs; their consonant key is gntnm for all
// five. Transliteration libraries (go-unidecode, used here for the ASCII
// form) aim at a readable spelling, not at a key that variants share, so
// the key is written here. The entity stage keeps keys of its own, which
// must also tell two Latin spellings apart.
package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases w and transliterates it to ASCII.
func Fold(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(Unidecode(w))
		}
	}
	return strings.ToLower(w)
}

// digraphs of common romanisations, tried in this order at each letter and
// merged into one letter before vowels are dropped: "gk" and "ts" (Greek
// written by another transliterator), and the h-digraphs.
var digraphs = [...]struct {
	pair string
	to   byte
}{
	{"gk", 'g'}, {"ph", 'f'}, {"th", 't'}, {"kh", 'k'}, {"gh", 'g'}, {"sh", 's'},
	{"ch", 'k'}, {"ck", 'k'}, {"tz", 's'}, {"ts", 's'},
}

// Key returns the consonant key of a word folded by Fold: digraphs
// merged, vowels and the vowel-like w, v, y, h dropped, c/q/k, z/s and p/b
// made one (Arabic has no p), doubled letters once.
func Key(folded string) string {
	var buf [32]byte
	return string(AppendKey(buf[:0], folded))
}

// AppendKey appends Key(folded) to dst. Grouping runs it for every name
// word of every article, so it works on bytes without allocating.
func AppendKey(dst []byte, folded string) []byte {
	var last byte
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		if i+1 < len(folded) {
			for _, d := range digraphs {
				if c == d.pair[0] && folded[i+1] == d.pair[1] {
					c = d.to
					i++
					break
				}
			}
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v', 'h':
			continue
		case 'c', 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'p':
			c = 'b'
		}
		if c == last || c < 'a' || c > 'z' {
			continue
		}
		dst = append(dst, c)
		last = c
	}
	return dst
}

// Uncased reports whether a word is written in a script without capitals
// (Arabic, Hebrew, Devanagari, …), where a name looks like any other word.
func Uncased(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return !unicode.IsUpper(r) && !unicode.IsLower(r)
		}
	}
	return false
}
