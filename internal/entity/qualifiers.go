package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A place name's qualifier is translated where the rest of the name is
// transliterated: Lower Kaldbrook is "Нижний Калдбрук" in Russian, "Bas-
// Kaldbrook" in French, and in a Russian sentence "Нижнего Калдбрука". No
// transliteration key can join "Lower" and "Нижнего", so acrossScripts
// also compares a second key in which each such word is replaced by what
// it means. The tables hold the few qualifiers of place names (lower,
// upper, new, old, the four directions, great, little, saint) in the
// languages crosscheck detects in Latin and Cyrillic script; a gazetteer
// of translated place names would cover more, and none ships with the Go
// libraries we use.

// latinQualifiers maps a folded Latin-script qualifier to its meaning.
// Read-only.
var latinQualifiers = map[string]string{
	"lower": "low", "bas": "low", "basse": "low", "nieder": "low", "unter": "low", "bajo": "low", "baja": "low", "basso": "low", "bassa": "low", "baixo": "low", "baixa": "low",
	"upper": "up", "haut": "up", "haute": "up", "ober": "up", "obere": "up", "alto": "up", "alta": "up",
	"new": "new", "nouveau": "new", "nouvel": "new", "nouvelle": "new", "neu": "new", "neue": "new", "nuevo": "new", "nueva": "new", "nuovo": "new", "nuova": "new", "novo": "new", "nova": "new",
	"old": "old", "vieux": "old", "vieil": "old", "vieille": "old", "alt": "old", "alte": "old", "viejo": "old", "vieja": "old", "vecchio": "old", "vecchia": "old", "velho": "old", "velha": "old",
	"north": "north", "northern": "north", "nord": "north", "norte": "north",
	"south": "south", "southern": "south", "sud": "south", "sued": "south", "sur": "south", "sul": "south",
	"west": "west", "western": "west", "ouest": "west", "oeste": "west", "ovest": "west",
	"east": "east", "eastern": "east", "est": "east", "ost": "east", "este": "east", "leste": "east",
	"great": "great", "greater": "great", "grand": "great", "grande": "great", "gross": "great", "gran": "great",
	"little": "little", "petit": "little", "petite": "little", "klein": "little", "pequeno": "little", "piccolo": "little", "piccola": "little",
	"saint": "saint", "st": "saint", "sainte": "saint", "sankt": "saint", "san": "saint", "santa": "saint", "santo": "saint", "sao": "saint",
}

// cyrillicQualifiers maps the stem of a Russian or Ukrainian qualifier
// adjective to its meaning; the word must be the stem plus one of
// adjectiveEndings, so "Новиков" or "Малышев" are not taken for one.
// Read-only.
var cyrillicQualifiers = map[string]string{
	"нижн": "low", "верхн": "up", "нов": "new", "стар": "old",
	"северн": "north", "північн": "north", "южн": "south", "південн": "south",
	"западн": "west", "західн": "west", "восточн": "east", "східн": "east",
	"больш": "great", "велик": "great", "мал": "little",
	"свят": "saint",
}

// adjectiveEndings are the Russian and Ukrainian adjective endings, in
// every case, gender and number, longest first. Read-only.
var adjectiveEndings = []string{
	"ього", "ьому", "ьої", "ими", "ыми",
	"ого", "его", "ому", "ему", "ій", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые",
	"ей", "ую", "юю", "ых", "их", "ым", "им", "ом", "ем", "ім", "ої",
	"а", "е", "і", "у", "я", "о",
}

// qualifierMeaning returns what a qualifier word means, or "" when w is
// not one.
func qualifierMeaning(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.Is(unicode.Cyrillic, r) {
		return latinQualifiers[fold(w)]
	}
	lw := strings.ToLower(w)
	if lw == "санкт" || lw == "сан" {
		return "saint"
	}
	for _, e := range adjectiveEndings {
		if stem, ok := strings.CutSuffix(lw, e); ok {
			if m := cyrillicQualifiers[stem]; m != "" {
				return m
			}
		}
	}
	return ""
}

// meaningKey is looseKey with every qualifier word replaced by its
// meaning ("#low kldbrk"), or "" when s has no qualifier or nothing else
// with two consonants: a bare "Нижний" names no place.
func meaningKey(s string) string {
	var words []string
	found, rest := false, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if m := qualifierMeaning(w); m != "" {
			found = true
			words = append(words, "#"+m)
			continue
		}
		if k := looseWord(w); k != "" {
			rest += len(k)
			words = append(words, k)
		}
	}
	if !found || rest < 2 {
		return ""
	}
	return strings.Join(words, " ")
}
