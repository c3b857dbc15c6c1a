package claim

import (
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
	return diverge(arts, claims, names, true)
}

// diverge is Diverge with the shortcut for copies optional, so that tests
// can check it changes nothing.
func diverge(arts []*news.Article, claims []Claim, names Names, copies bool) []Divergence {
	docs := make(map[string]*doc)
	for _, a := range arts {
		if a != nil {
			docs[a.ID] = newDoc(a)
		}
	}
	ant := antonymSet()
	var out []Divergence
	for _, c := range claims {
		var views []*view
		for _, r := range c.Sentences {
			d := docs[r.Article]
			if d == nil || r.Start < 0 || r.End > len(d.art.Text) || r.Start >= r.End {
				continue
			}
			views = append(views, newView(d, r))
		}
		var fs []finding
		for i := 0; i < len(views); i++ {
			for j := i + 1; j < len(views); j++ {
				if views[i].doc.art.ID == views[j].doc.art.ID {
					continue
				}
				if copies && views[i].statement() == views[j].statement() {
					fs = append(fs, compareCopies(views[i], views[j], names)...)
					continue
				}
				fs = append(fs, compare(views[i], views[j], names, ant)...)
			}
		}
		out = append(out, merge(c.ID, fs)...)
	}
	return out
}

// merge groups a claim's findings into divergences: per kind, findings
// that share an (article, value) version belong together.
func merge(claimID string, fs []finding) []Divergence {
	parent := make(map[string]string)
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	key := func(kind string, s side) string { return kind + "\x00" + s.article + "\x00" + valueKey(kind, s.value) }
	for _, f := range fs {
		for _, s := range []side{f.a, f.b} {
			if _, ok := parent[key(f.kind, s)]; !ok {
				parent[key(f.kind, s)] = key(f.kind, s)
			}
		}
		ra, rb := find(key(f.kind, f.a)), find(key(f.kind, f.b))
		if ra != rb {
			parent[ra] = rb
		}
	}
	type acc struct {
		div   Divergence
		index map[string]int // folded value -> index in div.Values
		seen  map[string]bool
	}
	groups := make(map[string]*acc)
	var order []string
	for _, f := range fs {
		root := find(key(f.kind, f.a))
		g := groups[root]
		if g == nil {
			g = &acc{div: Divergence{Kind: f.kind, Claim: claimID}, index: make(map[string]int), seen: make(map[string]bool)}
			groups[root] = g
			order = append(order, root)
		}
		for _, s := range []side{f.a, f.b} {
			v := valueKey(f.kind, s.value)
			i, ok := g.index[v]
			if !ok {
				i = len(g.div.Values)
				g.index[v] = i
				g.div.Values = append(g.div.Values, Value{Value: oneLine(s.value), Context: oneLine(s.context)})
			}
			if !g.seen[v+"\x00"+s.article] {
				g.seen[v+"\x00"+s.article] = true
				g.div.Values[i].Articles = append(g.div.Values[i].Articles, s.article)
			}
		}
	}
	out := make([]Divergence, 0, len(order))
	for _, r := range order {
		if len(groups[r].div.Values) > 1 {
			out = append(out, groups[r].div)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return kindOrder[out[i].Kind] < kindOrder[out[j].Kind] })
	return out
}

// valueKey is the form in which two versions of a slot are the same
// value: folded text, and for a number its value ("Fourteen" and "14").
func valueKey(kind, value string) string {
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
func lcs(a, b []atok) [][2]int {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].key == b[j].key {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
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
		case dp[i+1][j] >= dp[i][j+1]:
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

// compare finds the divergences between two aligned statements.
func compare(a, b *view, names Names, ant map[[2]string]bool) []finding {
	al := &alignment{a: a, b: b, anchors: lcs(a.seq, b.seq)}
	var fs []finding
	for k := 0; k <= len(al.anchors); k++ {
		fs = append(fs, gapFindings(al, k)...)
	}
	if al.coverage() >= minMeaningCoverage {
		fs = append(fs, meaningFindings(al, ant)...)
	}

	if names != nil {
		fs = append(fs, mentionFindings(a, b, names)...)
	} else {
		fs = append(fs, spellingFindings(al)...)
	}
	fs = append(fs, quoteFindings(a, b)...)
	return fs
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
