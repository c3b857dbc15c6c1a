package provenance

import (
	"fmt"
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// passageWords counts the words of a's side of ps (From side when from).
func passageWords(ps []Passage, ws []word, from bool) int {
	n := 0
	for _, p := range ps {
		s, e := p.FromStart, p.FromEnd
		if !from {
			s, e = p.ToStart, p.ToEnd
		}
		n += wordsIn(ws, s, e)
	}
	return n
}

// wordsIn counts the words of ws inside the byte span [s, e].
func wordsIn(ws []word, s, e int) int {
	n := 0
	for _, w := range ws {
		if w.start >= s && w.end <= e {
			n++
		}
	}
	return n
}

// minCarried is the share of the original a syndicated copy must carry;
// the rest may be cut (a dropped last paragraph).
const minCarried = 0.5

// pastedBlock reports whether a holds, among material of its own, a
// verbatim block of the other article's text: one shared passage (ps, on
// a's side) of at least quoteMinWords words holding at least
// quoteSentences whole sentences of a, with at least ownFraction of a's
// words outside every shared passage. A rewrite shares phrases scattered
// through reworded sentences; a quotation pastes sentences whole.
func pastedBlock(a *news.Article, ps []Passage, ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	shared := passageWords(ps, ws, true)
	if float64(len(ws)-shared) < ownFraction*float64(len(ws)) {
		return false
	}
	for _, p := range ps {
		if passageWords([]Passage{p}, ws, true) >= quoteMinWords && wholeSentences(a, p, ws) >= quoteSentences {
			return true
		}
	}
	return false
}

// wholeSentences counts the sentences of a whose words all lie inside
// passage p (on its From side).
func wholeSentences(a *news.Article, p Passage, ws []word) int {
	total, inside := map[int]int{}, map[int]int{}
	for _, w := range ws {
		if w.sentence < 0 {
			continue
		}
		total[w.sentence]++
		if w.start >= p.FromStart && w.end <= p.FromEnd {
			inside[w.sentence]++
		}
	}
	n := 0
	for s, k := range inside {
		if k == total[s] {
			n++
		}
	}
	return n
}

// capitalised words of the story that never occur in lower case, with the
// number of articles using each: the names whose spelling variants mark
// translation.
func storyNames(sorted []*news.Article) (map[string]map[string]bool, map[string]bool) {
	per := map[string]map[string]bool{}
	lower := map[string]bool{}
	for _, a := range sorted {
		per[a.ID] = map[string]bool{}
		for k := range capWords(a) {
			per[a.ID][k] = true
		}
		for _, w := range scanWords(a) {
			if a.Text[w.start:w.end] == w.norm {
				lower[w.norm] = true
			}
		}
	}
	return per, lower
}

func (g *Graph) buildEdges(sorted []*news.Article, info map[string]*artInfo) {
	per, lower := storyNames(sorted)
	// Articles using each name: an article's "others" is this count less
	// its own use, rather than a count over every other article each time.
	all := map[string]int{}
	for _, a := range sorted {
		for k := range per[a.ID] {
			if !lower[k] {
				all[k]++
			}
		}
	}
	marksOf := map[string]marks{}
	for _, a := range sorted {
		others := make(map[string]int, len(all))
		for k, n := range all {
			if per[a.ID][k] {
				n--
			}
			if n > 0 {
				others[k] = n
			}
		}
		srcLang := ""
		if pa := g.arts[g.parent[a.ID]]; pa != nil {
			srcLang = pa.Language
		}
		marksOf[a.ID] = translationMarks(a, info[a.ID].ats, srcLang, others, lower)
	}
	hubs := g.absentHubs(sorted, info, marksOf)
	for _, a := range sorted {
		in := info[a.ID]
		tm := marksOf[a.ID]
		p := g.parent[a.ID]
		if p == "" && a.ID == g.Original.Article {
			continue // the origin derives from nothing
		}
		if p == "" {
			g.Edges = append(g.Edges, g.independentEdge(a, info))
			continue
		}
		e := Edge{From: p, To: a.ID}
		if home := g.edition[a.ID]; home != "" {
			site, path, _ := siteOf(a.URL)
			e.Evidence = append(e.Evidence, Evidence{Kind: "edition", Article: a.ID,
				Text: fmt.Sprintf("the outlet's %s edition, at the address of the %s article (%s%s)", langName(a.Language), langName(g.arts[home].Language), site, path)})
		}
		for _, at := range in.ats {
			if at.Key() == g.primary[a.ID] && g.edition[a.ID] == "" {
				e.Evidence = append(e.Evidence, Evidence{Kind: "attribution", Text: at.Phrase, Article: a.ID, Start: at.Start, End: at.End})
			}
		}
		if pa := g.arts[p]; pa != nil {
			ps := g.between(info[p].idx, in.idx)
			cpa, cap := g.containment(info, info[p].idx, in.idx), g.containment(info, in.idx, info[p].idx)
			e.Evidence = append(e.Evidence, passageEvidence(flip(ps))...)
			e.Evidence = append(e.Evidence, Evidence{Kind: "containment", Article: a.ID,
				Text: fmt.Sprintf("%.0f%% of %s's fingerprints are in %s; %.0f%% of %s's are in %s", 100*cpa, p, a.ID, 100*cap, a.ID, p)})
			credited := hasEvidence(e.Evidence, "attribution")
			dated := !pa.Published.IsZero() && !a.Published.IsZero() && !pa.Published.Equal(a.Published)
			if !credited && !dated && g.edition[a.ID] == "" && math.Abs(cpa-cap) <= asymmetry {
				e.Evidence = append(e.Evidence, Evidence{Kind: "date", Article: a.ID,
					Text: "no credit, publication date or containment settles the direction; it follows article order"})
			}
			if !pa.Published.IsZero() && !a.Published.IsZero() && pa.Published.Before(a.Published) {
				e.Evidence = append(e.Evidence, Evidence{Kind: "date", Article: a.ID,
					Text: fmt.Sprintf("%s published %s, before %s (%s)", p, pa.Published.UTC().Format("2006-01-02 15:04"), a.ID, a.Published.UTC().Format("2006-01-02 15:04"))})
			}
			switch {
			case tm.translated() || g.edition[a.ID] != "":
				e.Kind = KindTranslation
			case cap >= nearIdentical && cpa >= minCarried:
				// The copy is (nearly) all the other's text: the whole
				// report republished, perhaps cut at the end.
				e.Kind = KindSyndication
			case pastedBlock(a, flip(ps), in.ws):
				e.Kind = KindQuotation
			default:
				e.Kind = KindRewrite
			}
		} else {
			for _, k := range g.sharesOf[in.idx] {
				if j := g.shares[k].other(in.idx); g.parent[sorted[j].ID] == p {
					e.Evidence = append(e.Evidence, passageEvidence(g.between(in.idx, j))...)
				}
			}
			switch {
			case tm.translated():
				e.Kind = KindTranslation
			case hubs[a.ID]:
				e.Kind = KindQuotation
				e.Evidence = append(e.Evidence, Evidence{Kind: "containment", Article: a.ID,
					Text: "carries, in one block, the passages that other retellings of " + strings.TrimPrefix(p, "outlet:") + " share with it: the verbatim text of the absent report"})
			default:
				e.Kind = KindRewrite
			}
		}
		if e.Kind == KindQuotation {
			g.block[a.ID] = blockSpan(a, e.Evidence)
		}
		if e.Kind == KindTranslation {
			e.Evidence = append(e.Evidence, tm.evidence()...)
		}
		g.Edges = append(g.Edges, e)
	}
}

// independentEdge is the edge of an article with no source in the story,
// with what shows it: the little text it shares (common phrasing) and its
// credits to its own outlet ("told Radio Norland"), the mark of its own
// reporting.
func (g *Graph) independentEdge(a *news.Article, info map[string]*artInfo) Edge {
	e := Edge{From: a.ID, To: a.ID, Kind: KindIndependent}
	n, words := 0, 0
	k := info[a.ID].idx
	for _, si := range g.sharesOf[k] {
		n += len(g.shares[si].runs)
		words += g.shares[si].words(k)
	}
	text := "no passage shared with another article of the story"
	if n > 0 {
		text = fmt.Sprintf("only %d short passage(s), %d words, shared with other articles of the story: common phrasing, not copying", n, words)
	}
	e.Evidence = append(e.Evidence, Evidence{Kind: "containment", Article: a.ID, Text: text + "; no credit to " + g.originName()})
	for _, at := range SelfCredits(a) {
		if at.Sentence >= 0 {
			e.Evidence = append(e.Evidence, Evidence{Kind: "attribution", Article: a.ID, Start: at.Start, End: at.End,
				Text: "own reporting: " + at.Phrase})
		}
	}
	return e
}

// blockSpan is the span from the first to the last shared passage of a
// quotation, widened to whole sentences: the pasted block. The rest of the
// article is the quoter's own material.
func blockSpan(a *news.Article, ev []Evidence) [2]int {
	s, e := -1, -1
	for _, x := range ev {
		if x.Kind != "shared-passage" || x.Article != a.ID {
			continue
		}
		if s < 0 || x.Start < s {
			s = x.Start
		}
		if x.End > e {
			e = x.End
		}
	}
	if s < 0 {
		return [2]int{0, len(a.Text)}
	}
	if i := a.SentenceAt(s); i >= 0 {
		s = a.Sentences[i].Start
	}
	if i := a.SentenceAt(e - 1); i >= 0 {
		e = a.Sentences[i].End
	}
	return [2]int{s, e}
}

func hasEvidence(ev []Evidence, kind string) bool {
	for _, e := range ev {
		if e.Kind == kind {
			return true
		}
	}
	return false
}

// passageEvidence turns passages into evidence on their From side.
func passageEvidence(ps []Passage) []Evidence {
	out := make([]Evidence, 0, len(ps))
	for _, p := range ps {
		out = append(out, Evidence{Kind: "shared-passage", Text: p.Text, Article: p.From, Start: p.FromStart, End: p.FromEnd})
	}
	return out
}

func (g *Graph) originName() string {
	if g.Original.Article != "" {
		return g.Original.Article
	}
	if g.Original.Outlet != "" {
		return g.Original.Outlet
	}
	return "any outlet"
}

// absentHubs finds, for each outlet absent from the corpus, the article
// that carries its verbatim text. With the original missing its text can
// only be seen through the retellings: the untranslated article that
// shares passages with at least two other retellings, more than any other
// untranslated one, is the one that pasted the original.
func (g *Graph) absentHubs(sorted []*news.Article, info map[string]*artInfo, marksOf map[string]marks) map[string]bool {
	hubs := map[string]bool{}
	groups := map[string][]string{}
	for _, a := range sorted {
		if p := g.parent[a.ID]; strings.HasPrefix(p, "outlet:") {
			groups[p] = append(groups[p], a.ID)
		}
	}
	for _, ids := range groups {
		best, bestN, tie := "", 1, false
		for _, x := range ids {
			if marksOf[x].translated() {
				continue // a translation cannot carry the original's wording
			}
			// The other retellings x shares a passage with: its peers
			// with the same absent parent.
			n := 0
			k := info[x].idx
			for _, si := range g.sharesOf[k] {
				if g.parent[sorted[g.shares[si].other(k)].ID] == g.parent[x] {
					n++
				}
			}
			switch {
			case n > bestN:
				best, bestN, tie = x, n, false
			case n == bestN && best != "":
				tie = true
			}
		}
		if best != "" && !tie {
			hubs[best] = true
		}
	}
	return hubs
}
