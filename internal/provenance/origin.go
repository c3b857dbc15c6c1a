package provenance

import (
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
	a := g.arts[articleID]
	if a == nil {
		return ""
	}
	for _, at := range g.Attributions[articleID] {
		if at.Sentence >= 0 && (at.Sentence == sentence || at.Block && inQuote(a, at, sentence)) {
			if id, ok := g.byKey[at.Key()]; ok && id != articleID {
				return g.root(id)
			}
			return "outlet:" + g.names[at.Key()]
		}
	}
	if sentence >= 0 && sentence < len(a.Sentences) {
		s := a.Sentences[sentence]
		best := ""
		for _, i := range g.passagesOf[articleID] {
			p := g.Passages[i]
			var other string
			switch {
			case p.From == articleID && p.FromStart < s.End && p.FromEnd > s.Start:
				other = p.To
			case p.To == articleID && p.ToStart < s.End && p.ToEnd > s.Start:
				other = p.From
			default:
				continue
			}
			// A passage shared with an article a does not derive from
			// counts only when the two share enough text to be copies:
			// one common phrase in two independent reports of an event
			// does not make one the other's source.
			linked := g.linked[[2]string{articleID, other}] && earlier(g.arts[other], a) && !g.arts[other].Published.IsZero()
			if g.descends(articleID, other) || linked {
				if r := g.root(other); best == "" || r < best {
					best = r
				}
			}
		}
		if best != "" {
			return best
		}
		if b, ok := g.block[articleID]; ok && (s.End <= b[0] || s.Start >= b[1]) {
			return "article:" + articleID
		}
	}
	return g.root(articleID)
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
