// Package entity is the pipeline stage after textproc: it finds the names of
// people, organisations and places in each article (Mentions, stored in
// Article.Mentions) and resolves them across the articles of one story
// (Resolve), so that "Sergei Lavrov", "Sergey Lavrov" and "Lavrov", or
// "Council on Foreign Relations" and "CFR", count as one entity. Claims use
// the resolved Set to tell a real change of name from a spelling variant.
//
// No trained model is used: mentions come from capitalisation, context cues
// and small hand-written word lists and gazetteers, so the same rules work on
// any language that writes names with capitals and find nothing, quietly, in
// scripts without case.
package entity

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Mentions returns the name mentions of a, ordered by offset. It reads
// a.Text, a.Sentences (the whole text is one sentence when they are missing)
// and a.Language; spans are byte offsets into a.Text.
func Mentions(a *news.Article) []news.Mention {
	if a == nil || a.Text == "" {
		return nil
	}
	f := &finder{text: a.Text, german: strings.HasPrefix(strings.ToLower(a.Language), "de")}
	f.segs = segments(a.Text, sentenceRanges(a))
	f.scan()
	for _, ws := range f.segs {
		f.spans(ws, f.titleCase(ws))
	}
	return f.finish()
}

func sentenceRanges(a *news.Article) [][2]int {
	n := len(a.Text)
	var out [][2]int
	for _, s := range a.Sentences {
		lo, hi := max(s.Start, 0), min(s.End, n)
		if lo < hi {
			out = append(out, [2]int{lo, hi})
		}
	}
	if len(out) == 0 {
		out = append(out, [2]int{0, n})
	}
	return out
}

// finder holds one article's words and what is known about them.
type finder struct {
	text   string
	german bool // German capitalises every noun, so lone capitals need more evidence
	segs   [][]word
	lower  map[string]bool // words seen starting with a lower-case letter
	capMid map[string]bool // words seen capitalised inside a sentence of running text
	out    []news.Mention
}

// scan collects the article-wide evidence used to judge single words.
func (f *finder) scan() {
	f.lower = make(map[string]bool)
	f.capMid = make(map[string]bool)
	for _, ws := range f.segs {
		title := f.titleCase(ws)
		for _, w := range ws {
			switch {
			case !w.cap && !w.digit:
				f.lower[w.key] = true
			case w.cap && !w.initial && !title:
				f.capMid[w.key] = true
			}
		}
	}
}

// titleCase reports whether a segment is a headline in Title Case, where
// capitals say nothing about names.
func (f *finder) titleCase(ws []word) bool {
	n, c := 0, 0
	for _, w := range ws {
		if w.digit {
			continue
		}
		if !w.cap {
			if headlineLower[w.key] || particles[w.key] {
				continue
			}
			return false // running text has lower-case words headlines capitalise
		}
		if breakWords[w.key] {
			continue
		}
		n++
		if w.cap {
			c++
		}
	}
	return n >= 4 && c*5 >= n*4
}

// headlineLower are the words Title Case leaves in lower case.
var headlineLower = wordSet(`a an the and or but nor for on at to by of in into with from as vs via per up off over`)

func known(key string) bool {
	_, gaz := gazetteer[key]
	return gaz || isFirstName(key)
}

func gaz(key string) (gazEntry, bool) {
	if e, ok := gazetteer[key]; ok {
		return e, true
	}
	e, ok := gazetteer["the "+key]
	return e, ok
}

// nameWord reports whether ws[i] may be part of a name.
func (f *finder) nameWord(ws []word, i int, title bool) bool {
	w := ws[i]
	if !w.cap || w.digit || breakWords[w.key] || calendarWords[w.key] {
		return false
	}
	if w.caps && !known(w.key) && (nonAcronyms[w.key] || commonWords[w.key]) {
		return false
	}
	if utf8.RuneCountInString(w.text) == 1 {
		// An initial ("John F. Kennedy") only inside a name.
		return i+1 < len(ws) && strings.HasPrefix(ws[i+1].gap, ". ") && ws[i+1].cap
	}
	if title {
		return known(w.key) || f.capMid[w.key] || titles[w.key] || demonyms[w.key]
	}
	return true
}

// joinable reports whether the gap before next lets a name run on.
func joinable(prev, next word) bool {
	g := next.gap
	if g == "-" || g == "‐" || g == "‑" {
		return true
	}
	if strings.HasPrefix(g, ".") && (utf8.RuneCountInString(prev.text) == 1 || abbreviations[prev.key]) {
		g = g[1:]
	}
	if g == "" {
		return false
	}
	for _, r := range g {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

func hyphenJoin(a, b word) bool {
	_, ga := gazetteer[a.key]
	_, gb := gazetteer[b.key]
	return !ga && !gb && !a.caps && !b.caps
}

func isConnector(w word) bool {
	return !w.cap && (ofLike[w.key] || particles[w.key])
}

// spans finds the capitalised runs of one segment and emits their mentions.
func (f *finder) spans(ws []word, title bool) {
	for i := 0; i < len(ws); {
		if !f.nameWord(ws, i, title) {
			i++
			continue
		}
		j := i
		for !ws[j].poss && j+1 < len(ws) {
			k := j + 1
			if !joinable(ws[j], ws[k]) {
				break
			}
			if f.nameWord(ws, k, title) {
				if strings.ContainsAny(ws[k].gap, "-‐‑") && !hyphenJoin(ws[j], ws[k]) {
					break
				}
				j = k
				continue
			}
			c := k
			for c < len(ws) && c-k < 2 && isConnector(ws[c]) && joinable(ws[c-1], ws[c]) && !strings.Contains(ws[c].gap, "-") {
				c++
			}
			if c > k && c < len(ws) && joinable(ws[c-1], ws[c]) && f.nameWord(ws, c, title) && connectorAllowed(ws[i:j+1], ws[k:c], capRun(ws, c)) {
				j = c
				continue
			}
			break
		}
		f.emitSpan(ws, i, j+1)
		i = j + 1
	}
}

// connectorAllowed decides whether "of", "for", "de"... joins sofar to the
// capitalised run after it: inside an organisation, place or title ("Council
// on Foreign Relations", "President of the..."), but not between two
// organisations ("Justice Department for the General Assembly"); particles
// inside a person's name ("Charles de Gaulle").
func connectorAllowed(sofar, conns, after []word) bool {
	for i, w := range sofar {
		if orgHeads[w.key] || placeHeads[w.key] {
			return i == 0 || i < len(sofar)-1 || !hasOrgHead(after)
		}
	}
	for _, w := range sofar {
		if titles[w.key] {
			return true
		}
	}
	for _, c := range conns {
		if !particles[c.key] {
			return false
		}
	}
	last := sofar[len(sofar)-1]
	_, g := gazetteer[last.key]
	return len(sofar) <= 3 && !g
}

// capRun returns the run of capitalised words starting at ws[i].
func capRun(ws []word, i int) []word {
	j := i + 1
	for j < len(ws) && ws[j].cap && joinable(ws[j-1], ws[j]) {
		j++
	}
	return ws[i:j]
}

// finish orders the mentions, drops overlaps (from overlapping sentences)
// and lets what the article says elsewhere settle unknown kinds: a bare
// "Graham" is a person when "Thomas Graham" is one.
func (f *finder) finish() []news.Mention {
	sort.SliceStable(f.out, func(i, j int) bool { return f.out[i].Start < f.out[j].Start })
	out := f.out[:0]
	end := -1
	for _, m := range f.out {
		if m.Start < end {
			continue
		}
		out = append(out, m)
		end = m.End
	}
	fullSurnames := make(map[string]bool)
	votes := make(map[string]map[string]int)
	for _, m := range out {
		k := fold(m.Text)
		if m.Kind == news.KindPerson {
			if p := parsePerson(m.Text); p.first != "" {
				fullSurnames[p.last] = true
			}
		}
		if m.Kind != "" {
			if votes[k] == nil {
				votes[k] = make(map[string]int)
			}
			votes[k][m.Kind]++
		}
	}
	for i, m := range out {
		if m.Kind != "" {
			continue
		}
		if v := votes[fold(m.Text)]; len(v) > 0 {
			out[i].Kind = topKind(v)
			continue
		}
		// A bare surname, also when glued to the next word ("Lavrovmet").
		if p := parsePerson(m.Text); p.first == "" && p.last != "" {
			for s := range fullSurnames {
				if surnames(p.last, s) != noMatch {
					out[i].Kind = news.KindPerson
					break
				}
			}
		}
	}
	return out
}

// topKind returns the most voted kind, preferring person, then org, then
// place on ties.
func topKind(v map[string]int) string {
	best, n := "", 0
	for _, k := range []string{news.KindPerson, news.KindOrg, news.KindPlace} {
		if v[k] > n {
			best, n = k, v[k]
		}
	}
	return best
}
