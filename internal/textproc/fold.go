package textproc

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"golang.org/x/text/unicode/norm"
)

// foldExtra maps letters that NFKD does not decompose but that spellings of
// the same name vary on (Strauß/Strauss, Łukasz/Lukasz), and typographic
// apostrophes to the ASCII one so "Lavrov’s" and "Lavrov's" match.
var foldExtra = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i",
	'\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2032': "'",
}

// Fold returns s lower-cased with diacritics removed (NFKD, combining marks
// dropped), so names and words match across spellings: Fold("Zelenskyy’s")
// == Fold("zelenskyy's"), Fold("Ménard") == "menard".
func Fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s // the common case for body words: no allocation
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if x, ok := foldExtra[r]; ok {
			b.WriteString(x)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// collapseSpace trims s and replaces every run of white space with one
// ASCII space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isSpace is unicode.IsSpace plus the zero-width characters that scraped
// text carries between words and that no reader sees.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// ContentID returns a stable identifier of the article's content: the first
// 16 hex digits of the SHA-256 of its folded, whitespace-collapsed title and
// text. The same article read under another URL, or with different
// boilerplate once cleaned, gets the same ID.
func ContentID(a *news.Article) string {
	h := sha256.New()
	buf := make([]byte, 1024) // one scratch buffer for both writes
	writeFoldSpace(h, buf, a.Title)
	h.Write([]byte{'\n'})
	writeFoldSpace(h, buf, a.Text)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// foldSpace is collapseSpace(Fold(s)), in one pass and one allocation (none
// when s is already folded) for ASCII: Clean calls it on every line.
func foldSpace(s string) string {
	if !isASCII(s) {
		return collapseSpace(Fold(s))
	}
	if isFoldedSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	appendFoldSpace(&b, s)
	return b.String()
}

// appendFoldSpace appends foldSpace(s) to b.
func appendFoldSpace(b *strings.Builder, s string) {
	if !isASCII(s) {
		b.WriteString(collapseSpace(Fold(s)))
		return
	}
	start := b.Len()
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIISpace(c) {
			space = b.Len() > start
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// isFoldedSpaced reports whether ASCII s is its own foldSpace: no capitals,
// no white space but single spaces between words.
func isFoldedSpaced(s string) bool {
	space := true // a space here would be leading
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			return false
		case isASCIISpace(c):
			if c != ' ' || space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return len(s) == 0 || !space
}

// isASCIISpace is unicode.IsSpace for an ASCII byte.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// writeFoldSpace writes foldSpace(s) to w, streaming ASCII text through buf
// (at least 2 bytes) instead of building the folded copy of a whole article.
func writeFoldSpace(w io.Writer, buf []byte, s string) {
	if !isASCII(s) {
		w.Write([]byte(collapseSpace(Fold(s))))
		return
	}
	n, space, started := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIISpace(c) {
			space = started
			continue
		}
		if n+2 > len(buf) {
			w.Write(buf[:n])
			n = 0
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
		started = true
	}
	w.Write(buf[:n])
}
