package claim

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Gap size limits, in aligned words: a substitution is only read off a
// gap small enough that both sides fill the same slot; bigger gaps are
// different wording, not a changed fact.
const (
	maxSlotGap = 2
	maxRoleGap = 3
	maxNegGap  = 3
	// maxAntonymSpan is how many gaps apart two antonyms may sit.
	maxAntonymSpan = 2
)

// gapFindings reads number, date and role differences off gap k.
func gapFindings(al *alignment, k int) []finding {
	a0, a1, b0, b1 := al.gap(k)
	na, nb := a1-a0, b1-b0
	if na == 0 && nb == 0 {
		return nil
	}
	var fs []finding
	ca, cb := al.region(k, k)
	if na <= maxSlotGap && nb <= maxSlotGap {
		if f, ok := slotFinding(al, a0, a1, b0, b1, ca, cb); ok {
			fs = append(fs, f)
		}
	} else {
		// In a wider gap, the word right next to a shared word still
		// fills one slot on both sides: "Fourteen people" / "According to
		// the Harbour Times, at least 41 people", "gave way early on
		// Tuesday, sending" / "collapsed on Wednesday, sending". Only the
		// adjacent word: "on Monday after the Coastal…" / "said on Tuesday
		// they would fight the Coastal…" are two events.
		if k < len(al.anchors) && na > 0 && nb > 0 {
			if f, ok := slotFinding(al, a1-1, a1, b1-1, b1, ca, cb); ok {
				return append(fs, f)
			}
		}
		if k > 0 && na > 0 && nb > 0 {
			if f, ok := slotFinding(al, a0, a0+1, b0, b0+1, ca, cb); ok {
				fs = append(fs, f)
			}
		}
	}
	if na <= maxRoleGap && nb <= maxRoleGap {
		if f, ok := roleFinding(al, k, a0, a1, b0, b1, ca, cb); ok {
			fs = append(fs, f)
		}
	}
	return fs
}

// slotFinding reads a changed date, or else a changed number, off the seq
// ranges [a0, a1) and [b0, b1).
func slotFinding(al *alignment, a0, a1, b0, b1 int, ca, cb string) (finding, bool) {
	if f, ok := dateFinding(al, a0, a1, b0, b1, ca, cb); ok {
		return f, true
	}
	return numberFinding(al, a0, a1, b0, b1, ca, cb)
}

// datesIn returns the date spans touching seq items [s0, s1) of v.
func datesIn(v *view, s0, s1 int) []dateSpan {
	var out []dateSpan
	for _, ds := range v.dates {
		for p := s0; p < s1; p++ {
			if v.seq[p].tok < ds.j && v.seq[p].last >= ds.i {
				out = append(out, ds)
				break
			}
		}
	}
	return out
}

func (v *view) spanText(ds dateSpan) string {
	return v.doc.art.Text[v.toks[ds.i].Start:v.toks[ds.j-1].End]
}

func dateClass(key string) string {
	if weekdays[key] {
		return "weekday"
	}
	return "calendar"
}

// speechTime reports whether date ds only says when a statement was made
// ("the minister said Friday", "told reporters on Tuesday", "in an
// interview Sunday"): a report of Wednesday and one of Friday each give the
// day they heard it, which is no disagreement about what happened.
func speechTime(v *view, ds dateSpan) bool {
	for k := ds.i - 1; k >= 0 && k >= ds.i-3; k-- {
		t := v.toks[k]
		switch {
		case reporting[t.Stem] || speechTimeWords[t.Norm]:
			return true
		case t.Norm == "on" || t.Norm == "late" || t.Norm == "early" || t.Norm == "reporters" || t.Norm == "journalists":
			continue
		}
		return false
	}
	return false
}

// speechTimeWords are words after which a weekday dates a statement.
var speechTimeWords = setOf(`said says told announced stated interview statement briefing
	reiterated repeated insisted declared stressed warned noted denied`)

func dateFinding(al *alignment, a0, a1, b0, b1 int, ca, cb string) (finding, bool) {
	da, db := datesIn(al.a, a0, a1), datesIn(al.b, b0, b1)
	for _, x := range da {
		for _, y := range db {
			if x.key == y.key || dateClass(x.key) != dateClass(y.key) {
				continue
			}
			// "September" against "Sep. 24" is vaguer, not different.
			if (strings.HasPrefix(x.key, monthOnly) || strings.HasPrefix(y.key, monthOnly)) && x.month == y.month {
				continue
			}
			if speechTime(al.a, x) && speechTime(al.b, y) {
				continue
			}
			return mk(DivDate, al, al.a.spanText(x), al.b.spanText(y), ca, cb), true
		}
	}
	return finding{}, false
}

// numbers returns the numbers among seq items [s0, s1) that are not part
// of a date.
func numbers(v *view, s0, s1 int) []atok {
	var out []atok
	for p := s0; p < s1; p++ {
		if countable(v, p) {
			out = append(out, v.seq[p])
		}
	}
	return out
}

// countable reports whether seq item p is a number that can change between
// versions of a statement: not part of a date, a list marker, a conversion,
// a fraction or a wire editor's note.
func countable(v *view, p int) bool {
	t, text := v.seq[p], v.doc.art.Text
	return t.num && len(datesIn(v, p, p+1)) == 0 && !listMarker(text, t) && !conversion(text, t) && !fraction(text, t) && !editorNote(v, t)
}

// editorNote reports whether number t places a pickup in a wire editor's
// note ("Clinton had hoped, 3rd graf pvs", "graf 19"), left in the text of
// agency copy.
func editorNote(v *view, t atok) bool {
	if t.last+1 < len(v.toks) && pickup[v.toks[t.last+1].Norm] {
		return true
	}
	return t.tok > 0 && pickup[v.toks[t.tok-1].Norm]
}

// mixedFractionRE matches the fraction after the whole number of a mixed
// number ("221 7/16").
var mixedFractionRE = regexp.MustCompile(`^ \d{1,2}/\d{1,2}\b`)

// pickup are the words of a wire editor's pickup note ("graf", paragraph).
var pickup = setOf(`graf grafs`)

// conversion reports whether number t opens a parenthesis right after
// another number: the same figure in other units ("175 mph (282 kph)",
// "10-meter (30-foot)", "49.95 euros (£40)"), whose rounding differs
// between outlets that agree on the figure itself.
func conversion(text string, t atok) bool {
	before := strings.TrimRight(text[:t.start], " £$€¥₽")
	if !strings.HasSuffix(before, "(") {
		return false
	}
	before = before[:len(before)-1]
	return strings.ContainsAny(before[max(0, len(before)-20):], "0123456789")
}

// fraction reports whether number t is part of a fraction ("30 7/16", a
// share price in old market reports, either side of the slash or the whole
// number before it), which is not a count.
func fraction(text string, t atok) bool {
	after := text[t.end:]
	if len(after) >= 2 && after[0] == '/' && '0' <= after[1] && after[1] <= '9' {
		return true
	}
	if mixedFractionRE.MatchString(after[:min(len(after), 8)]) {
		return true
	}
	before := text[:t.start]
	n := len(before)
	return n >= 2 && before[n-1] == '/' && '0' <= before[n-2] && before[n-2] <= '9'
}

// listMarker reports whether number t numbers a list item ("12) Roger
// Waters – The Wall", "3. Preheat the oven"): first on its line, followed
// by ")" or a full stop and a space. Two lists in one story are not two
// versions of a count.
func listMarker(text string, t atok) bool {
	line := strings.LastIndexByte(text[:t.start], '\n') + 1
	if strings.TrimLeft(text[line:t.start], " \t•*-–(") != "" || t.end >= len(text) {
		return false
	}
	switch text[t.end] {
	case ')':
		return true
	case '.':
		return t.end+1 < len(text) && text[t.end+1] == ' '
	}
	return false
}

func numberFinding(al *alignment, a0, a1, b0, b1 int, ca, cb string) (finding, bool) {
	xa, xb := numbers(al.a, a0, a1), numbers(al.b, b0, b1)
	if len(xa) == 0 || len(xb) == 0 {
		return finding{}, false
	}
	for _, x := range xa {
		for _, y := range xb {
			if x.value == y.value {
				return finding{}, false // the same number, moved
			}
		}
	}
	// A time of day is one figure: "06:44" against "06:57" is a changed
	// time, not 44 against 57, and "1:40 p.m." against "13:40" no change.
	// A time in brackets is the one before it in another zone ("06:44
	// (09:44 UTC)"), whose change that one already tells.
	ta, inA := clockAround(al.a, xa[0])
	tb, inB := clockAround(al.b, xb[0])
	if inA || inB {
		if !inA || !inB || ta.same(tb) || inBrackets(al.a.doc.art.Text, al.a.ref.Start, ta.start) || inBrackets(al.b.doc.art.Text, al.b.ref.Start, tb.start) {
			return finding{}, false
		}
		return mk(DivDate, al, al.a.doc.art.Text[ta.start:ta.end], al.b.doc.art.Text[tb.start:tb.end], ca, cb), true
	}
	// A year facing a count ("in 1988" / "300 people") is two different
	// slots that happen to share a gap.
	if isYear(xa[0]) != isYear(xb[0]) {
		return finding{}, false
	}
	// The numbers must count the same thing: "13-meter" against "30-foot"
	// is a conversion, not a change.
	if na, nb := nextKey(al.a, xa[0]), nextKey(al.b, xb[0]); na != "" && nb != "" && na != nb {
		return finding{}, false
	}
	// "two spacewalkers" count people, "three spacewalks" outings: one
	// stem, two things.
	if agentOf(nextNorm(al.a, xa[0]), nextNorm(al.b, xb[0])) {
		return finding{}, false
	}
	// "one more spacewalk" and "five new cases" count what is added, not
	// the total that "three spacewalks" and "20 cases" count.
	if increment[nextNorm(al.a, xa[0])] != increment[nextNorm(al.b, xb[0])] {
		return finding{}, false
	}
	// "the 115-yacht fleet" measures the fleet; "37 yachts" counts boats.
	if hyphened(al.a.doc.art.Text, xa[0]) != hyphened(al.b.doc.art.Text, xb[0]) {
		return finding{}, false
	}
	va := al.a.doc.art.Text[xa[0].start:xa[0].end]
	vb := al.b.doc.art.Text[xb[0].start:xb[0].end]
	return mk(DivNumber, al, va, vb, ca, cb), true
}

// clockAround returns the time of day number t is part of, if any.
func clockAround(v *view, t atok) (clockAt, bool) {
	for _, c := range clockTimes(v.doc.art.Text, v.ref.Start, v.ref.End) {
		if c.start <= t.start && t.end <= c.end {
			return c, true
		}
	}
	return clockAt{}, false
}

// increment are the words after a number that make it count an addition.
var increment = setOf(`more additional further extra other new`)

// agentOf reports whether one of two counted words is the other's agent
// noun (spacewalk and spacewalker, visit and visitor), singular or plural.
func agentOf(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	sing := func(w string) string { return strings.TrimSuffix(w, "s") }
	a, b = sing(a), sing(b)
	for _, suf := range []string{"er", "or"} {
		if a+suf == b || b+suf == a {
			return true
		}
	}
	return false
}

// hyphened reports whether number t is joined by a hyphen to the word
// after it, a measure that qualifies a noun ("a 10-day visit").
func hyphened(text string, t atok) bool {
	return t.end < len(text) && text[t.end] == '-'
}

// countFinding reads a changed count off two statements of one claim that
// paraphrase puts in different gaps of the alignment, or in gaps too wide
// for slots: "causing more than 50 million deaths in Europe" / "that killed
// an estimated 25 million people in Europe" (canonical forms align the
// "deaths" of one with the "killed" of the other, so the numbers fall on
// either side). Each statement must hold exactly one count (years and
// ordinals are not counts); both must count the same thing (the word
// after them is the same, or both count people, as a death toll told once
// as deaths and once as people); and a word the two share other than the
// counted one must stand within maxCountReach words of both ("in Europe"),
// so that "first tour in 25 years" / "to celebrate 50 years" or "4,000
// people will be told" / "according to two people familiar" stay apart.
// Two counts in a statement are two facts whose pairing is unknown, so
// they are left alone. Only used when the gaps found no changed number.
func countFinding(al *alignment) (finding, bool) {
	ia, ib := lonelyCount(al.a), lonelyCount(al.b)
	if ia < 0 || ib < 0 {
		return finding{}, false
	}
	xa, xb := al.a.seq[ia], al.b.seq[ib]
	if xa.value == xb.value {
		return finding{}, false
	}
	na, nb := nextNorm(al.a, xa), nextNorm(al.b, xb)
	if na == "" || nb == "" || na != nb && !(peopleCounts[na] && peopleCounts[nb]) {
		return finding{}, false
	}
	near := false
	for _, an := range al.anchors {
		if an[0] == ia+1 && an[1] == ib+1 {
			continue // the counted word itself
		}
		near = near || absInt(an[0]-ia) <= maxCountReach && absInt(an[1]-ib) <= maxCountReach
	}
	if !near {
		return finding{}, false
	}
	return finding{kind: DivNumber,
		a: side{article: al.a.doc.art.ID, value: al.a.doc.art.Text[xa.start:xa.end], context: around(al.a, news.Mention{Start: xa.start, End: xa.end})},
		b: side{article: al.b.doc.art.ID, value: al.b.doc.art.Text[xb.start:xb.end], context: around(al.b, news.Mention{Start: xb.start, End: xb.end})}}, true
}

// maxCountReach is how many aligned words from both counts a shared word
// may stand for countFinding.
const maxCountReach = 3

// lonelyCount returns the seq index of v's one number that counts
// something (countable, and not a year or an ordinal such as "18th"), or
// -1 when it has none or several.
func lonelyCount(v *view) int {
	at := -1
	for p, t := range v.seq {
		if !countable(v, p) || isYear(t) || isOrdinal(t.norm) {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = p
	}
	return at
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func isOrdinal(norm string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}

// nextNorm returns the folded word after number t in its statement, "" at
// the end.
func nextNorm(v *view, t atok) string {
	if t.last+1 < len(v.toks) {
		return v.toks[t.last+1].Norm
	}
	return ""
}

// peopleCounts are the words a count of people (a toll, a crowd) is told
// with, in the languages the pipeline reads.
var peopleCounts = setOf(`people persons deaths dead victims lives residents casualties
personnes morts victimes menschen personen tote todesopfer opfer personas muertos victimas
persone morti vittime pessoas mortos vitimas человек людей погибших жертв`)

// nextKey returns the alignment key of the word after number t, or "".
func nextKey(v *view, t atok) string {
	for p := range v.seq {
		if v.seq[p].tok == t.tok && p+1 < len(v.seq) {
			return v.seq[p+1].key
		}
	}
	return ""
}

func isYear(t atok) bool {
	return t.value >= 1800 && t.value <= 2100 && t.value == float64(int(t.value)) && len(t.norm) == 4
}

func roleFinding(al *alignment, k, a0, a1, b0, b1 int, ca, cb string) (finding, bool) {
	roles := func(v *view, s0, s1 int) ([]int, bool) {
		var idx []int
		for p := s0; p < s1; p++ {
			if isRoleWord(v.seq[p].norm) {
				idx = append(idx, p)
			}
		}
		// Most of the gap must be title words, or it is other wording.
		return idx, 2*len(idx) >= s1-s0
	}
	ra, oka := roles(al.a, a0, a1)
	rb, okb := roles(al.b, b0, b1)
	if !oka || !okb || len(ra)+len(rb) == 0 {
		return finding{}, false
	}
	// The title noun the words attach to, when it is an anchor.
	anchor := -1
	switch {
	case k < len(al.anchors) && roleNouns[al.a.seq[al.anchors[k][0]].norm]:
		anchor = k
	case k > 0 && roleNouns[al.a.seq[al.anchors[k-1][0]].norm]:
		anchor = k - 1
	}
	if (len(ra) == 0 || len(rb) == 0) && anchor < 0 {
		return finding{}, false // a title word added to no title
	}
	// Compare whole titles, anchor included, so that "commander-in-chief"
	// against "chief" is one title and "deputy minister" against
	// "minister" two.
	wa, wb := ra, rb
	if anchor >= 0 {
		wa = append(slices.Clone(ra), al.anchors[anchor][0])
		wb = append(slices.Clone(rb), al.anchors[anchor][1])
	}
	if sameWords(al.a, wa, al.b, wb) {
		return finding{}, false
	}
	bounds := func(idx []int, col int) (int, int) {
		lo, hi := -1, -1
		if len(idx) > 0 {
			lo, hi = idx[0], idx[len(idx)-1]
		}
		if anchor >= 0 {
			p := al.anchors[anchor][col]
			if lo < 0 || p < lo {
				lo = p
			}
			if hi < 0 || p > hi {
				hi = p
			}
		}
		return lo, hi
	}
	alo, ahi := bounds(ra, 0)
	blo, bhi := bounds(rb, 1)
	// A title is a fact about someone named: "a Western diplomat" and "a
	// Libyan official", "his spokesman" and "the prime minister" are two
	// unnamed sources, not one person given two titles.
	if !namedNear(al.a, alo, ahi) || !namedNear(al.b, blo, bhi) {
		return finding{}, false
	}
	return mk(DivRole, al, al.a.text(alo, ahi), al.b.text(blo, bhi), ca, cb), true
}

// namedNear reports whether a capitalised word that starts no sentence and
// is neither a title word nor part of a date stands within three words of
// the aligned words lo..hi (a title): "Deputy Minister Ilyas Korovin",
// "Yakushkin, his spokesman", "Petrov, 62, a former commander", but not
// "a Western diplomat". A
// portfolio after the title ("minister of environment and water resources
// Ilias Korovine") widens the reach after it to eight words.
func namedNear(v *view, lo, hi int) bool {
	tlo, thi := v.seq[lo].tok, v.seq[hi].last
	text := v.doc.art.Text
	after := 3
	if thi+1 < len(v.toks) && (v.toks[thi+1].Norm == "of" || v.toks[thi+1].Norm == "for") {
		after = 8
	}
	for i := max(0, tlo-3); i <= min(len(v.toks)-1, thi+after); i++ {
		if i >= tlo && i <= thi {
			continue
		}
		t := v.toks[i]
		r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
		if !unicode.IsUpper(r) || isRoleWord(t.Norm) || startsSentence(text, t.Start) || inDates(v.dates, i) {
			continue
		}
		// Right before the title it qualifies the title ("a Western
		// diplomat", "Yeltsin's spokesman") unless a comma sets it apart.
		if i == tlo-1 && !strings.Contains(text[t.End:v.toks[tlo].Start], ",") {
			continue
		}
		return true
	}
	return false
}

// startsSentence reports whether the word at off opens a sentence: only
// spaces, quotes or brackets stand between it and the text's start, a
// line break or a full stop, question or exclamation mark.
func startsSentence(text string, off int) bool {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:off])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»([", r):
			off -= n
		default:
			return false
		}
	}
	return true
}

func inDates(dates []dateSpan, tok int) bool {
	for _, d := range dates {
		if tok >= d.i && tok <= d.j {
			return true
		}
	}
	return false
}

// sameWords reports whether two sets of title words name the same title,
// comparing synonymous titles (chief, head, commander) as one.
func sameWords(a *view, ia []int, b *view, ib []int) bool {
	set := func(v *view, idx []int) map[string]bool {
		m := make(map[string]bool)
		for _, p := range idx {
			n := v.seq[p].norm
			if c, ok := roleSynonyms[n]; ok {
				n = c
			}
			m[n] = true
		}
		return m
	}
	x, y := set(a, ia), set(b, ib)
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}
