package provenance

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Origin returns the independent origin sentence i of article id descends
// from, as "outlet:<name>" or "article:<id>": the outlet the sentence
// credits itself, else the origin of an article it shares a passage with
// and derives from (or, earlier, shares enough text with to be a copy),
// else the article's own origin (its credited source or, for an
// independent article, the article itself). A quotation's sentences outside
// the pasted block are the quoter's own ("article:<id>"). It returns "" for
// an unknown article.
func (g *Graph) Origin(articleID string, sentence int) string {
	return g.sentence(articleID, sentence).node
}

// Inherited reports whether Origin of sentence i of article id rests only
// on what the article credits as a whole: the sentence credits no one
// itself and shares no passage with another article, yet the article is
// a rewrite of another report. Such a sentence usually retells that
// report, but not always: a wire story retelling NBC's scoop may end with
// "Meanwhile, Lukashenko said…" taken from elsewhere. Claims use this to
// let a carrying statement's own credit outweigh an article-wide one.
func (g *Graph) Inherited(articleID string, sentence int) bool {
	return g.sentence(articleID, sentence).inherited
}

// sentence is Origin and Inherited together: indexed when the sentence
// exists, worked out otherwise, zero for an unknown article.
func (g *Graph) sentence(articleID string, i int) sentOrigin {
	a := g.arts[articleID]
	if a == nil {
		return sentOrigin{}
	}
	if o := g.sentOrigins[articleID]; i >= 0 && i < len(o) {
		return o[i]
	}
	return g.origin(a, i, "", nil)
}

// sentOrigin is a sentence's origin node and whether it is inherited from
// its article's credit (see Inherited).
type sentOrigin struct {
	node      string
	inherited bool
}

// origin is Origin and Inherited for sentence i of a, given shared: the
// origin of the articles a shares a passage of sentence i with (see
// sharedOrigins), and quoted: the credit a quotation holding it follows
// (see quotedCredits), or nil.
func (g *Graph) origin(a *news.Article, i int, shared string, quoted *Attribution) sentOrigin {
	for _, at := range g.Attributions[a.ID] {
		if at.Sentence >= 0 && (at.Sentence == i || at.Block && inQuote(a, at, i)) {
			return sentOrigin{node: g.creditNode(a, at)}
		}
	}
	if quoted != nil {
		return sentOrigin{node: g.creditNode(a, *quoted)}
	}
	own := "article:" + a.ID
	if i >= 0 && i < len(a.Sentences) {
		if shared != "" {
			return sentOrigin{node: shared}
		}
		s := a.Sentences[i]
		if b, ok := g.block[a.ID]; ok && (s.End <= b[0] || s.Start >= b[1]) {
			return sentOrigin{node: own}
		}
	}
	root := g.root(a.ID)
	return sentOrigin{node: root, inherited: root != own}
}

// creditNode is the origin a credit of a names: the root of the story's
// article of that outlet, or the outlet itself when the story has none.
func (g *Graph) creditNode(a *news.Article, at Attribution) string {
	if id, ok := g.byKey[at.Key()]; ok && id != a.ID {
		return g.root(id)
	}
	return "outlet:" + g.names[at.Key()]
}

// indexOrigins works out Origin for every sentence of every article once,
// after the graph is built: claims ask for it per statement, and working it
// out per call meant scanning an article's passages for each of its
// sentences, the largest cost of provenance in a story of hundreds of
// articles.
func (g *Graph) indexOrigins() {
	g.sentOrigins = make(map[string][]sentOrigin, len(g.arts))
	roots := map[string]string{}
	for id, a := range g.arts {
		shared := g.sharedOrigins(a, roots)
		quoted := g.quotedCredits(a)
		out := make([]sentOrigin, len(a.Sentences))
		for i := range out {
			out[i] = g.origin(a, i, shared[i], quoted[i])
		}
		g.sentOrigins[id] = out
	}
}

// sharedOrigins returns (roots: memo of Graph.root), per sentence of a, the origin of the articles it
// shares a passage of that sentence with, the least such origin when
// there are several, or "". A passage counts when a derives from the other
// article or, for one it does not derive from, when the two share enough
// text to be copies and the other was published earlier: one common
// phrase in two independent reports of an event does not make one the
// other's source.
func (g *Graph) sharedOrigins(a *news.Article, roots map[string]string) []string {
	out := make([]string, len(a.Sentences))
	k := g.index[a.ID]
	// a's ancestors, walked once rather than once per share: descends
	// for each.
	anc := map[string]bool{}
	for i, id := 0, a.ID; i < len(g.arts)+1 && id != ""; i++ {
		anc[id] = true
		id = g.parent[id]
	}
	// Each article's own shares, rather than every pair of the story's.
	for _, si := range g.sharesOf[k] {
		sh := &g.shares[si]
		o := g.sorted[sh.other(k)]
		linked := sh.linked && earlier(o, a) && !o.Published.IsZero()
		if !anc[o.ID] && !linked {
			continue
		}
		root, ok := roots[o.ID]
		if !ok {
			root = g.root(o.ID)
			roots[o.ID] = root
		}
		for _, r := range sh.runs {
			start, end := sh.span(k, r)
			first, _ := slices.BinarySearchFunc(a.Sentences, start, func(s news.Sentence, at int) int {
				if s.End <= at {
					return -1
				}
				return 1
			})
			for i := first; i < len(a.Sentences) && a.Sentences[i].Start < end; i++ {
				if s := a.Sentences[i]; s.End > start && (out[i] == "" || root < out[i]) {
					out[i] = root
				}
			}
		}
	}
	return out
}

// quotedCredits returns, per sentence of a, the credit of the sentence
// that a quotation holding it follows, or nil: "Lukashenko suggested talks
// could begin in the fall, Tass reported. “The main thing is to stop this
// conflict. (…) Maybe not in September,” he told the press." The
// quotation was gathered by the credited outlet, not by the article
// retelling it. It holds only within one paragraph, while every sentence
// after the credited one opens a quotation or lies in one; a sentence after
// the quotation closes ("The ministry declined to comment.") is the
// article's own again. One pass over the sentences, carrying the credit.
func (g *Graph) quotedCredits(a *news.Article) []*Attribution {
	out := make([]*Attribution, len(a.Sentences))
	own := map[int]*Attribution{}
	ats := g.Attributions[a.ID]
	for k := range ats {
		if at := &ats[k]; at.Sentence >= 0 && !at.Block && own[at.Sentence] == nil {
			own[at.Sentence] = at
		}
	}
	if len(own) == 0 {
		return out
	}
	var carried *Attribution
	open := false
	for k, s := range a.Sentences {
		// Spans come from textproc, ordered and inside the text; checked
		// all the same, as a bad span must not panic the whole analysis.
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
			carried = nil
			continue
		}
		if k > 0 {
			if from := a.Sentences[k-1].End; from >= 0 && from <= s.Start && strings.Contains(a.Text[from:s.Start], "\n") {
				carried = nil // a new paragraph
			}
		}
		text := a.Text[s.Start:s.End]
		if at := own[k]; at != nil {
			carried, open = at, false
			continue
		}
		if carried == nil || !open && !opensQuote(text) {
			carried = nil
			continue
		}
		out[k] = carried
		open = quoteOpenAfter(text, open)
	}
	return out
}

// opensQuote reports whether s begins with an opening quotation mark.
func opensQuote(s string) bool {
	s = strings.TrimLeft(s, " \t(")
	for _, q := range []string{"“", "\"", "«", "„", "‘"} {
		if strings.HasPrefix(s, q) {
			return true
		}
	}
	return false
}

// quoteOpenAfter returns whether a quotation is still open at the end of
// s, given whether one was open at its start. Straight double quotes
// toggle; curly and angle marks open and close.
func quoteOpenAfter(s string, open bool) bool {
	for _, r := range s {
		switch r {
		case '“', '«', '„':
			open = true
		case '”', '»':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

// inQuote reports whether sentence i lies in the quotation a block credit
// introduces: from the credit to the closing quotation mark.
func inQuote(a *news.Article, at Attribution, i int) bool {
	if i < 0 || i >= len(a.Sentences) || a.Sentences[i].Start < at.Start {
		return false
	}
	from := at.End
	for from < len(a.Text) && (a.Text[from] == ' ' || a.Text[from] == '"') {
		from++ // past the opening mark
	}
	end := len(a.Text)
	if j := strings.IndexAny(a.Text[from:], "”\"»"); j >= 0 {
		end = from + j + 1
	}
	return a.Sentences[i].Start < end
}

// root follows parents up to the node with none.
func (g *Graph) root(id string) string {
	for i := 0; i <= len(g.arts); i++ {
		p := g.parent[id]
		if p == "" {
			break
		}
		id = p
	}
	if strings.HasPrefix(id, "outlet:") {
		return id
	}
	return "article:" + id
}
