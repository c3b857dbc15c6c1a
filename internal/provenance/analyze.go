package provenance

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Thresholds of the edge kinds, as fractions of fingerprints or words.
const (
	nearIdentical = 0.8  // both containments at least this: syndication
	asymmetry     = 0.15 // containment difference that settles direction
	// A verbatim block of at least quoteMinWords words spanning at least
	// quoteSentences whole sentences, in an article with at least
	// ownFraction of its words its own, is a quotation.
	quoteMinWords  = 30
	quoteSentences = 2
	ownFraction    = 0.25
	// Shared text is evidence of copying when it is one long run
	// (quoteMinWords), several runs of minSharedWords together, or
	// minPassageWords covering minShare of the smaller article. Less than
	// that ("Governor X declared a state of emergency") is the common
	// phrasing of two reports of one event. Measured on the example
	// corpus and the seed story: independent reports share at most 28
	// words in short runs, copies 41 and more.
	minSharedWords  = 36
	minPassageWords = 15
	minShare        = 0.15
)

type artInfo struct {
	a   *news.Article
	idx int // position in story order
	*text
	ats []Attribution
	// cont holds, by the other article's position, the containment of
	// this article in the other for the articles it shares fingerprints
	// but no passage with (see Graph.containment); a missing entry is 0.
	cont map[int]float64
}

// Analyze builds the derivation graph of one story's articles. Direction
// comes, in order of trust, from credits (an article crediting outlet X
// derives from X), from containment (the copy holds the original's text,
// not the other way round), and from publication dates (earlier is more
// likely the original). Articles are handled in a fixed order so the
// result does not depend on the input order.
func Analyze(arts []*news.Article) *Graph {
	return analyze(arts, false)
}

// analyze is Analyze with the fingerprint index optional: allPairs
// compares every pair of articles, so that tests can check the index
// changes nothing.
func analyze(arts []*news.Article, allPairs bool) *Graph {
	g := &Graph{
		Attributions: map[string][]Attribution{},
		arts:         map[string]*news.Article{},
		parent:       map[string]string{},
		names:        map[string]string{},
		surface:      map[string]string{},
		byKey:        map[string]string{},
		primary:      map[string]string{},
		block:        map[string][2]int{},
		index:        map[string]int{},
	}
	sorted := make([]*news.Article, 0, len(arts))
	for _, a := range arts {
		if a == nil || g.arts[a.ID] != nil {
			continue
		}
		g.arts[a.ID] = a
		sorted = append(sorted, a)
	}
	sort.SliceStable(sorted, func(i, j int) bool { return earlier(sorted[i], sorted[j]) })
	info := map[string]*artInfo{}
	texts := make([]*text, len(sorted))
	vocab := interner{}
	for i, a := range sorted {
		in := &artInfo{a: a, idx: i, text: newText(words(a), vocab), ats: Attributions(a), cont: map[int]float64{}}
		texts[i] = in.text
		info[a.ID] = in
		g.index[a.ID] = i
		g.Attributions[a.ID] = in.ats
		if a.Outlet != "" {
			if _, ok := g.byKey[OutletKey(a.Outlet)]; !ok {
				g.byKey[OutletKey(a.Outlet)] = a.ID
			}
		}
	}
	g.nameOutlets(sorted, info)

	// Passages and containment of the pairs that share a fingerprint; for
	// every other pair both are empty, which a missing entry means.
	g.sorted = sorted
	g.sharesOf = make([][]int, len(sorted))
	idx := newFingerprintIndex(texts)
	var (
		buf   pairBuf
		sc    scratch
		arena []run
	)
	for i, a := range sorted {
		ia := info[a.ID]
		var pairs []pair
		if allPairs {
			pairs = allPairsAfter(i, texts)
		} else {
			pairs = idx.pairsAfter(i, ia.text, &buf)
		}
		for _, pr := range pairs {
			ib := info[sorted[pr.j].ID]
			var ci, cj float64
			if pr.common > 0 {
				ci = float64(pr.common) / float64(ia.distinct)
				cj = float64(pr.common) / float64(ib.distinct)
			}
			ms := passages(ia.text, ib.text, pr.seeds, &sc)
			if len(ms) == 0 {
				if pr.common > 0 {
					ia.cont[pr.j], ib.cont[i] = ci, cj
				}
				continue
			}
			sh := share{i: i, j: pr.j, runs: toRuns(ia.text, ib.text, ms, &arena), contI: ci, contJ: cj}
			sh.linked = substantial(len(sh.runs), sh.words(i), len(ia.ws), len(ib.ws))
			g.addShare(sh)
		}
	}

	// Story-wide support of each credited outlet: how many articles credit it.
	support := map[string]int{}
	for _, a := range sorted {
		seen := map[string]bool{}
		for _, at := range info[a.ID].ats {
			if k := at.Key(); !seen[k] && g.byKey[k] != a.ID {
				seen[k] = true
				support[k]++
			}
		}
	}
	for _, a := range sorted {
		g.primary[a.ID] = primarySource(info[a.ID].ats, support, g.byKey, a.ID)
	}

	// An outlet's edition in another language translates its home
	// article, whatever credits it carries over (see findEditions).
	g.edition = findEditions(sorted)
	for id, home := range g.edition {
		g.parent[id] = home
	}
	// Parents from credits first: they are the most explicit evidence.
	for _, a := range sorted {
		k := g.primary[a.ID]
		if k == "" || g.edition[a.ID] != "" {
			continue
		}
		if id, ok := g.byKey[k]; ok {
			g.parent[a.ID] = id
		} else {
			g.parent[a.ID] = "outlet:" + g.names[k]
		}
	}
	// Then from shared text, earliest article first so parents are settled
	// before their copies look for them.
	for _, a := range sorted {
		if g.parent[a.ID] != "" {
			continue
		}
		if p := g.textParent(a, sorted, info); p != "" {
			g.parent[a.ID] = p
		}
	}
	g.findOrigin(sorted, info, support)
	g.buildEdges(sorted, info)
	g.indexOrigins()
	return g
}

// substantial reports whether the passages a shares with b (count of
// them, holding n of a's wa words; b has wb) are evidence that one copies
// the other.
func substantial(count, n, wa, wb int) bool {
	if count == 0 {
		return false
	}
	small := min(wa, wb)
	return n >= quoteMinWords ||
		count >= 2 && n >= minSharedWords ||
		n >= minPassageWords && float64(n) >= minShare*float64(small)
}

func earlier(a, b *news.Article) bool {
	switch {
	case a.Published.IsZero() != b.Published.IsZero():
		return !a.Published.IsZero()
	case !a.Published.Equal(b.Published):
		return a.Published.Before(b.Published)
	}
	return a.ID < b.ID
}

func flip(ps []Passage) []Passage {
	out := make([]Passage, len(ps))
	for i, p := range ps {
		out[i] = Passage{From: p.To, To: p.From, FromStart: p.ToStart, FromEnd: p.ToEnd, ToStart: p.FromStart, ToEnd: p.FromEnd, Text: p.Text}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].FromStart < out[j].FromStart })
	return out
}

// nameOutlets picks one display name per outlet key: the most frequent
// folded spelling, the longest on ties ("nbc news" over "nbc").
func (g *Graph) nameOutlets(sorted []*news.Article, info map[string]*artInfo) {
	counts := map[string]map[string]int{}
	spell := map[string]map[string]int{}
	add := func(name string) {
		k, d := OutletKey(name), displayName(name)
		if k == "" || d == "" {
			return
		}
		if counts[k] == nil {
			counts[k] = map[string]int{}
			spell[k] = map[string]int{}
		}
		counts[k][d]++
		name = strings.TrimSpace(name)
		if strings.HasPrefix(name, "the ") {
			// "according to the Quarry Gazette": the article belongs to
			// the sentence; a capital "The" is part of the name (The
			// Hill, The Guardian).
			name = name[4:]
		}
		spell[k][name]++
	}
	for _, a := range sorted {
		if a.Outlet != "" {
			add(a.Outlet)
		}
		for _, at := range info[a.ID].ats {
			add(at.Outlet)
		}
	}
	for k, c := range counts {
		g.names[k] = mostUsed(c)
		g.surface[k] = mostUsed(spell[k])
	}
}

// mostUsed returns the most frequent key of c, the longest then the
// smallest on ties.
func mostUsed(c map[string]int) string {
	best := ""
	for d, n := range c {
		if best == "" || n > c[best] || n == c[best] && (len(d) > len(best) || len(d) == len(best) && d < best) {
			best = d
		}
	}
	return best
}

// primarySource is the outlet an article credits as its source: among
// those it credits, the one most articles of the story credit, then the
// one it credits most often.
func primarySource(ats []Attribution, support map[string]int, byKey map[string]string, self string) string {
	own := map[string]int{}
	for _, at := range ats {
		if byKey[at.Key()] != self && !at.Block {
			own[at.Key()]++
		}
	}
	best := ""
	for k, n := range own {
		if best == "" || support[k] > support[best] ||
			support[k] == support[best] && (n > own[best] || n == own[best] && k < best) {
			best = k
		}
	}
	return best
}

// textParent finds where an uncredited article's text comes from: the
// article it shares most text with among those that are its original by
// containment or date, or, when the other article itself derives from an
// outlet absent from the corpus, that outlet (both carry its text).
func (g *Graph) textParent(a *news.Article, sorted []*news.Article, info map[string]*artInfo) string {
	best, bestWords := "", 0
	ia := info[a.ID]
	// Only the articles a shares a passage with can be linked to it;
	// its shares are in story order, as the candidates must be for ties.
	for _, k := range g.sharesOf[ia.idx] {
		sh := &g.shares[k]
		if !sh.linked {
			continue // only common phrasing
		}
		j := sh.other(ia.idx)
		b := sorted[j]
		cab, cba := sh.containment(ia.idx), sh.containment(j)
		var cand string
		switch {
		case cab > cba+asymmetry:
			continue // a sits inside b: b copies a
		case cba > cab+asymmetry:
			cand = b.ID // b sits inside a: a copies b
		case earlier(b, a) && !b.Published.IsZero():
			cand = b.ID
		case strings.HasPrefix(g.parent[b.ID], "outlet:") && g.byKey[g.primary[b.ID]] == "":
			cand = g.parent[b.ID] // siblings of an absent original
		case earlier(b, a) && b.Published.IsZero() && a.Published.IsZero():
			// Copied text with nothing to tell the direction: the copy
			// relation is still real, so take the fixed article order
			// rather than call both independent.
			cand = b.ID
		default:
			continue
		}
		// Ties keep the earlier candidate. Whether b descends from a
		// (and so cannot be its source) is asked last: it walks b's
		// ancestors, and most candidates are settled without it.
		if n := sh.words(ia.idx); n > bestWords && !g.descends(b.ID, a.ID) {
			best, bestWords = cand, n
		}
	}
	return best
}

// descends reports whether node id has anc among its ancestors (or is it).
func (g *Graph) descends(id, anc string) bool {
	for i := 0; i < len(g.arts)+1 && id != ""; i++ {
		if id == anc {
			return true
		}
		id = g.parent[id]
	}
	return false
}

// findOrigin names the story's original: the outlet most articles credit
// (an article of the corpus if one is from it), or else the root article
// with the most descendants. A story whose articles derive from none of
// each other has no original.
func (g *Graph) findOrigin(sorted []*news.Article, info map[string]*artInfo, support map[string]int) {
	top := ""
	for k, n := range support {
		if top == "" || n > support[top] || n == support[top] && k < top {
			top = k
		}
	}
	if top != "" && (support[top] >= 2 || len(sorted) == 1 || g.countChildren("outlet:"+g.names[top]) > 0) {
		o := Origin{Outlet: g.surface[top], Article: g.byKey[top]}
		for _, a := range sorted {
			for _, at := range info[a.ID].ats {
				if at.Key() == top {
					o.Evidence = append(o.Evidence, Evidence{Kind: "attribution", Text: at.Phrase, Article: a.ID, Start: at.Start, End: at.End})
				}
			}
		}
		if o.Article != "" {
			o.Outlet = g.arts[o.Article].Outlet
		}
		g.Original = o
		return
	}
	best, bestN := "", -1
	for _, a := range sorted {
		if g.parent[a.ID] != "" {
			continue
		}
		if n := g.countChildren(a.ID); n > bestN {
			best, bestN = a.ID, n
		}
	}
	// Reports that all stand alone have no original: each is independent.
	if best != "" && (bestN > 0 || len(sorted) == 1) {
		a := g.arts[best]
		g.Original = Origin{Outlet: a.Outlet, Article: best}
		if !a.Published.IsZero() {
			g.Original.Evidence = append(g.Original.Evidence, Evidence{Kind: "date", Article: best,
				Text: "earliest publication among the articles sharing its text: " + a.Published.UTC().Format("2006-01-02 15:04 MST")})
		}
	}
}

func (g *Graph) countChildren(node string) int {
	n := 0
	for id := range g.arts {
		if id != node && g.descends(id, node) {
			n++
		}
	}
	return n
}
