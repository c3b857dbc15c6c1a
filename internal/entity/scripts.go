package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// A story told in several languages names the same people and places in
// several scripts: "Радек Зоммер" is Radek Sommer, "в Калдбруке" is in
// Kaldbrook. The spelling keys of the other passes (translit, skeleton)
// keep vowels and the letters transliteration varies least, which is
// right for two Latin spellings; across scripts the vowels, s/z and Russian
// case endings vary too. acrossScripts compares looser keys, and only
// between a name in another script and the names in Latin letters, and
// joins only when one Latin entity has the key, so two people whose loose
// keys collide stay apart.

// acrossScripts joins each entity named only in a script other than Latin
// to the one entity named in Latin letters with the same loose key and a
// compatible kind.
func (r *resolver) acrossScripts() {
	type target struct {
		root  int // -1 when two entities share the key
		kind  string
		spell string // the translit key of a Latin spelling, for weak keys
	}
	latin := make(map[string]*target)
	for i, it := range r.items {
		if !latinName(it.m.Text) {
			continue
		}
		root := r.find(i)
		for _, k := range [2]string{looseKey(it.m.Text), meaningKey(it.m.Text)} {
			if k == "" {
				continue
			}
			switch t := latin[k]; {
			case t == nil:
				latin[k] = &target{root, it.kind, translit(it.m.Text)}
			case t.root >= 0 && r.find(t.root) != root:
				t.root = -1
			case t.kind == "":
				t.kind = it.kind
			}
		}
	}
	for i, it := range r.items {
		if latinName(it.m.Text) {
			continue
		}
		// The spelt-out key first: "Северный Глас" is Severni Glas, an
		// outlet's name transliterated, before it is "Northern Glas".
		key := looseKey(it.m.Text)
		t := latin[key]
		if t == nil {
			if key = meaningKey(it.m.Text); key != "" {
				t = latin[key]
			}
		}
		if t == nil || t.root < 0 || !compatibleKinds(it.kind, t.kind) {
			continue
		}
		if weakKey(key) && !closeSpelling(translit(it.m.Text), t.spell) {
			// Two consonants match by chance: Greek Ιανουαρίου ("of
			// January") and Norway are both "nr".
			continue
		}
		r.union(i, t.root)
	}
}

func compatibleKinds(a, b string) bool { return a == "" || b == "" || a == b }

// weakKey reports whether a loose key has fewer than three consonants, too
// few to join two names on its own (Merrow and Мерроу are "mr").
func weakKey(k string) bool { return len(strings.ReplaceAll(k, " ", "")) < 3 }

// closeSpelling reports whether two translit keys, vowels kept, differ by
// at most a third of the longer (merrov and merru, not norvai and
// ianuariu).
func closeSpelling(a, b string) bool {
	return edlib.LevenshteinDistance(a, b) <= max(2, max(len(a), len(b))/3)
}

// latinName reports whether every letter of s is a Latin one.
func latinName(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// looseKey is the cross-script key of a name: per word, Russian and
// Ukrainian case endings that carry a consonant cut off ("Калдбруке",
// "Калдбруком" -> "Калдбрук"), then transliterated and folded as translit
// does, then reduced to consonants with z and s made one and a final v
// dropped. It is "" for a
// name with fewer than two consonants in all, which would match too much.
func looseKey(s string) string {
	var words []string
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		k := looseWord(w)
		if k == "" {
			continue
		}
		n += len(k)
		words = append(words, k)
	}
	if n < 2 {
		return ""
	}
	return strings.Join(words, " ")
}

// looseWord is the loose key of one word of a name.
func looseWord(w string) string {
	k := consonants(translit(cutCaseEnding(w)))
	if len(k) > 2 && k[len(k)-1] == 'v' {
		// English -ow is Russian -оу (Merrow, Мерроу), and a final
		// -ов/-ев is often left out in other languages' spellings.
		k = k[:len(k)-1]
	}
	return k
}

// caseEndings are the Russian and Ukrainian noun and adjective endings
// that keep a consonant after transliteration (vowel-only endings vanish
// with the vowels anyway), longest first. Read-only.
var caseEndings = []string{
	"ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями",
	"ой", "ей", "ом", "ем", "ах", "ях", "ам", "ям", "ым", "им", "ою", "ею",
}

// cutCaseEnding cuts one case ending off a Cyrillic word whose stem keeps
// at least four letters.
func cutCaseEnding(w string) string {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.Is(unicode.Cyrillic, r) {
		return w
	}
	// Cyrillic letters take two bytes in either case, so the ending's
	// length in the lower-cased word is its length in w.
	lw := strings.ToLower(w)
	for _, e := range caseEndings {
		if stem := len(lw) - len(e); strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw[:stem]) >= 4 && len(lw) == len(w) {
			return w[:stem]
		}
	}
	return w
}

// consonants drops vowels and apostrophes (the soft sign transliterates
// to one) from a translit key and makes z and s one, collapsing doubles.
func consonants(key string) string {
	b := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', '\'', ' ':
			continue
		case 'z':
			c = 's'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
