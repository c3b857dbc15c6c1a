package server

import (
	"fmt"
	"html/template"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

type matrixCell struct {
	Has   bool
	Href  string
	Label string // accessible text of the cell
}

type matrixRow struct {
	ID, Text, Kind string
	Origins        int
	Outlets        int
	SingleSource   bool
	Diverges       bool
	Cells          []matrixCell
	// From names the origins the count rests on, for a claim carried by
	// several articles: a reader checks "2 origins" against them.
	From []sourceView
}

// sourceView is one origin of a claim with the articles going back to it.
type sourceView struct {
	Name  string
	Cites []*articleInfo
}

type valueView struct {
	Value   string
	Cites   []*articleInfo
	Context template.HTML
}

type divergenceView struct {
	Kind, Claim, ClaimID string
	Values               []valueView
}

type variantView struct {
	Text  string
	Count int
	Cites []*articleInfo
}

type entityView struct {
	Name, Kind string
	Variants   []variantView
}

type edgeView struct {
	From, To, Kind string
	Evidence       []report.Evidence
}

type timelineItem struct {
	When string
	*articleInfo
	Origin bool
}

type storyView struct {
	ID, Title, Requested string
	Brief                template.HTML
	Articles             []*articleInfo
	Families             []family
	Columns              []*articleInfo // the matrix columns, family by family
	Rows                 []matrixRow
	Outlets, Origins     int
	SingleSource         int
	Divergences          []divergenceView
	Entities             []entityView
	Graph                svgGraph
	Edges                []edgeView
	OriginText           string
	OriginEvidence       []report.Evidence
	Timeline             []timelineItem
	MentionedDates       []template.HTML // the brief's timeline: dates the articles mention
	Duplicates           [][]*articleInfo
	History              []historyItem
	// Related are the other stories of its topic (the events of one
	// subject over days); Topic lists them all.
	Related []report.Related
	Topic   string
}

// historyItem is one merge or move of a stored story; Label names the
// moved article by its citation number while it is still in the story.
type historyItem struct {
	report.Change
	Label string
}

// buildStoryView turns a story's document into what the story page shows.
func buildStoryView(doc *report.Document, requested string) *storyView {
	st := &doc.Stories[0]
	v := &storyView{ID: st.ID, Title: st.Title, Outlets: len(st.Outlets), Origins: st.IndependentOrigins(), Related: st.Related, Topic: st.Topic}
	if requested != st.ID {
		v.Requested = requested
	}
	byID := map[string]*articleInfo{}
	full := map[string]report.Article{}
	for _, a := range doc.Articles {
		full[a.ID] = a
	}
	for i, id := range st.Articles {
		a := full[id]
		pub, day := formatPublished(a.Published)
		info := &articleInfo{ID: id, N: i + 1, Outlet: a.Outlet, Title: a.Title, Published: pub, Day: day}
		if info.Outlet == "" {
			info.Outlet = "unknown outlet"
		}
		v.Articles = append(v.Articles, info)
		byID[id] = info
	}
	cites := func(ids []string) []*articleInfo {
		var out []*articleInfo
		for _, id := range ids {
			if a, ok := byID[id]; ok {
				out = append(out, a)
			}
		}
		return out
	}
	citeLink := func(n string) string {
		if k, err := strconv.Atoi(n); err == nil && k >= 1 && k <= len(v.Articles) {
			return fmt.Sprintf("#article-%d", k)
		}
		return ""
	}
	v.Brief = briefHTML(st.Brief, citeLink)
	for _, item := range briefTimeline(st.Brief) {
		v.MentionedDates = append(v.MentionedDates, template.HTML(inline(item, citeLink))) //nolint:gosec // inline escapes
	}

	v.Families = originFamilies(st, v.Articles)
	for _, f := range v.Families {
		v.Columns = append(v.Columns, f.Articles...)
	}
	diverging := map[string]bool{}
	for _, d := range st.Divergences {
		diverging[d.Claim] = true
	}
	for _, c := range report.SortClaims(st.Claims) {
		row := matrixRow{ID: c.ID, Text: c.Text, Kind: c.Kind, Origins: c.Origins, Outlets: len(c.Outlets),
			SingleSource: c.SingleSource, Diverges: diverging[c.ID]}
		if row.SingleSource && c.Kind == "fact" {
			v.SingleSource++
		}
		for _, col := range v.Columns {
			cell := matrixCell{Label: fmt.Sprintf("[%d] %s: not carried", col.N, col.Outlet)}
			if slices.Contains(c.Articles, col.ID) {
				cell = matrixCell{Has: true, Href: "/articles/" + col.ID + "#claim-" + c.ID,
					Label: fmt.Sprintf("[%d] %s: carries this claim", col.N, col.Outlet)}
			}
			row.Cells = append(row.Cells, cell)
		}
		if len(c.Articles) > 1 {
			row.From = claimSources(c.Sources, byID, cites)
		}
		v.Rows = append(v.Rows, row)
	}

	claimText := map[string]string{}
	for _, c := range st.Claims {
		claimText[c.ID] = c.Text
	}
	for _, d := range st.Divergences {
		dv := divergenceView{Kind: d.Kind, Claim: d.Claim}
		if t, ok := claimText[d.Claim]; ok {
			dv.Claim, dv.ClaimID = t, d.Claim
		}
		for i, val := range d.Values {
			other := ""
			switch {
			case i > 0:
				other = d.Values[0].Context
			case len(d.Values) > 1:
				other = d.Values[1].Context
			}
			dv.Values = append(dv.Values, valueView{Value: val.Value, Cites: cites(val.Articles), Context: wordDiff(val.Context, other)})
		}
		v.Divergences = append(v.Divergences, dv)
	}

	for _, e := range st.Entities {
		ev := entityView{Name: e.Name, Kind: e.Kind}
		for _, va := range e.Variants {
			ev.Variants = append(ev.Variants, variantView{Text: va.Text, Count: va.Count, Cites: cites(va.Articles)})
		}
		v.Entities = append(v.Entities, ev)
	}

	v.Graph = layoutGraph(st, v.Articles)
	for _, d := range st.Derivations {
		v.Edges = append(v.Edges, edgeView{From: nodeName(st, d.From, byID), To: nodeName(st, d.To, byID), Kind: d.Kind, Evidence: d.Evidence})
	}
	if o := st.Origin; o != nil {
		v.OriginEvidence = o.Evidence
		if o.Article != nil {
			if a, ok := byID[*o.Article]; ok {
				v.OriginText = fmt.Sprintf("[%d] %s — %s", a.N, a.Outlet, a.Title)
			}
		}
		if v.OriginText == "" {
			v.OriginText = o.Outlet + " (not in the corpus; known from attributions)"
		}
	}

	originID := ""
	if st.Origin != nil && st.Origin.Article != nil {
		originID = *st.Origin.Article
	}
	for _, a := range v.Articles {
		v.Timeline = append(v.Timeline, timelineItem{When: a.Published, articleInfo: a, Origin: a.ID == originID})
	}
	sort.SliceStable(v.Timeline, func(i, j int) bool {
		a, b := full[v.Timeline[i].ID].Published, full[v.Timeline[j].ID].Published
		if (a == "") != (b == "") {
			return a != ""
		}
		return a < b
	})
	for _, g := range st.Duplicates {
		v.Duplicates = append(v.Duplicates, cites(g))
	}
	for _, c := range st.History {
		h := historyItem{Change: c, Label: "article " + c.Article}
		if a, ok := byID[c.Article]; ok {
			h.Label = fmt.Sprintf("[%d] %s", a.N, a.Outlet)
		}
		v.History = append(v.History, h)
	}
	return v
}

// segment is a run of article text, highlighted when a claim sentence.
type segment struct {
	Text    string
	ClaimID string
	Claim   string
	Kind    string
	Single  bool
	Anchor  bool // the first sentence of its claim, which holds the claim's id
}

type articleView struct {
	ID, Title, Outlet, URL, Published, Language string
	Story, StoryTitle                           string
	N                                           int
	Segments                                    []segment
	Claims                                      []articleClaim
	Boilerplate                                 []report.Removed
	Differs                                     []differView
}

// differView is a divergence of the story seen from one article, as its
// page shows it (see articleDivergence).
type differView struct {
	Kind, ClaimID, Own string
	Also               []int // citation numbers of the articles that agree
	Others             []otherValue
}

type otherValue struct {
	Value string
	Cites []int
}

// buildArticleView splits an article's text into plain runs and claim
// sentences. Spans are byte offsets; ones that overlap an earlier span, fall
// outside the text or cut a UTF-8 sequence are dropped rather than trusted.
func buildArticleView(d *articleData) *articleView {
	a := d.resp
	pub, _ := formatPublished(a.Published)
	v := &articleView{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: pub, Language: a.Language,
		Story: d.story.ID, StoryTitle: d.story.Title, Claims: a.Claims, Boilerplate: a.Boilerplate}
	if i := slices.Index(d.story.Articles, a.ID); i >= 0 {
		v.N = i + 1
	}
	type span struct {
		start, end int
		c          articleClaim
	}
	var spans []span
	for _, c := range a.Claims {
		for _, s := range c.Sentences {
			spans = append(spans, span{s.Start, s.End, c})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	text, pos := a.Text, 0
	anchored := map[string]bool{}
	valid := func(off int) bool {
		return off >= 0 && off <= len(text) && (off == len(text) || utf8.RuneStart(text[off]))
	}
	for _, s := range spans {
		if s.start < pos || s.end <= s.start || !valid(s.start) || !valid(s.end) {
			continue
		}
		if s.start > pos {
			v.Segments = append(v.Segments, segment{Text: text[pos:s.start]})
		}
		v.Segments = append(v.Segments, segment{Text: text[s.start:s.end], ClaimID: s.c.ID, Claim: s.c.Text, Kind: s.c.Kind,
			Single: s.c.SingleSource, Anchor: !anchored[s.c.ID]})
		anchored[s.c.ID] = true
		pos = s.end
	}
	if pos < len(text) {
		v.Segments = append(v.Segments, segment{Text: text[pos:]})
	}
	if strings.TrimSpace(v.Outlet) == "" {
		v.Outlet = "unknown outlet"
	}
	v.Differs = differsView(d.story, a.Divergences)
	return v
}

// articleDivergences lists the story's divergences that article id takes
// a side in: a reader of one outlet's article sees where it parts from the
// others without reading the whole story page.
func articleDivergences(st *report.Story, id string) []articleDivergence {
	out := []articleDivergence{}
	for _, d := range st.Divergences {
		own := slices.IndexFunc(d.Values, func(v report.Value) bool { return slices.Contains(v.Articles, id) })
		if own < 0 {
			continue
		}
		ad := articleDivergence{Kind: d.Kind, Claim: d.Claim, Value: d.Values[own].Value, Also: []string{}, Others: []report.Value{}}
		for _, x := range d.Values[own].Articles {
			if x != id {
				ad.Also = append(ad.Also, x)
			}
		}
		for i, val := range d.Values {
			if i != own && !slices.Contains(val.Articles, id) {
				ad.Others = append(ad.Others, val)
			}
		}
		out = append(out, ad)
	}
	return out
}

// differsView is articleDivergences as the article page shows them: kinds
// in words, articles by their citation numbers in the story.
func differsView(st *report.Story, ds []articleDivergence) []differView {
	num := func(ids []string) []int {
		var out []int
		for _, x := range ids {
			if i := slices.Index(st.Articles, x); i >= 0 {
				out = append(out, i+1)
			}
		}
		return out
	}
	var out []differView
	for _, d := range ds {
		v := differView{Kind: brief.KindLabel(d.Kind), ClaimID: d.Claim, Own: d.Value, Also: num(d.Also)}
		for _, o := range d.Others {
			v.Others = append(v.Others, otherValue{Value: o.Value, Cites: num(o.Articles)})
		}
		out = append(out, v)
	}
	return out
}

// claimSources names each origin of a claim as the text report's "from:"
// line does: an outlet or newsroom by name, an article reporting for
// itself as its outlet's own reporting, an embedded post as such.
func claimSources(srcs []report.ClaimSource, byID map[string]*articleInfo, cites func([]string) []*articleInfo) []sourceView {
	out := make([]sourceView, 0, len(srcs))
	for _, src := range srcs {
		sv := sourceView{Name: src.Name}
		switch src.Kind {
		case "article":
			sv.Name = "own reporting"
			if a := byID[src.Article]; a != nil && a.Outlet != "unknown outlet" {
				sv.Name = a.Outlet + "'s own reporting"
			}
		case "embedded":
			sv.Name = "an embedded post"
		}
		sv.Cites = cites(src.Articles)
		out = append(out, sv)
	}
	return out
}
