package provenance

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Edge kinds.
const (
	KindRewrite     = "rewrite"
	KindTranslation = "translation"
	KindSyndication = "syndication"
	KindQuotation   = "quotation"
	KindIndependent = "independent"
)

// Passage is a run of text shared by two articles, with its byte offsets
// in both. Text is the passage as it reads in From.
type Passage struct {
	From, To           string
	FromStart, FromEnd int
	ToStart, ToEnd     int
	Text               string
}

// Evidence is one observation behind an edge or the origin. Kind is
// "shared-passage", "attribution", "date", "translation-marks" or
// "containment". Start and End span the evidence in Article's Text when
// they are not both 0; for a credit found in the title or in removed
// boilerplate they point into that text, as the Attribution does.
type Evidence struct {
	Kind, Text, Article string
	Start, End          int
}

// Edge says that To derives from From. From and To are article IDs, or
// "outlet:<name>" for an outlet absent from the corpus. An independent
// article gets an edge of Kind "independent" from itself to itself: it has
// no source in the story.
type Edge struct {
	From, To, Kind string
	Evidence       []Evidence
}

// Origin is the story's original report. Article is "" when the original is
// not in the corpus and is known only from the credits other articles give.
type Origin struct {
	Outlet, Article string
	Evidence        []Evidence
}

// Graph is the derivation graph of one story.
type Graph struct {
	// Original is the story's origin. (Named so because Graph.Origin is the
	// per-sentence method; a field and a method cannot share a name.)
	Original     Origin
	Edges        []Edge
	Attributions map[string][]Attribution // by article ID

	arts    map[string]*news.Article
	parent  map[string]string // article ID -> parent node (article ID or "outlet:<name>")
	names   map[string]string // outlet key -> display name
	surface map[string]string // outlet key -> most used spelling
	byKey   map[string]string // outlet key -> ID of the corpus article from that outlet
	primary map[string]string // article ID -> key of the outlet it credits as its source
	edition map[string]string // article ID -> the home article it is the other-language edition of
	block   map[string][2]int // article ID -> byte span of the block a quotation pasted
	// sorted holds the articles in story order (see Analyze); index
	// gives each article's position in it.
	sorted []*news.Article
	index  map[string]int
	// shares holds what each pair of articles sharing a passage shares;
	// sharesOf lists, by position, the shares of an article in the story
	// order of the other. Pairs sharing nothing are not listed.
	shares   []share
	sharesOf [][]int
	// sentOrigins holds Origin per article and sentence (see indexOrigins).
	sentOrigins map[string][]sentOrigin
}

// OutletName returns how the articles write the name of the outlet a node
// "outlet:NAME" stands for ("NBC News" for "outlet:nbc news"), or "" for
// any other node. Node names are folded so that one outlet is one node
// however it is spelt; a reader wants the outlet's own spelling.
func (g *Graph) OutletName(node string) string {
	name, ok := strings.CutPrefix(node, "outlet:")
	if !ok {
		return ""
	}
	for k, n := range g.names {
		if n == name {
			if s := g.surface[k]; s != "" {
				return s
			}
		}
	}
	return name
}
