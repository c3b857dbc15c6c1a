package claim

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/align"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Statements are aligned by the words they share, which a translation
// shares with its source only in names and numbers: a Russian edition of
// an English report would carry none of its claims and every one of its
// sentences would stand alone as a single-source claim. foldTranslations
// aligns the sentences of each article in a minority language with the
// articles of the story's main language that share most with it (package
// align: lengths and anchors, Gale & Church with Moore's anchors) and puts
// each translated statement with the statement it translates, as a copy
// of it: it then joins whatever claim that statement joins, and counts as
// carrying it, without its foreign words weighing on how the story's other
// statements group.

// translationPartners is how many articles of the main language each
// article in another language is aligned with: its source, or two
// rewrites of one source, is among the articles it shares most with.
const translationPartners = 2

// foldTranslations joins the nodes of translated statements to the nodes
// of the statements they translate (see above). Nothing happens in a story
// in one language.
func foldTranslations(docs []*doc, stmts []*stmt, f *folded, names Names) {
	perLang := map[string]int{}
	for _, d := range docs {
		if d.art.Language != "" {
			perLang[d.art.Language]++
		}
	}
	if len(perLang) < 2 {
		return
	}
	main := ""
	for l, n := range perLang {
		if n > perLang[main] || n == perLang[main] && l < main {
			main = l
		}
	}
	byDoc := make([][]int, len(docs))
	anchors := make([]map[string]bool, len(docs))
	for i, s := range stmts {
		byDoc[s.doc] = append(byDoc[s.doc], i)
		if anchors[s.doc] == nil {
			anchors[s.doc] = map[string]bool{}
		}
		for k := range s.slots {
			anchors[s.doc][k] = true
		}
		for k := range s.ents {
			anchors[s.doc][k] = true
		}
	}
	opt := align.Options{}
	if names != nil {
		opt.Entity = names.Lookup
	}
	profiles := make([]*align.Profile, len(docs))
	profile := func(i int) *align.Profile {
		if profiles[i] == nil {
			profiles[i] = align.NewProfile(docs[i].art, opt)
		}
		return profiles[i]
	}
	for di, d := range docs {
		if d.art.Language == "" || d.art.Language == main {
			continue
		}
		for _, pi := range partners(docs, anchors, di, main) {
			for _, p := range align.Align(profile(di), profile(pi), opt) {
				a := inSentence(stmts, byDoc[di], d.art, p.A)
				b := inSentence(stmts, byDoc[pi], docs[pi].art, p.B)
				// A sentence cut into clauses on one side only, or into a
				// different number of them, does not say which clause
				// translates which.
				if len(a) != len(b) {
					continue
				}
				for k := range a {
					f.join(stmts, a[k], b[k])
				}
			}
		}
	}
}

// partners returns up to translationPartners articles in language main
// that share the most numbers, dates and entities with article di, and at
// least one.
func partners(docs []*doc, anchors []map[string]bool, di int, main string) []int {
	type cand struct{ doc, shared int }
	var cs []cand
	for pi, p := range docs {
		if p.art.Language != main {
			continue
		}
		n := 0
		for k := range anchors[di] {
			if anchors[pi][k] {
				n++
			}
		}
		if n > 0 {
			cs = append(cs, cand{pi, n})
		}
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if c := cmp.Compare(y.shared, x.shared); c != 0 {
			return c
		}
		return cmp.Compare(x.doc, y.doc)
	})
	out := make([]int, 0, translationPartners)
	for _, c := range cs[:min(len(cs), translationPartners)] {
		out = append(out, c.doc)
	}
	return out
}

// inSentence returns the statements (of one article's, in text order)
// inside sentence i of a.
func inSentence(stmts []*stmt, own []int, a *news.Article, i int) []int {
	if i < 0 || i >= len(a.Sentences) {
		return nil
	}
	sn := a.Sentences[i]
	var out []int
	for _, m := range own {
		if s := stmts[m]; s.start >= sn.Start && s.end <= sn.End {
			out = append(out, m)
		}
	}
	return out
}

// join moves the node of statement x, with any copies of it, into the
// node of statement y, unless that would put two statements of one
// article in one node. The node's similarities were computed from its
// statement before the join, so the translation scores against the story
// as its source does; the two score with each other as two copies of the
// source would.
func (f *folded) join(stmts []*stmt, x, y int) {
	nx, ny := f.node[x], f.node[y]
	if nx == ny {
		return
	}
	docs := make(map[int]bool, len(f.members[ny]))
	for _, m := range f.members[ny] {
		docs[stmts[m].doc] = true
	}
	for _, m := range f.members[nx] {
		if docs[stmts[m].doc] {
			return
		}
	}
	if f.self[ny] == 0 {
		f.self[ny] = selfSimilarity(stmts[f.members[ny][0]])
	}
	for _, m := range f.members[nx] {
		f.node[m] = ny
	}
	f.members[ny] = append(f.members[ny], f.members[nx]...)
	slices.Sort(f.members[ny])
	f.members[nx] = nil
}

// translated reports whether two statements are in different languages,
// where their words do not compare (see compareTranslation).
func translated(a, b *view) bool {
	la, lb := a.doc.art.Language, b.doc.art.Language
	return la != "" && lb != "" && la != lb
}

// compareTranslation compares a statement with its translation: aligning
// their words would pair nothing and report every word as changed, so only
// what a translation keeps is compared. That is the entities named (as for
// copies: see compareCopies), who is quoted, and the numbers written in
// digits: when each side has exactly one number the other lacks, the
// translation changed it ("14" / "41").
func compareTranslation(a, b *view, names Names) []finding {
	fs := compareCopies(a, b, names)
	na, nb := digitNumbers(a), digitNumbers(b)
	var onlyA, onlyB []numberAt
	for _, x := range na {
		if !slices.ContainsFunc(nb, func(y numberAt) bool { return y.value == x.value }) {
			onlyA = append(onlyA, x)
		}
	}
	for _, y := range nb {
		if !slices.ContainsFunc(na, func(x numberAt) bool { return x.value == y.value }) {
			onlyB = append(onlyB, y)
		}
	}
	if len(onlyA) == 1 && len(onlyB) == 1 {
		x, y := onlyA[0], onlyB[0]
		fs = append(fs, finding{kind: DivNumber,
			a: side{article: a.doc.art.ID, value: x.text, context: around(a, news.Mention{Start: x.start, End: x.end})},
			b: side{article: b.doc.art.ID, value: y.text, context: around(b, news.Mention{Start: y.start, End: y.end})}})
	}
	return fs
}

// numberAt is a number written in digits in a statement.
type numberAt struct {
	value      float64
	text       string
	start, end int
}

// digitNumbers returns the numbers written in digits in v, with groups of
// three digits after a space joined to the number before them ("18 000",
// as French and Russian write thousands, is one number, not 18 and 0).
func digitNumbers(v *view) []numberAt {
	text := v.doc.art.Text
	var out []numberAt
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		if !isDigitStart(t.Norm) {
			continue
		}
		end := t.End
		digits := strings.ReplaceAll(strings.ReplaceAll(t.Norm, ",", ""), ".", "")
		for i+1 < len(v.toks) {
			nx := v.toks[i+1]
			gap := text[end:nx.Start]
			if len(nx.Norm) != 3 || !allDigits(nx.Norm) || !thousandsGap(gap) {
				break
			}
			digits += nx.Norm
			end = nx.End
			i++
		}
		if n, err := strconv.ParseFloat(digits, 64); err == nil {
			out = append(out, numberAt{value: n, text: text[t.Start:end], start: t.Start, end: end})
		}
	}
	return out
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// thousandsGap reports whether gap is one space of the kinds that separate
// groups of thousands: plain, no-break or thin.
func thousandsGap(gap string) bool {
	switch gap {
	case " ", "\u00a0", "\u202f", "\u2009":
		return true
	}
	return false
}
