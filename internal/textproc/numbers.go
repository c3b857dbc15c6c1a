package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// ReadNumber reads the number written in digits at token k of toks
// (tokens of text): its key, the digits in ASCII without separators or
// leading zeros, so that "2,300", "2.300", "2 300" and "٢٣٠٠" all give
// "2300"; and the index of its last token, as a space between groups of
// thousands ("18 000", as French and Russian write them) splits one number
// into several tokens. The key compares numbers across languages; it is
// not a value ("7,9" and "79" share one). ok is false for a token without
// a digit.
func ReadNumber(text string, toks []news.Token, k int) (key string, last int, ok bool) {
	word, ok := tokenText(text, toks, k)
	if !ok {
		return "", k, false
	}
	key = asciiDigits(word)
	if key == "" {
		return "", k, false
	}
	last = k
	if plainDigits(word, 1, 3) {
		for last+1 < len(toks) && thousandsGroup(text, toks[last].End, toks[last+1]) {
			last++
			key += asciiDigits(text[toks[last].Start:toks[last].End])
		}
	}
	if key = strings.TrimLeft(key, "0"); key == "" {
		key = "0"
	}
	return key, last, true
}

func tokenText(text string, toks []news.Token, k int) (string, bool) {
	if k < 0 || k >= len(toks) {
		return "", false
	}
	t := toks[k]
	if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
		return "", false
	}
	return text[t.Start:t.End], true
}

// asciiDigits returns the digits of word in ASCII, in any script's digits.
func asciiDigits(word string) string {
	var b []byte
	for _, r := range word {
		switch {
		case '0' <= r && r <= '9':
			b = append(b, byte(r))
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			if d := unidecode.Unidecode(string(r)); len(d) == 1 && '0' <= d[0] && d[0] <= '9' {
				b = append(b, d[0])
			}
		}
	}
	return string(b)
}

// thousandsGroup reports whether next is a three-digit group continuing
// the number that ends at end after one plain, no-break or thin space.
func thousandsGroup(text string, end int, next news.Token) bool {
	if next.Start <= end || next.End > len(text) || next.Start-end > 3 {
		return false
	}
	switch text[end:next.Start] {
	case " ", "\u00a0", "\u202f", "\u2009":
		return plainDigits(text[next.Start:next.End], 3, 3)
	}
	return false
}

// plainDigits reports whether s is lo to hi digits and nothing else.
func plainDigits(s string, lo, hi int) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return lo <= n && n <= hi
}
