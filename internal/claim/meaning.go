package claim

import (
	"strings"
)

// meaningFindings finds antonyms facing each other across the alignment
// and negations added or dropped. A negation next to an antonym cancels
// it ("not acceptable" against "unacceptable" says the same).
//
// antWords holds the words of the antonym pairs (nil: unknown), so that a
// word in none of them is only checked against words it could be the
// un-/in- negative of: statements are compared by the million in a big
// story, and looking up every pair of their words was the larger part of
// it.
func meaningFindings(al *alignment, ant map[[2]string]bool, antWords map[string]bool) []finding {
	matchedA := make([]bool, len(al.a.seq))
	matchedB := make([]bool, len(al.b.seq))
	for _, p := range al.anchors {
		matchedA[p[0]] = true
		matchedB[p[1]] = true
	}
	negIn := func(v *view, matched []bool, col int, k0, k1 int) int {
		n := 0
		for k := k0; k <= k1; k++ {
			a0, a1, b0, b1 := al.gap(k)
			s0, s1 := a0, a1
			if col == 1 {
				s0, s1 = b0, b1
			}
			for p := s0; p < s1; p++ {
				if v.seq[p].neg && !matched[p] {
					n++
				}
			}
		}
		return n
	}
	var fs []finding
	consumed := make(map[int]bool) // gaps whose negation an antonym explains
	for i, x := range al.a.seq {
		if matchedA[i] || x.neg || x.num {
			continue
		}
		inPairs := antWords == nil || antWords[x.norm] || antWords[x.key]
		for j, y := range al.b.seq {
			if matchedB[j] || y.neg || y.num {
				continue
			}
			// Without a pair, only a prefix of two letters can oppose.
			if d := len(x.norm) - len(y.norm); !inPairs && d != 2 && d != -2 {
				continue
			}
			if !opposite(x, y, ant) {
				continue
			}
			ka, kb := al.gapOf(i, true), al.gapOf(j, false)
			k0, k1 := min(ka, kb), max(ka, kb)
			if k1-k0 > maxAntonymSpan {
				continue
			}
			negs := negIn(al.a, matchedA, 0, k0, k1) + negIn(al.b, matchedB, 1, k0, k1)
			for k := k0; k <= k1; k++ {
				consumed[k] = true
			}
			if negs%2 == 1 {
				continue
			}
			ca, cb := al.region(k0, k1)
			fs = append(fs, mk(DivMeaning, al, al.a.text(i, i), al.b.text(j, j), ca, cb))
		}
	}
	for k := 1; k < len(al.anchors); k++ {
		if consumed[k] {
			continue
		}
		a0, a1, b0, b1 := al.gap(k)
		if a1-a0 > maxNegGap || b1-b0 > maxNegGap {
			continue
		}
		na, nb := negIn(al.a, matchedA, 0, k, k), negIn(al.b, matchedB, 1, k, k)
		if (na > 0) == (nb > 0) {
			continue
		}
		// The other side must have nothing in its place: "not" facing
		// "short of" is a paraphrase, facing nothing a reversal.
		if (na > 0 && b1 > b0) || (nb > 0 && a1 > a0) {
			continue
		}
		ca, cb := al.region(k, k)
		fs = append(fs, mk(DivMeaning, al, ca, cb, ca, cb))
	}
	return fs
}

// opposite reports whether two words are antonyms, by the lexicon (on
// folded forms or stems) or as a word and its un-/in- negative.
func opposite(x, y atok, ant map[[2]string]bool) bool {
	if ant[[2]string{x.norm, y.norm}] || ant[[2]string{x.key, y.key}] {
		return true
	}
	return negativeOf(x.norm, y.norm) || negativeOf(y.norm, x.norm)
}

// negativeOf reports whether neg is base with a negative prefix:
// un- for any word of four letters or more, in-/im-/il-/ir- only for
// adjective endings, where they mean "not" rather than "into".
func negativeOf(neg, base string) bool {
	if len(base) < 4 {
		return false
	}
	if strings.TrimPrefix(neg, "un") == base && strings.HasPrefix(neg, "un") {
		return true
	}
	for _, p := range []string{"in", "im", "il", "ir"} {
		if strings.HasPrefix(neg, p) && neg[len(p):] == base {
			for _, suf := range []string{"able", "ible", "al", "ent", "ant", "ive", "ete", "ect", "ular"} {
				if strings.HasSuffix(base, suf) {
					return true
				}
			}
		}
	}
	return false
}
