package claim

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Divergence is a slot where the articles carrying one claim disagree.
type Divergence struct {
	Kind   string // DivNumber, DivDate, DivName, DivRole, DivQuote or DivMeaning
	Claim  string // Claim.ID
	Values []Value
}

// Value is one of the competing versions of a divergent slot.
type Value struct {
	Value    string
	Articles []string
	// Context is the aligned wording around the slot in the first article
	// carrying this value, for side-by-side display.
	Context string
}

// Kinds of Divergence.
const (
	DivNumber  = "number"
	DivDate    = "date"
	DivName    = "name"
	DivRole    = "role"
	DivQuote   = "quote_attribution"
	DivMeaning = "meaning"
)

var kindOrder = map[string]int{DivNumber: 0, DivDate: 1, DivName: 2, DivRole: 3, DivQuote: 4, DivMeaning: 5}

// quote is a quoted passage and who the text says spoke it.
type quote struct {
	start, end int // the quoted words, without the marks
	speaker    string
}

// finding is one difference between two aligned statements.
type finding struct {
	kind string
	a, b side
}

// side is one article's version in a finding.
type side struct {
	article, value, context string
}

// Diverge compares, claim by claim, the statements each article
// contributes and reports the slots where they differ. arts must hold the
// articles the claims point into (others are ignored); names may be nil,
// in which case names compare by spelling similarity. Findings of the same
// kind that share a version are merged, so "14" in two articles against
// "41" in one is one divergence with two values.
func Diverge(arts []*news.Article, claims []Claim, names Names) []Divergence {
	return diverge(arts, claims, names, true, true)
}

// diverge is Diverge with its shortcuts optional, so that tests can check
// they change nothing: copies skips aligning statements of the same words,
// reuse aligns each pair of distinct statement texts once (see textKey).
func diverge(arts []*news.Article, claims []Claim, names Names, copies, reuse bool) []Divergence {
	docs := make(map[string]*doc)
	for _, a := range arts {
		if a != nil {
			docs[a.ID] = newDoc(a)
		}
	}
	c := &comparer{names: names, ant: antonymSet(), ids: map[string]int{}, figures: map[*doc][][]string{}}
	c.antWords = firstWords(c.ant)
	if reuse {
		c.done = map[[2]int][]finding{}
	}
	var out []Divergence
	for _, cl := range claims {
		var views []*view
		for _, r := range cl.Sentences {
			d := docs[r.Article]
			if d == nil || r.Start < 0 || r.End > len(d.art.Text) || r.Start >= r.End {
				continue
			}
			v := newView(d, r)
			v.stmt = c.id(v.statement())
			v.key = -1
			if k := v.textKey(); reuse && k != "" {
				v.key = c.id(k)
			}
			views = append(views, v)
		}
		var fs []finding
		for i := 0; i < len(views); i++ {
			for j := i + 1; j < len(views); j++ {
				if views[i].doc.art.ID == views[j].doc.art.ID {
					continue
				}
				if copies && views[i].stmt == views[j].stmt {
					fs = append(fs, compareCopies(views[i], views[j], names)...)
					continue
				}
				start := len(fs)
				if translated(views[i], views[j]) {
					fs = append(fs, compareTranslation(views[i], views[j], names)...)
				} else {
					fs = c.compare(fs, views[i], views[j])
				}
				isNumber := func(f finding) bool { return f.kind == DivNumber }
				if slices.ContainsFunc(fs[start:], isNumber) && c.rowsElsewhere(views[i], views[j]) {
					fs = append(fs[:start], slices.DeleteFunc(fs[start:], isNumber)...)
				}
			}
		}
		out = append(out, merge(cl.ID, fs)...)
	}
	return out
}

// rowsElsewhere reports whether two statements of one claim are rows of
// one list paired wrongly: each article states the other's figures too,
// together in another sentence ("an aftershock 32 km deep, 102 km from
// Talca" in one article and "one 31 km deep, 125 km from Talca" in the
// other, both lists holding both rows). Their figures differ because the
// rows do; a report whose toll rose ("60 dead, 173 hurt" against "65
// dead, 180 hurt") states its own figures only, and still diverges. A
// number in brackets is the one before it converted ("110 mph (177
// kph)"), not a figure of its own.
func (c *comparer) rowsElsewhere(a, b *view) bool {
	fa, fb := figuresOf(a.doc.art.Text, a.ref.Start, digitNumbers(a)), figuresOf(b.doc.art.Text, b.ref.Start, digitNumbers(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	return c.statesElsewhere(a.doc, a.ref, fb) && c.statesElsewhere(b.doc, b.ref, fa)
}

// statesElsewhere reports whether a sentence of d other than the one at
// ref holds every figure of want.
func (c *comparer) statesElsewhere(d *doc, ref Ref, want []string) bool {
	sents, ok := c.figures[d]
	if !ok {
		for _, s := range d.sents {
			v := newView(d, Ref{Article: d.art.ID, Start: s.Start, End: s.End})
			sents = append(sents, figuresOf(d.art.Text, s.Start, digitNumbers(v)))
		}
		c.figures[d] = sents
	}
	for k, s := range d.sents {
		if s.Start <= ref.Start && ref.End <= s.End {
			continue // the statement's own sentence
		}
		if !slices.ContainsFunc(want, func(w string) bool {
			return !slices.ContainsFunc(sents[k], func(f string) bool { return sameFigure(f, w) })
		}) {
			return true
		}
	}
	return false
}

// figuresOf returns the keys of the numbers outside brackets.
func figuresOf(text string, start int, ns []numberAt) []string {
	var out []string
	for _, n := range ns {
		if !inBrackets(text, start, n.start) {
			out = append(out, n.key)
		}
	}
	return out
}

// firstWords returns the words the antonym pairs start with (each pair is
// there both ways round, so these are all their words).
func firstWords(ant map[[2]string]bool) map[string]bool {
	out := make(map[string]bool, len(ant))
	for p := range ant {
		out[p[0]] = true
	}
	return out
}

// comparer compares the statements of one Diverge call.
type comparer struct {
	names    Names
	ant      map[[2]string]bool
	antWords map[string]bool // see meaningFindings
	// ids numbers statement texts and text keys.
	ids map[string]int
	// done holds the findings of each pair of text keys aligned so far,
	// nil when they are not reused.
	done map[[2]int][]finding
	// figures holds the numbers of each sentence of an article, read
	// when a pair first needs them (see rowsElsewhere).
	figures map[*doc][][]string
}

func (c *comparer) id(s string) int {
	n, ok := c.ids[s]
	if !ok {
		n = len(c.ids)
		c.ids[s] = n
	}
	return n
}

// compare is compare, with the findings that depend only on the two
// statements' texts worked out once per pair of texts: a claim of a big
// story is carried by hundreds of articles in a handful of wordings, and
// aligning every pair of articles again was the largest cost of Diverge.
// It appends them to dst.
func (c *comparer) compare(dst []finding, a, b *view) []finding {
	if c.done == nil || a.key < 0 || b.key < 0 {
		return append(dst, compare(a, b, c.names, c.ant)...)
	}
	k := [2]int{a.key, b.key}
	fs, ok := c.done[k]
	if !ok {
		fs = textFindings(newAlignment(a, b), c.names == nil, c.ant, c.antWords)
		c.done[k] = fs
	}
	for _, f := range fs {
		f.a.article, f.b.article = a.doc.art.ID, b.doc.art.ID
		dst = append(dst, f)
	}
	return append(dst, articleFindings(a, b, c.names)...)
}

// merge groups a claim's findings into divergences: per kind, findings
// that share an (article, value) version belong together. A claim carried
// by hundreds of articles in two wordings yields a finding per pair of
// them, so versions are numbered once and grouped by number.
func merge(claimID string, fs []finding) []Divergence {
	type valueID struct{ kind, value string }
	type sideID struct {
		kind, article string
		value         int
	}
	values := map[valueID]int{} // (kind, value) -> number of its valueKey
	keys := map[string]int{}    // valueKey -> number
	valueOf := func(kind, v string) int {
		id, ok := values[valueID{kind, v}]
		if !ok {
			k := valueKey(kind, v)
			if id, ok = keys[k]; !ok {
				id = len(keys)
				keys[k] = id
			}
			values[valueID{kind, v}] = id
		}
		return id
	}
	nodes := map[sideID]int{}
	var parent []int
	node := func(kind string, s side) int {
		k := sideID{kind, s.article, valueOf(kind, s.value)}
		n, ok := nodes[k]
		if !ok {
			n = len(parent)
			nodes[k] = n
			parent = append(parent, n)
		}
		return n
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	ends := make([][2]int, len(fs))
	for i, f := range fs {
		ends[i] = [2]int{node(f.kind, f.a), node(f.kind, f.b)}
		ra, rb := find(ends[i][0]), find(ends[i][1])
		if ra != rb {
			parent[ra] = rb
		}
	}
	type seenID struct {
		value   int
		article string
	}
	type acc struct {
		div   Divergence
		index map[int]int // value number -> index in div.Values
		seen  map[seenID]bool
	}
	groups := make(map[int]*acc)
	var order []int
	for i, f := range fs {
		root := find(ends[i][0])
		g := groups[root]
		if g == nil {
			g = &acc{div: Divergence{Kind: f.kind, Claim: claimID}, index: make(map[int]int), seen: make(map[seenID]bool)}
			groups[root] = g
			order = append(order, root)
		}
		for _, s := range []side{f.a, f.b} {
			v := valueOf(f.kind, s.value)
			i, ok := g.index[v]
			if !ok {
				i = len(g.div.Values)
				g.index[v] = i
				g.div.Values = append(g.div.Values, Value{Value: oneLine(s.value), Context: oneLine(s.context)})
			}
			if !g.seen[seenID{v, s.article}] {
				g.seen[seenID{v, s.article}] = true
				g.div.Values[i].Articles = append(g.div.Values[i].Articles, s.article)
			}
		}
	}
	out := make([]Divergence, 0, len(order))
	for _, r := range order {
		if groups[r].div.Kind == DivName {
			foldShortNames(&groups[r].div)
		}
		if len(groups[r].div.Values) > 1 {
			out = append(out, groups[r].div)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return kindOrder[out[i].Kind] < kindOrder[out[j].Kind] })
	return out
}

// foldShortNames moves the articles of a name value that is the last
// words of exactly one longer value ("Korovin" of "Ilyas Korovin") to that
// value: an article naming a man by his surname, once he is introduced,
// spells him no differently. Beside two full spellings ("Ilyas Korovin",
// "Ilias Korovine") it goes with the one it ends; if it ends both it
// stays, as it cannot say which it follows.
func foldShortNames(d *Divergence) {
	words := make([][]string, len(d.Values))
	for i, v := range d.Values {
		words[i] = strings.Fields(fold(v.Value))
	}
	into := make([]int, len(d.Values))
	for i := range d.Values {
		into[i] = -1
		for j := range d.Values {
			if j == i || len(words[j]) <= len(words[i]) || !slices.Equal(words[j][len(words[j])-len(words[i]):], words[i]) {
				continue
			}
			if into[i] >= 0 {
				into[i] = -2 // ends two longer values
				break
			}
			into[i] = j
		}
	}
	// A value folds into a full spelling, not into another short form.
	folds := func(i int) bool { return into[i] >= 0 && into[into[i]] < 0 }
	for i, v := range d.Values {
		if folds(i) {
			for _, a := range v.Articles {
				if !slices.Contains(d.Values[into[i]].Articles, a) {
					d.Values[into[i]].Articles = append(d.Values[into[i]].Articles, a)
				}
			}
		}
	}
	var kept []Value
	for i, v := range d.Values {
		if !folds(i) {
			kept = append(kept, v)
		}
	}
	d.Values = kept
}

// valueKey is the form in which two versions of a slot are the same
// value: folded text, and for a number its value ("Fourteen" and "14").
func valueKey(kind, value string) string {
	if kind == DivDate && strings.HasSuffix(value, ")") {
		// A translation's weekday or month with its English name
		// ("lundi (Monday)", see calendarFinding) is that name.
		if i := strings.LastIndex(value, " ("); i >= 0 {
			value = value[i+2 : len(value)-1]
		}
	}
	if kind == DivDate {
		// One time written each language's way ("6h30", "6:30am",
		// "06:30") is one value; a 12-hour time without a.m. or p.m.
		// is read as the morning's.
		if ts := clockTimes(value, 0, len(value)); len(ts) == 1 && ts[0].start == 0 && ts[0].end == len(value) {
			return fmt.Sprintf("%02d:%02d", ts[0].min/60, ts[0].min%60)
		}
	}
	v := fold(oneLine(value))
	if kind == DivNumber {
		if n, ok := numberValue(v); ok {
			return "#" + formatNumber(n)
		}
	}
	return v
}

// oneLine collapses runs of white space, line breaks included, to one
// space: wire copy wraps lines mid-sentence.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// view is one statement prepared for word alignment.
type view struct {
	doc   *doc
	ref   Ref
	toks  []news.Token
	seq   []atok
	dates []dateSpan
	// stmt numbers the statement's text and key its textKey (-1 for none)
	// among those of one Diverge call.
	stmt, key int
}

// atok is a token that takes part in alignment: content words, numbers and
// negations (which stop lists drop but which carry the sense).
type atok struct {
	key        string
	norm       string
	tok        int // index into view.toks of the first token
	last       int // index of the last token (numbers may span two)
	neg        bool
	num        bool
	value      float64
	start, end int
}

func newView(d *doc, r Ref) *view {
	v := &view{doc: d, ref: r, toks: d.tokensIn(r.Start, r.End)}
	text := d.art.Text
	v.dates = findDates(text, v.toks)
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		a := atok{norm: t.Norm, tok: i, last: i, start: t.Start, end: t.End}
		if n, ok := numberValue(t.Norm); ok && (isDigitStart(t.Norm) || numberWords[t.Norm] > 0) {
			// "two dozen", "3 million": one number.
			if i+1 < len(v.toks) {
				if m, ok := multipliers[v.toks[i+1].Norm]; ok && n < m {
					n *= m
					i++
					a.last, a.end = i, v.toks[i].End
				}
			}
			a.num, a.value, a.key = true, n, "#"+formatNumber(n)
		} else if isNegation(text, t.Norm, t.Start) {
			a.neg, a.key = true, "¬"
		} else if t.Stop {
			continue
		} else {
			a.key = canon(t.Norm, t.Stem)
		}
		v.seq = append(v.seq, a)
	}
	return v
}

// text returns the source text of seq items [i, j] inclusive.
func (v *view) text(i, j int) string {
	return v.doc.art.Text[v.seq[i].start:v.seq[j].end]
}

// lcs aligns two sequences by key and returns the matched index pairs.
// The table is one allocation, row i at dp[i*w:]: lcs runs for every pair
// of differing statements of a claim.
func lcs(a, b []atok) [][2]int {
	n, m := len(a), len(b)
	w := m + 1
	dp := make([]int, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].key == b[j].key {
				dp[i*w+j] = dp[(i+1)*w+j+1] + 1
			} else {
				dp[i*w+j] = max(dp[(i+1)*w+j], dp[i*w+j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i].key == b[j].key:
			out = append(out, [2]int{i, j})
			i++
			j++
		case dp[(i+1)*w+j] >= dp[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// alignment is the word alignment of two views: anchors (matched pairs)
// and the gaps between them.
type alignment struct {
	a, b    *view
	anchors [][2]int
}

// gap returns the seq ranges [a0, a1) and [b0, b1) of gap k, the stretch
// before anchor k (k == len(anchors) is the tail).
func (al *alignment) gap(k int) (a0, a1, b0, b1 int) {
	if k > 0 {
		a0, b0 = al.anchors[k-1][0]+1, al.anchors[k-1][1]+1
	}
	a1, b1 = len(al.a.seq), len(al.b.seq)
	if k < len(al.anchors) {
		a1, b1 = al.anchors[k][0], al.anchors[k][1]
	}
	return
}

// gapOf returns the gap index holding seq position p of side a (or b).
func (al *alignment) gapOf(p int, onA bool) int {
	col := 1
	if onA {
		col = 0
	}
	return sort.Search(len(al.anchors), func(k int) bool { return al.anchors[k][col] > p })
}

// region returns the wording of gaps k0..k1 with the anchors around them,
// on both sides.
func (al *alignment) region(k0, k1 int) (string, string) {
	span := func(v *view, col int) string {
		start, end := v.ref.Start, v.ref.End
		if k0 > 0 {
			start = v.seq[al.anchors[k0-1][col]].start
		}
		if k1 < len(al.anchors) {
			end = v.seq[al.anchors[k1][col]].end
		}
		return strings.TrimSpace(v.doc.art.Text[start:end])
	}
	return span(al.a, 0), span(al.b, 1)
}

// minSlotCoverage is the share of the shorter statement's words the
// alignment must match before a changed number, date or role is read off
// it. Claims group statements that share a few telling words, and in a
// story that runs for weeks two of them can be two facts: "Netanyahu on
// Sunday accused…" / "Netanyahu on Wednesday briefed…", "two men" / "three
// men" in different sentences about one case. On DUC 2004, 0.3 removes 20
// of 97 divergences, about 16 of them such pairs by our reading; 0.4 would
// also remove the SpaceNews/Space.com month on the benchmark pages.
const minSlotCoverage = 0.3

// minMeaningCoverage is the share of the shorter statement's words the
// alignment must match before an antonym or a negation counts as a flip:
// in loosely related statements a "not" is new wording, not a reversal.
const minMeaningCoverage = 0.5

// coverage is the share of the shorter statement's aligned words matched.
func (al *alignment) coverage() float64 {
	n := min(len(al.a.seq), len(al.b.seq))
	if n == 0 {
		return 0
	}
	return float64(len(al.anchors)) / float64(n)
}

// compare finds the divergences between two aligned statements, as
// plainly as it can: the reference comparer.compare must match.
func compare(a, b *view, names Names, ant map[[2]string]bool) []finding {
	fs := textFindings(newAlignment(a, b), names == nil, ant, nil)
	return append(fs, articleFindings(a, b, names)...)
}

func newAlignment(a, b *view) *alignment {
	return &alignment{a: a, b: b, anchors: lcs(a.seq, b.seq)}
}

// textFindings are the findings that depend only on the two statements'
// texts: changed numbers, dates, roles, meaning and, without entity
// resolution (spelling), names.
func textFindings(al *alignment, spelling bool, ant map[[2]string]bool, antWords map[string]bool) []finding {
	var fs []finding
	if al.coverage() >= minSlotCoverage {
		for k := 0; k <= len(al.anchors); k++ {
			fs = append(fs, gapFindings(al, k)...)
		}
		if !slices.ContainsFunc(fs, func(f finding) bool { return f.kind == DivNumber }) {
			if f, ok := countFinding(al); ok {
				fs = append(fs, f)
			}
		}
	}
	if al.coverage() >= minMeaningCoverage {
		fs = append(fs, meaningFindings(al, ant, antWords)...)
	}
	if spelling {
		fs = append(fs, spellingFindings(al)...)
	}
	return fs
}

// articleFindings are the findings that depend on the articles around the
// statements: which entity a name resolves to, who a quotation is given to.
func articleFindings(a, b *view, names Names) []finding {
	var fs []finding
	if names != nil {
		fs = mentionFindings(a, b, names)
	}
	return append(fs, quoteFindings(a, b)...)
}

// textKey is what a view's text findings are worked out from: the
// statement, its tokens placed relative to it, and its negations (whose
// reading looks at the text before a word). Two views with the same key
// give the same text findings, but for the article they name. It is ""
// when a token reaches outside the statement.
func (v *view) textKey() string {
	var b strings.Builder
	b.WriteString(v.statement())
	for _, t := range v.toks {
		if t.Start < v.ref.Start || t.End > v.ref.End {
			return ""
		}
		fmt.Fprintf(&b, "\x00%d %d %s %s %t", t.Start-v.ref.Start, t.End-v.ref.Start, t.Norm, t.Stem, t.Stop)
	}
	b.WriteString("\x00neg")
	for _, x := range v.seq {
		if x.neg {
			fmt.Fprintf(&b, " %d", x.tok)
		}
	}
	return b.String()
}

// compareCopies is compare for two statements of the same words, as
// syndicated copies are: the words align one to one, so no number, date,
// wording or spelling differs, and only what the articles around them say
// can (who is quoted, which entity a name resolves to). Skipping the
// alignment matters when a report is copied by hundreds of sites: a claim
// then has hundreds of copies to compare pairwise.
func compareCopies(a, b *view, names Names) []finding {
	var fs []finding
	if names != nil {
		fs = mentionFindings(a, b, names)
	}
	return append(fs, quoteFindings(a, b)...)
}

// statement is the statement as its article has it.
func (v *view) statement() string { return v.doc.art.Text[v.ref.Start:v.ref.End] }

func mk(kind string, al *alignment, va, vb, ca, cb string) finding {
	return finding{kind: kind,
		a: side{article: al.a.doc.art.ID, value: va, context: ca},
		b: side{article: al.b.doc.art.ID, value: vb, context: cb}}
}
