package entity

import (
	"strings"

	"github.com/hbollon/go-edlib"
)

// personName is the comparable shape of a person mention.
type personName struct {
	first string // translit key of the first given name; "" for a bare surname
	last  string // translit key of the surname
}

var nameSuffixes = wordSet(`jr sr ii iii iv`)

func parsePerson(s string) personName {
	ws := strings.Fields(fold(s))
	var core []string
	for _, w := range ws {
		if particles[w] || nameSuffixes[w] || titles[w] {
			continue
		}
		core = append(core, w)
	}
	if len(core) == 0 {
		return personName{}
	}
	p := personName{last: translit(core[len(core)-1])}
	if len(core) > 1 && !particles[ws[0]] {
		p.first = translit(core[0])
	}
	return p
}

// firstCompatible reports whether two given names can belong to one person
// across transliteration, nicknames and initials: Sergei/Sergey,
// Mohammed/Muhammad, Volodymyr/Vladimir, Bill/William, J./John.
func firstCompatible(a, b string) bool {
	switch {
	case a == b:
		return true
	case len(a) == 1 || len(b) == 1:
		return a[0] == b[0]
	case nickKey(a) == nickKey(b):
		return true
	}
	return len(a) >= 3 && len(b) >= 3 && a[0] == b[0] && skeleton(a) == skeleton(b)
}

func nickKey(k string) string {
	for nick, full := range nicknames {
		if translit(nick) == k {
			return translit(full)
		}
	}
	return k
}

// surnameMatch grades how alike two surname keys are.
type surnameMatch int

const (
	noMatch surnameMatch = iota
	nearMatch
	exactMatch
)

// surnames compares two surname keys. Exact means equal after
// transliteration folding (Zelensky/Zelenskyy, Haass/Haas); near covers
// spellings that need more evidence before merging: a phonetic variant of a
// short name (Haass/Huss: same consonants, same start), a glued-on word
// (Lavrovmet) or a small edit in a long one (Selensky/Zelensky).
func surnames(a, b string) surnameMatch {
	if a == b {
		return exactMatch
	}
	if a == "" || b == "" {
		return noMatch
	}
	la, lb := len(a), len(b)
	if la >= 3 && lb >= 3 && a[0] == b[0] && abs(la-lb) <= 2 && skeleton(a) == skeleton(b) && len(skeleton(a)) >= 2 {
		return nearMatch
	}
	short, long := a, b
	if la > lb {
		short, long = b, a
	}
	if len(short) >= 5 && strings.HasPrefix(long, short) && len(long)-len(short) <= 4 {
		return nearMatch
	}
	if abs(la-lb) > 2 || min(la, lb) < 6 {
		return noMatch // the edit distance below is at least the length difference
	}
	if d := edlib.LevenshteinDistance(a, b); min(la, lb) >= 6 && (d <= 1 || d == 2 && min(la, lb) >= 8) && edlib.JaroWinklerSimilarity(a, b) >= 0.9 {
		return nearMatch
	}
	return noMatch
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
