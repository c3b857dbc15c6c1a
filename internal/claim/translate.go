package claim

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/align"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// Statements are aligned by the words they share, which a translation
// shares with its source only in names and numbers: a Russian edition of
// an English report would carry none of its claims and every one of its
// sentences would stand alone as a single-source claim. findTranslations
// aligns the sentences of each article in a minority language with the
// article of the story's main language it translates, the one of those
// sharing most with it that the alignment covers best (package align:
// lengths and anchors, Gale & Church with Moore's anchors), and notes which
// statement each translated statement translates. Those are
// held out of the grouping, which is then what it would be without the
// translations, and join the claim of their source afterwards
// (translations.place): a translation carries what its source carries
// without its foreign words, or its repeating its source, weighing on how
// the story's other statements group.

// translationPartners is how many articles of the main language, those
// sharing most numbers, dates and entities with it, each article in
// another language is aligned with to find its source among them.
const translationPartners = 3

// translations maps each node of translated statements (its copies in
// several articles of one language are one node) to the statement it
// translates, and to further statements whose claims it carries too.
type translations map[int]translatedFrom

// translatedFrom is what a translated node says: statement stmt, and also
// the claims of the statements in also.
type translatedFrom struct {
	stmt int
	also []int
}

// findTranslations aligns the articles of minority languages with their
// likeliest sources, records the translated nodes and holds them out of
// the grouping (folded.out). Nothing happens in a story in one language.
func findTranslations(docs []*doc, stmts []*stmt, f *folded, names Names) translations {
	perLang := map[string]int{}
	for _, d := range docs {
		if d.art.Language != "" {
			perLang[d.art.Language]++
		}
	}
	if len(perLang) < 2 {
		return nil
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
	t := translations{}
	for di, d := range docs {
		if d.art.Language == "" || d.art.Language == main {
			continue
		}
		// The source is the candidate whose sentences the translation
		// covers best (align.Coverage tells a translation's own source
		// from another report of the story for 98-100% of MultiLing 2011
		// translations). Only its pairs count: a sentence aligned with a
		// second, independent report would make that report's claim look
		// corroborated by the source's outlet.
		var best []align.Pair
		bestCover, pi := 0.0, -1
		for _, c := range partners(docs, anchors, di, main) {
			pairs := align.Align(profile(di), profile(c), opt)
			if cov := align.Coverage(pairs, len(d.art.Sentences), len(docs[c].art.Sentences)); cov > bestCover {
				best, bestCover, pi = pairs, cov, c
			}
		}
		if pi >= 0 && translates(best, len(d.art.Sentences), bestCover) {
			for _, p := range best {
				a := inSentence(stmts, byDoc[di], d.art, p.A)
				b := inSentence(stmts, byDoc[pi], docs[pi].art, p.B)
				switch {
				case len(a) == len(b):
					for k := range a {
						t.add(docs, stmts, f, main, a[k], b[k], nil)
					}
				case len(a) == 1 && len(b) > 1:
					// A sentence the source cut into clauses: the whole
					// translation carries each clause's claim.
					t.add(docs, stmts, f, main, a[0], b[0], b[1:])
				}
				// Otherwise which clause translates which is unknown.
			}
		}
	}
	if len(t) > 0 {
		f.out = make([]bool, len(f.members))
		for n := range t {
			f.out[n] = true
		}
	}
	return t
}

// add records that statement x translates statement y. The first
// alignment to claim a node wins: partners come best first, and a weaker
// alignment with a second article (a length-only pair next to a
// paragraph only the translation has) must not move it. A node holding a
// statement of the main language is never a translation.
func (t translations) add(docs []*doc, stmts []*stmt, f *folded, main string, x, y int, also []int) {
	nx := f.node[x]
	if _, ok := t[nx]; ok {
		return
	}
	for _, m := range f.members[nx] {
		if docs[stmts[m].doc].art.Language == main {
			return
		}
	}
	t[nx] = translatedFrom{y, also}
	for _, m := range f.members[nx] {
		// Commentary and filler are judged from English words; a
		// translation is what its source is.
		stmts[m].commentary, stmts[m].filler, stmts[m].embedded = stmts[y].commentary, stmts[y].filler, stmts[y].embedded
	}
}

// place puts each translated node into the group of the statement it
// translates, and among the extra members of every group that statement
// is an extra member of, where no statement of the same article is
// already; a node that fits nowhere becomes a group of its own.
func (t translations) place(stmts []*stmt, f *folded, groups, extras [][]int) ([][]int, [][]int) {
	if len(t) == 0 {
		return groups, extras
	}
	ownGroup := map[int]int{}
	for gi, g := range groups {
		for _, m := range g {
			ownGroup[m] = gi
		}
	}
	extraOf := map[int][]int{}
	for gi, ex := range extras {
		for _, m := range ex {
			extraOf[m] = append(extraOf[m], gi)
		}
	}
	free := func(members []int, ms []int) bool {
		for _, a := range members {
			for _, b := range ms {
				if stmts[a].doc == stmts[b].doc {
					return false
				}
			}
		}
		return true
	}
	nodes := make([]int, 0, len(t))
	for n := range t {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	asExtra := func(h int, ms []int) {
		if free(groups[h], ms) && free(extras[h], ms) {
			extras[h] = append(extras[h], ms...)
		}
	}
	for _, n := range nodes {
		ms, src := f.members[n], t[n]
		g, ok := ownGroup[src.stmt]
		if !ok || !free(groups[g], ms) {
			groups = append(groups, slices.Clone(ms))
			extras = append(extras, nil)
			continue
		}
		groups[g] = append(groups[g], ms...)
		for _, y := range append([]int{src.stmt}, src.also...) {
			for _, h := range extraOf[y] {
				asExtra(h, ms)
			}
			if h, ok := ownGroup[y]; ok && h != g {
				asExtra(h, ms)
			}
		}
	}
	return groups, extras
}

// minTranslationCover is the least share of both articles' sentences the
// alignment must cover, and minOwnCover the least share of the
// translation's own (an abridged translation covers its own sentences but
// few of its source's), for a pair to be a translation and its source.
// The aligner pairs some sentences of any two articles that share a few
// numbers, and the best-covering candidate is not always a translation:
// on the extraction benchmark's pages an Italian list of deals "translated"
// a school sports roundup (coverage 0.17) and gave its claims a second
// origin. On three MultiLing 2011 topics, translations and their sources
// cover 0.64 or more (5th percentile 0.80); a translation against another
// report of its topic 0.53 at most, and unrelated pages 0.22 at most.
const (
	minTranslationCover = 0.6
	minOwnCover         = 0.75
)

// translates reports whether pairs, aligning an article of n sentences
// with the candidate that covers the two best (cover), make it a
// translation of that candidate.
func translates(pairs []align.Pair, n int, cover float64) bool {
	if cover >= minTranslationCover {
		return true
	}
	own := map[int]bool{}
	for _, p := range pairs {
		own[p.A] = true
	}
	return n > 0 && float64(len(own)) >= minOwnCover*float64(n)
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

// translated reports whether two statements are in different languages,
// where their words do not compare (see compareTranslation).
func translated(a, b *view) bool {
	la, lb := a.doc.art.Language, b.doc.art.Language
	return la != "" && lb != "" && la != lb
}

// compareTranslation compares a statement with its translation: aligning
// their words would pair nothing and report every word as changed, so only
// what a translation keeps is compared. That is the entities named (as for
// copies: see compareCopies), who is quoted, the weekday or month named
// (one on each side, not the same: see calendarNames), the time of day
// (see clockFinding), and the numbers written in digits: when each side
// has exactly one number the other lacks, the translation changed it
// ("14" / "41").
func compareTranslation(a, b *view, names Names) []finding {
	fs := compareCopies(a, b, names)
	na, nb := digitNumbers(a), digitNumbers(b)
	var onlyA, onlyB []numberAt
	for _, x := range na {
		if !slices.ContainsFunc(nb, func(y numberAt) bool { return sameFigure(x.key, y.key) }) {
			onlyA = append(onlyA, x)
		}
	}
	for _, y := range nb {
		if !slices.ContainsFunc(na, func(x numberAt) bool { return sameFigure(x.key, y.key) }) {
			onlyB = append(onlyB, y)
		}
	}
	da, ma := calendarNames(a)
	db, mb := calendarNames(b)
	for _, pair := range [][2][]calendarAt{{da, db}, {ma, mb}} {
		if f, ok := calendarFinding(a, b, pair[0], pair[1]); ok {
			fs = append(fs, f)
		}
	}
	if f, ok := clockFinding(a, b); ok {
		fs = append(fs, f)
	}
	if len(onlyA) == 1 && len(onlyB) == 1 && comparableFigures(a, onlyA[0], b, onlyB[0]) {
		x, y := onlyA[0], onlyB[0]
		fs = append(fs, finding{kind: DivNumber,
			a: side{article: a.doc.art.ID, value: x.text, context: around(a, news.Mention{Start: x.start, End: x.end})},
			b: side{article: b.doc.art.ID, value: y.text, context: around(b, news.Mention{Start: y.start, End: y.end})}})
	}
	return fs
}

// clockFinding reports a time of day a translation changed: each side has
// one time the other lacks ("7:20" / "7h30", "12pm" / "24:00"). Times
// stay out of the number pairing (see comparableFigures), where "6h30"
// would face "6" and "13:40" would face "1". A time in brackets is the
// same time in another zone ("8:00 (18:00 UTC)"), which one translation
// gives and another leaves out, so it is never the changed one; but it
// counts as a time the other side lacks, so that two statements about
// two events ("at 06:44 (09:44 UTC)" / "at 06:57 (09:57 UTC)", two
// aftershocks wrongly taken as one claim) differ by two and are not
// compared.
func clockFinding(a, b *view) (finding, bool) {
	ta := clockTimes(a.doc.art.Text, a.ref.Start, a.ref.End)
	tb := clockTimes(b.doc.art.Text, b.ref.Start, b.ref.End)
	onlyA := slices.DeleteFunc(slices.Clone(ta), func(x clockAt) bool { return slices.ContainsFunc(tb, x.same) })
	onlyB := slices.DeleteFunc(slices.Clone(tb), func(y clockAt) bool { return slices.ContainsFunc(ta, y.same) })
	if len(onlyA) != 1 || len(onlyB) != 1 {
		return finding{}, false
	}
	x, y := onlyA[0], onlyB[0]
	if inBrackets(a.doc.art.Text, a.ref.Start, x.start) || inBrackets(b.doc.art.Text, b.ref.Start, y.start) {
		return finding{}, false
	}
	return finding{kind: DivDate,
		a: side{article: a.doc.art.ID, value: a.doc.art.Text[x.start:x.end], context: around(a, news.Mention{Start: x.start, End: x.end})},
		b: side{article: b.doc.art.ID, value: b.doc.art.Text[y.start:y.end], context: around(b, news.Mention{Start: y.start, End: y.end})}}, true
}

// comparableFigures reports whether the one number each translation has
// that the other lacks can be one figure changed: both plain figures, and
// both years or neither. A time or duration written as one word ("6h30",
// "51'03", "37s", "07:50"), part of a date ("31/12"), a zero-padded
// number or a decade ("80s") is each language's own way of writing, and
// a year facing a count is two different slots.
func comparableFigures(a *view, x numberAt, b *view, y numberAt) bool {
	return plainFigure(a.doc.art.Text, x) && plainFigure(b.doc.art.Text, y) && yearLike(x.key) == yearLike(y.key)
}

func plainFigure(text string, n numberAt) bool {
	if strings.HasPrefix(n.text, "0") && len(n.text) > 1 && n.text[1] != '.' && n.text[1] != ',' {
		return false
	}
	if strings.IndexFunc(n.text, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' || r == ':' }) >= 0 {
		return false
	}
	before, after := text[:n.start], text[n.end:]
	for _, c := range []string{"/", ":", "'", "’"} {
		if strings.HasSuffix(before, c) || strings.HasPrefix(after, c) {
			return false
		}
	}
	// A letter right after the number ("37s", "51د", "2m") makes it a
	// measure written as one word.
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
		return false
	}
	return true
}

// yearLike reports whether a number's key reads as a year (1800 to 2100).
func yearLike(key string) bool {
	if len(key) != 4 {
		return false
	}
	n := 0
	for _, r := range key {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return n >= 1800 && n <= 2100
}

// sameFigure reports whether two numbers of translations are one figure
// written with another multiplier: "350 million" is "350" before a word
// for million in one language and "350000000" in another, "60,5 milionů"
// is "60.5 million", "100 tisíc" is "100000". Their significant digits
// are the same; a changed figure ("2004" / "2006") changes them.
func sameFigure(a, b string) bool {
	return a == b || significant(a) == significant(b)
}

// significant returns the digits of a number without its decimal point and
// its leading and trailing zeros ("60.5" and "60500000" give "605").
func significant(n string) string {
	d := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, n)
	return strings.Trim(d, "0")
}

// numberAt is a number written in digits in a statement.
type numberAt struct {
	key        string // see textproc.ReadNumber
	text       string
	start, end int
}

// digitNumbers returns the numbers written in digits in v, with groups of
// thousands after a space joined ("18 000" is one number, not 18 and 0).
func digitNumbers(v *view) []numberAt {
	text := v.doc.art.Text
	var out []numberAt
	for i := 0; i < len(v.toks); i++ {
		if !isDigitStart(v.toks[i].Norm) {
			continue
		}
		key, last, ok := textproc.ReadNumber(text, v.toks, i)
		if !ok {
			continue
		}
		start, end := v.toks[i].Start, v.toks[last].End
		out = append(out, numberAt{key: key, text: text[start:end], start: start, end: end})
		i = last
	}
	return out
}
