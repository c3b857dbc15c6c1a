package provenance

import "slices"

// share is what two articles (positions i < j in story order) have in
// common: their shared passages as runs, and whether those are evidence of
// copying. A big story holds millions of passages, so they are kept in
// this compact form and made into Passages only where an edge shows them.
type share struct {
	i, j   int
	runs   []run
	linked bool
	// contI is the containment of i in j, contJ of j in i.
	contI, contJ float64
}

// containment returns the containment of k in the other article.
func (s *share) containment(k int) float64 {
	if k == s.i {
		return s.contI
	}
	return s.contJ
}

// containment returns the containment of the article at position x in
// the one at y: kept with their share when they share a passage, else in
// x's artInfo, else 0.
func (g *Graph) containment(info map[string]*artInfo, x, y int) float64 {
	if s := g.shareOf(x, y); s != nil {
		return s.containment(x)
	}
	return info[g.sorted[x].ID].cont[y]
}

// run is one shared passage: its byte spans and word counts on i's and j's
// side.
type run struct {
	iStart, iEnd, jStart, jEnd int
	iWords, jWords             int
}

// other returns the position of the article k shares s with.
func (s *share) other(k int) int {
	if k == s.i {
		return s.j
	}
	return s.i
}

// words counts the words of the passages on k's side.
func (s *share) words(k int) int {
	n := 0
	for _, r := range s.runs {
		if k == s.i {
			n += r.iWords
		} else {
			n += r.jWords
		}
	}
	return n
}

// span returns run r's byte span on k's side.
func (s *share) span(k int, r run) (int, int) {
	if k == s.i {
		return r.iStart, r.iEnd
	}
	return r.jStart, r.jEnd
}

// toRuns turns merged matches of ta (i's side) and tb into runs, taken
// from arena (which it refills when short): one allocation per thousands
// of runs rather than one per pair of articles.
func toRuns(ta, tb *text, ms []match, arena *[]run) []run {
	if cap(*arena)-len(*arena) < len(ms) {
		*arena = make([]run, 0, max(4096, len(ms)))
	}
	k := len(*arena)
	out := (*arena)[k : k : k+len(ms)]
	*arena = (*arena)[:k+len(ms)]
	for _, m := range ms {
		r := run{
			iStart: ta.ws[m.i].start, iEnd: ta.ws[m.i+m.na-1].end,
			jStart: tb.ws[m.j].start, jEnd: tb.ws[m.j+m.nb-1].end,
			iWords: m.na, jWords: m.nb,
		}
		// With words in strict text order the words inside a run's span
		// are exactly its own; otherwise count them as passageWords does.
		if !ta.ordered {
			r.iWords = wordsIn(ta.ws, r.iStart, r.iEnd)
		}
		if !tb.ordered {
			r.jWords = wordsIn(tb.ws, r.jStart, r.jEnd)
		}
		out = append(out, r)
	}
	return out
}

// addShare records the share of positions i < j.
func (g *Graph) addShare(s share) {
	k := len(g.shares)
	g.shares = append(g.shares, s)
	g.sharesOf[s.i] = append(g.sharesOf[s.i], k)
	g.sharesOf[s.j] = append(g.sharesOf[s.j], k)
}

// shareOf returns the share of positions x and y, or nil when they share
// no passage.
func (g *Graph) shareOf(x, y int) *share {
	ks := g.sharesOf[x]
	// sharesOf lists shares in the story order of the other article.
	k, ok := slices.BinarySearchFunc(ks, y, func(k, y int) int { return g.shares[k].other(x) - y })
	if !ok {
		return nil
	}
	return &g.shares[ks[k]]
}

// sharePassages makes s's runs into Passages from i to j.
func (g *Graph) sharePassages(s *share) []Passage {
	a, b := g.sorted[s.i], g.sorted[s.j]
	out := make([]Passage, 0, len(s.runs))
	for _, r := range s.runs {
		out = append(out, Passage{
			From: a.ID, To: b.ID,
			FromStart: r.iStart, FromEnd: r.iEnd, ToStart: r.jStart, ToEnd: r.jEnd,
			Text: a.Text[r.iStart:r.iEnd],
		})
	}
	return out
}

// between returns the passages x shares with y as x reads them (x's side
// From), nil when they share none.
func (g *Graph) between(x, y int) []Passage {
	s := g.shareOf(x, y)
	if s == nil {
		return nil
	}
	ps := g.sharePassages(s)
	if x == s.i {
		return ps
	}
	return flip(ps)
}

// Passages returns every passage the story's articles share, pair by pair
// in story order. It is built on each call: a story of a thousand copies
// shares millions of passages, which only tests and tools look at whole.
func (g *Graph) Passages() []Passage {
	var out []Passage
	for k := range g.shares {
		out = append(out, g.sharePassages(&g.shares[k])...)
	}
	return out
}
