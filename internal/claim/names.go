package claim

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Name spelling thresholds (Jaro-Winkler on folded words) for when no
// entity resolution is available: alone, or with an agreeing neighbour
// word such as the first name.
const (
	spellAlone    = 0.9
	spellNeighbor = 0.78
)

// spellingFindings finds a name spelled two ways ("Haass" / "Huss") when
// no entity resolution is available: unmatched capitalised words whose
// folded forms are close by Jaro-Winkler.
func spellingFindings(al *alignment) []finding {
	if otherLanguages(al.a, al.b) {
		return nil
	}
	normsOf := func(v *view) map[string]bool {
		m := make(map[string]bool)
		for _, t := range v.toks {
			m[nameForm(t.Norm)] = true
		}
		return m
	}
	inA, inB := normsOf(al.a), normsOf(al.b)
	matchedA := make(map[int]bool)
	matchedB := make(map[int]bool)
	for _, p := range al.anchors {
		matchedA[p[0]] = true
		matchedB[p[1]] = true
	}
	var fs []finding
	for i, x := range al.a.seq {
		fx := nameForm(x.norm)
		if matchedA[i] || !isNameWord(al.a, x) || inB[fx] {
			continue
		}
		for j, y := range al.b.seq {
			fy := nameForm(y.norm)
			if matchedB[j] || !isNameWord(al.b, y) || inA[fy] || fx == fy || variant(fx, fy) {
				continue
			}
			sim := float64(edlib.JaroWinklerSimilarity(fx, fy))
			if sim < spellNeighbor || (sim < spellAlone && !sameNeighbor(al.a, x, al.b, y)) {
				continue
			}
			ca, cb := al.region(min(al.gapOf(i, true), al.gapOf(j, false)), max(al.gapOf(i, true), al.gapOf(j, false)))
			fs = append(fs, mk(DivName, al, nameRun(al.a, x), nameRun(al.b, y), ca, cb))
		}
	}
	return fs
}

// otherLanguages reports whether two statements' articles are in two known
// languages. A name spelled another way in another language is its
// exonym or inflection there (China, Chine, Čína; Mihai Albu, Mihaie
// Albua), not a change a reader needs to see.
func otherLanguages(a, b *view) bool {
	la, lb := a.doc.art.Language, b.doc.art.Language
	return la != "" && lb != "" && la != lb
}

// nameForm is a folded name word without possessive or dots, so "U.S."
// is "us" and "Lavrov's" is "lavrov".
func nameForm(norm string) string {
	norm = strings.TrimSuffix(strings.TrimSuffix(norm, "'s"), "'")
	return strings.ReplaceAll(norm, ".", "")
}

func isNameWord(v *view, t atok) bool {
	if t.neg || t.num || len(t.norm) < 3 || isRoleWord(t.norm) || isDateWord(t.norm) {
		return false
	}
	for _, r := range nameForm(t.norm) {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return isCapitalised(v.doc.art.Text, v.toks[t.tok])
}

// variant reports whether two name words are one name's derived forms
// (Russia/Russian, Ukraine/Ukrainian) or one glued to another word
// (Lavrov/Lavrovmet) rather than two spellings.
func variant(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.HasPrefix(b, a) && len(b)-len(a) >= 3 {
		return true
	}
	stem := strings.TrimRight(a, "aeiouy")
	if !strings.HasPrefix(b, stem) {
		return false
	}
	switch b[len(stem):] {
	case "n", "an", "ian", "ean", "ese", "i", "ns", "ans", "ians", "ish", "ic":
		return true
	case "s":
		return strings.HasSuffix(a, "n")
	}
	return false
}

// sameNeighbor reports whether the words beside two name words agree
// ("Richard Huss" / "Richard Haass").
func sameNeighbor(a *view, x atok, b *view, y atok) bool {
	get := func(v *view, i int) string {
		if i < 0 || i >= len(v.toks) || !isCapitalised(v.doc.art.Text, v.toks[i]) {
			return ""
		}
		return v.toks[i].Norm
	}
	if p := get(a, x.tok-1); p != "" && p == get(b, y.tok-1) {
		return true
	}
	n := get(a, x.last+1)
	return n != "" && n == get(b, y.last+1)
}

// nameRun returns the name word t with the capitalised name word on each
// side of it, if any ("Richard Huss"); one word each way is enough to
// show which name it is and stops at run-on text ("Lavrov Richard Haass").
func nameRun(v *view, t atok) string {
	text := v.doc.art.Text
	ok := func(i int) bool {
		tk := v.toks[i]
		return !tk.Stop && !isRoleWord(tk.Norm) && !isDateWord(tk.Norm) && isCapitalised(text, tk)
	}
	lo, hi := t.tok, t.last
	if lo > 0 && ok(lo-1) && text[v.toks[lo-1].End:v.toks[lo].Start] == " " {
		lo--
	}
	if hi+1 < len(v.toks) && ok(hi+1) && text[v.toks[hi].End:v.toks[hi+1].Start] == " " {
		hi++
	}
	return text[v.toks[lo].Start:v.toks[hi].End]
}

// mentionFindings finds an entity named differently in two statements:
// mentions the entity stage resolved to one entity whose spellings share
// no form.
func mentionFindings(a, b *view, names Names) []finding {
	if otherLanguages(a, b) {
		return nil
	}
	byEntity := func(v *view) map[string][]news.Mention {
		m := make(map[string][]news.Mention)
		for _, x := range v.doc.art.Mentions {
			if x.Start < v.ref.Start || x.End > v.ref.End {
				continue
			}
			if id, ok := names.Lookup(v.doc.art.ID, x.Start); ok {
				m[id] = append(m[id], x)
			}
		}
		return m
	}
	ea, eb := byEntity(a), byEntity(b)
	var fs []finding
	for id, ma := range ea {
		mb := eb[id]
		if len(mb) == 0 {
			continue
		}
		x, y := longest(ma), longest(mb)
		if consistent(ma, mb) || script(x.Text) != script(y.Text) {
			// A name in another script is the translation's spelling of
			// it, not a change a reader needs to see.
			continue
		}
		fs = append(fs, finding{kind: DivName,
			a: side{article: a.doc.art.ID, value: x.Text, context: around(a, x)},
			b: side{article: b.doc.art.ID, value: y.Text, context: around(b, y)}})
	}
	return fs
}

func longest(ms []news.Mention) news.Mention {
	best := ms[0]
	for _, m := range ms[1:] {
		if len(m.Text) > len(best.Text) {
			best = m
		}
	}
	return best
}

// consistent reports whether two sets of mentions of one entity agree in
// spelling: every word of one set has a counterpart in the other ("Lavrov"
// in "Sergey Lavrov"), where transliteration variants (Sergei/Sergey),
// derived forms and words glued to the next one ("Lavrovmet") count as
// counterparts — those are not the misspellings a reader needs to see.
func consistent(ma, mb []news.Mention) bool {
	words := func(ms []news.Mention) []string {
		var w []string
		for _, m := range ms {
			// "Exxon-Mobil" holds "Mobil": a fuller name, as "Ilse Varga"
			// holds "Varga".
			for _, f := range strings.FieldsFunc(fold(m.Text), func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
				w = append(w, canon(nameForm(f), nameForm(f)))
			}
		}
		return w
	}
	wa, wb := words(ma), words(mb)
	if len(wa) == 0 || len(wb) == 0 {
		return true
	}
	// The same last word is the same name told more or less fully
	// ("Bob Livingston", "Robert L. Livingston"); initials are the same
	// name abbreviated ("IMF", "International Monetary Fund").
	if x, y := longest(ma), longest(mb); sameTail(lastWord(x.Text), lastWord(y.Text)) ||
		isAcronym(x.Text, y.Text) || isAcronym(y.Text, x.Text) {
		return true
	}
	covered := func(x, y []string) bool {
		for _, a := range x {
			if !slices.ContainsFunc(y, func(b string) bool { return sameTail(a, b) || variant(a, b) }) {
				return false
			}
		}
		return true
	}
	return covered(wa, wb) || covered(wb, wa)
}

// sameTail reports whether two name words are equal but for the ending
// that romanisations of one Slavic name write differently: Zelensky,
// Zelenskiy, Zelenskyy; Sergei, Sergey; Dmitrii, Dmitriy. Spellings that
// differ anywhere else (Carrard / Carrad, Starovoitova / Staravoitova)
// stay a divergence.
func sameTail(a, b string) bool {
	if a == b {
		return true
	}
	trim := func(w string) string {
		for _, end := range []string{"iy", "yy", "ii", "ij", "yi", "y", "i"} {
			if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
				return w[:len(w)-len(end)]
			}
		}
		return w
	}
	return trim(a) == trim(b)
}

func lastWord(s string) string {
	f := strings.Fields(fold(s))
	if len(f) == 0 {
		return ""
	}
	w := nameForm(f[len(f)-1])
	return canon(w, w)
}

// isAcronym reports whether short is the initials of long's capitalised
// words ("U.S." for "United States", "WFP" for "World Food Program").
func isAcronym(short, long string) bool {
	short = strings.ReplaceAll(short, ".", "")
	if len(short) < 2 || strings.ContainsRune(short, ' ') {
		return false
	}
	var initials strings.Builder
	for _, w := range strings.Fields(long) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			initials.WriteRune(r)
		}
	}
	return strings.EqualFold(initials.String(), short)
}

// around returns the statement wording near a mention.
func around(v *view, m news.Mention) string {
	text := v.doc.art.Text
	lo, hi := max(v.ref.Start, m.Start-60), min(v.ref.End, m.End+60)
	for lo > v.ref.Start && text[lo-1] != ' ' {
		lo--
	}
	for hi < v.ref.End && text[hi] != ' ' {
		hi++
	}
	return strings.TrimSpace(text[lo:hi])
}

// scripts are the writing systems a name can be told apart by.
var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew,
	unicode.Devanagari, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana,
}

// script returns the writing system of the first letter of s, or nil.
func script(s string) *unicode.RangeTable {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, t := range scripts {
			if unicode.Is(t, r) {
				return t
			}
		}
		return nil
	}
	return nil
}
