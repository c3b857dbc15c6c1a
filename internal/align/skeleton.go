package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// Names and cognates change spelling across scripts and transliteration
// habits (Guantánamo, Γκουαντάναμο, غوانتانامو, גואנטנמו), and once in
// ASCII they differ mostly in vowels, in the letters Arabic, Hebrew and
// Hindi use for vowels (w, v, y, h) and in a few digraphs. The consonant
// key below makes them meet. Transliteration libraries aim at a readable
// spelling, not at a key variants share, so the key is written here; the
// cluster stage keeps its own copy for its own vectors.

// digraphs of common romanisations, merged into one letter before vowels
// are dropped.
var digraphs = [...]struct {
	pair string
	to   byte
}{
	{"gk", 'g'}, {"ph", 'f'}, {"th", 't'}, {"kh", 'k'}, {"gh", 'g'}, {"sh", 's'},
	{"ch", 'k'}, {"ck", 'k'}, {"tz", 's'}, {"ts", 's'},
}

// asciiFold lower-cases w and transliterates it to ASCII.
func asciiFold(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	return strings.ToLower(unidecode.Unidecode(w))
}

// skeleton returns the consonant key of one already folded word.
func skeleton(w string) string {
	var buf [32]byte
	dst := buf[:0]
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i+1 < len(w) {
			for _, d := range digraphs {
				if c == d.pair[0] && w[i+1] == d.pair[1] {
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
	return string(dst)
}

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
		f := asciiFold(s)
		if k := skeleton(f); k != "" {
			out = append(out, k)
		}
		// Arabic has no v and writes it f (Valmora, فالمورا): a v also
		// gives the key with f, which the Arabic spelling meets.
		if strings.IndexByte(f, 'v') >= 0 {
			if k := skeleton(strings.ReplaceAll(f, "v", "f")); k != "" {
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

// uncased reports whether a word is written in a script without capitals
// (Arabic, Hebrew, Devanagari), where a name looks like any other word and
// the mention finder sees few of them.
func uncased(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return !unicode.IsUpper(r) && !unicode.IsLower(r)
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
