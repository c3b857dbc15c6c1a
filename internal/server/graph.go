package server

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/report"
)

// articleInfo is what the story page knows of one article: its citation
// number and the fields the views show.
type articleInfo struct {
	ID        string
	N         int // 1-based citation number, as in the brief's [n]
	Outlet    string
	Title     string
	Published string // YYYY-MM-DD hh:mm, or "" when unknown
	Day       string
}

// family is a set of articles that go back to one origin: connected by
// rewrite, translation, syndication or quotation edges.
type family struct {
	Label    string
	External bool // the origin is an outlet not in the corpus
	Origin   bool // holds the story's likely original report
	Articles []*articleInfo
}

// originFamilies groups a story's articles into origin families. An
// "outlet:NAME" node (an origin known only from attributions) joins the
// articles that derive from it. Families come in story order of their
// first article, the origin's family first.
func originFamilies(st *report.Story, arts []*articleInfo) []family {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	incoming := map[string]bool{}
	for _, d := range st.Derivations {
		if d.Kind == "independent" {
			continue
		}
		incoming[d.To] = true
		if a, b := find(d.From), find(d.To); a != b {
			parent[b] = a
		}
	}
	originID := ""
	if st.Origin != nil && st.Origin.Article != nil {
		originID = *st.Origin.Article
	}
	byRoot := map[string]*family{}
	var order []string
	for _, a := range arts {
		r := find(a.ID)
		f, ok := byRoot[r]
		if !ok {
			f = &family{}
			byRoot[r] = f
			order = append(order, r)
		}
		f.Articles = append(f.Articles, a)
		if a.ID == originID {
			f.Origin = true
		}
	}
	out := make([]family, 0, len(order))
	for _, r := range order {
		f := byRoot[r]
		switch {
		case strings.HasPrefix(r, "outlet:"):
			f.External = true
			f.Label = "via " + outletLabel(st, r) + " (not in corpus)"
		case len(f.Articles) == 1:
			f.Label = "independent: " + f.Articles[0].Outlet
		default:
			// the family is named after its source: the member nothing in
			// the family derives from, else its first article
			src := f.Articles[0]
			for _, a := range f.Articles {
				if !incoming[a.ID] {
					src = a
					break
				}
			}
			f.Label = fmt.Sprintf("from [%d] %s", src.N, src.Outlet)
		}
		if st.Origin != nil && st.Origin.Article == nil && f.External &&
			strings.EqualFold(strings.TrimPrefix(r, "outlet:"), st.Origin.Outlet) {
			f.Origin = true
		}
		out = append(out, *f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Origin && !out[j].Origin })
	return out
}

// Provenance graph layout, in SVG user units.
const (
	nodeW   = 176
	nodeH   = 48
	colStep = 250
	rowStep = 72
	padX    = 16
	padY    = 20
)

type svgNode struct {
	ID, Label, Sub, Title, Href string
	X, Y                        int
	Origin, External            bool
}

type svgEdge struct {
	Path, Kind, Title string
	LX, LY            int
	Independent       bool
}

type svgGraph struct {
	Width, Height int
	NodeW, NodeH  int
	Nodes         []svgNode
	Edges         []svgEdge
}

// layoutGraph places the provenance graph in columns by derivation depth:
// sources on the left, what restates them to the right. Ordering within
// a column follows story order, which keeps the drawing stable.
func layoutGraph(st *report.Story, arts []*articleInfo) svgGraph {
	byID := map[string]*articleInfo{}
	var ids []string
	for _, a := range arts {
		byID[a.ID] = a
		ids = append(ids, a.ID)
	}
	addNode := func(id string) {
		if _, ok := byID[id]; ok {
			return
		}
		if strings.HasPrefix(id, "outlet:") && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, d := range st.Derivations {
		addNode(d.From)
		addNode(d.To)
	}
	if st.Origin != nil && st.Origin.Article == nil && st.Origin.Outlet != "" {
		addNode("outlet:" + st.Origin.Outlet)
	}
	// depth = longest chain of derivations leading to a node; len(ids)
	// rounds bound it even if the graph has a cycle.
	depth := map[string]int{}
	for range ids {
		changed := false
		for _, d := range st.Derivations {
			if d.Kind == "independent" || d.From == d.To {
				continue
			}
			if nd := depth[d.From] + 1; nd > depth[d.To] && nd < len(ids) {
				depth[d.To] = nd
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	cols := map[int][]string{}
	maxDepth, maxRows := 0, 0
	for _, id := range ids {
		d := depth[id]
		cols[d] = append(cols[d], id)
		maxDepth = max(maxDepth, d)
		maxRows = max(maxRows, len(cols[d]))
	}
	g := svgGraph{NodeW: nodeW, NodeH: nodeH, Width: padX*2 + maxDepth*colStep + nodeW, Height: padY*2 + max(maxRows-1, 0)*rowStep + nodeH}
	pos := map[string][2]int{}
	originID := ""
	if st.Origin != nil && st.Origin.Article != nil {
		originID = *st.Origin.Article
	}
	for d := 0; d <= maxDepth; d++ {
		for row, id := range cols[d] {
			x, y := padX+d*colStep, padY+row*rowStep
			pos[id] = [2]int{x, y}
			n := svgNode{ID: id, X: x, Y: y}
			if a, ok := byID[id]; ok {
				n.Label = fmt.Sprintf("[%d] %s", a.N, clip(a.Outlet, 20))
				n.Sub = a.Day
				n.Title = a.Outlet + ": " + a.Title
				n.Href = fmt.Sprintf("#article-%d", a.N)
				n.Origin = id == originID
			} else {
				name := outletLabel(st, id)
				n.Label, n.Sub, n.External = clip(name, 22), "not in corpus", true
				n.Title = name + " (known only from attributions)"
				n.Origin = st.Origin != nil && st.Origin.Article == nil && strings.EqualFold(name, st.Origin.Outlet)
			}
			g.Nodes = append(g.Nodes, n)
		}
	}
	for _, d := range st.Derivations {
		from, ok1 := pos[d.From]
		to, ok2 := pos[d.To]
		if !ok1 || !ok2 || d.From == d.To {
			continue
		}
		e := svgEdge{Kind: d.Kind, Independent: d.Kind == "independent", Title: edgeTitle(st, d, byID)}
		x1, y1 := from[0]+nodeW, from[1]+nodeH/2
		x2, y2 := to[0], to[1]+nodeH/2
		if x2 <= x1 {
			// same column (independent edges): arc out to the right
			x1, x2 = from[0]+nodeW, to[0]+nodeW
			e.Path = fmt.Sprintf("M%d %d C%d %d, %d %d, %d %d", x1, y1, x1+60, y1, x2+60, y2, x2, y2)
			e.LX, e.LY = x1+50, (y1+y2)/2
			g.Width = max(g.Width, x1+110)
		} else {
			c := (x2 - x1) / 2
			e.Path = fmt.Sprintf("M%d %d C%d %d, %d %d, %d %d", x1, y1, x1+c, y1, x2-c, y2, x2-6, y2)
			e.LX, e.LY = (x1+x2)/2, (y1+y2)/2-6
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// edgeTitle is the hover text of an edge: its kind and evidence.
func edgeTitle(st *report.Story, d report.Derivation, byID map[string]*articleInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s: %s", nodeName(st, d.From, byID), nodeName(st, d.To, byID), d.Kind)
	for _, ev := range d.Evidence {
		fmt.Fprintf(&b, "\n%s: %s", ev.Kind, clip(ev.Text, 160))
	}
	return b.String()
}

func nodeName(st *report.Story, id string, byID map[string]*articleInfo) string {
	if a, ok := byID[id]; ok {
		return fmt.Sprintf("[%d] %s", a.N, a.Outlet)
	}
	return outletLabel(st, id)
}

// outletLabel names a node "outlet:NAME" as the articles write the
// outlet's name (Derivation.FromOutlet, or the origin's), falling back to
// the folded NAME for stories stored before FromOutlet existed.
func outletLabel(st *report.Story, id string) string {
	for _, d := range st.Derivations {
		if d.From == id && d.FromOutlet != "" {
			return d.FromOutlet
		}
	}
	name := strings.TrimPrefix(id, "outlet:")
	if st.Origin != nil && strings.EqualFold(name, st.Origin.Outlet) {
		return st.Origin.Outlet
	}
	return name
}

// clip shortens s to at most n runes, with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
