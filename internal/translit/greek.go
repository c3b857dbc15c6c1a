package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// Modern Greek writes the b, d and g of foreign names with two letters
// (Μπους is Bush, Ντάλτον is Dalton, Γκάζα is Gaza). go-unidecode spells
// the letters one by one (mpous, ntalton), which no key of the Latin
// spelling can match, so these digraphs are turned into the sounds they
// stand for before it runs. Only at the start of a word: inside one the
// same letters are also mb, nd, nt or nk (Κολόμπο is Colombo, Γκουαντάναμο
// Guantanamo, Άγκυρα Ankara). β stays b, though it sounds v: established
// place names keep it for b (Βρετανία, Βερολίνο), and read as v it cost
// alignment recall on MultiLing.

// greekInitial are the Greek digraphs of foreign b, d and g at the start
// of a word, lower-case. Read-only.
var greekInitial = map[[2]rune]string{
	{'μ', 'π'}: "b", {'ν', 'τ'}: "d", {'γ', 'κ'}: "g",
}

// Unidecode transliterates s to ASCII as go-unidecode does, reading the
// Greek digraphs at the start of a word as a Greek speaker does. Greek
// letters come out lower-case; callers fold case anyway.
func Unidecode(s string) string {
	greek := false
	for _, r := range s {
		if unicode.Is(unicode.Greek, r) {
			greek = true
			break
		}
	}
	if !greek {
		return unidecode.Unidecode(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := ' '
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Greek, r) {
			b.WriteString(s[i : i+n])
			i += n
			prev = r
			continue
		}
		r = unicode.ToLower(r)
		if next, m := utf8.DecodeRuneInString(s[i+n:]); m > 0 && !unicode.IsLetter(prev) {
			if rep, ok := greekInitial[[2]rune{r, unicode.ToLower(next)}]; ok {
				b.WriteString(rep)
				i += n + m
				prev = next
				continue
			}
		}
		b.WriteRune(r)
		i += n
		prev = r
	}
	return unidecode.Unidecode(b.String())
}
