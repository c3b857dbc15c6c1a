package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Names tells which entity a mention belongs to (entity.Set implements it).
type Names interface {
	Lookup(articleID string, start int) (entityID string, ok bool)
}

// Lineage tells which independent origin a sentence of an article descends
// from (provenance.Graph implements it): "outlet:nbc news" when the
// sentence is attributed to or copied from NBC News, "article:<id>" when
// the article is its own origin. Inherited is true when that origin rests
// only on the article's credit as a whole, not on the sentence's own
// credit or a passage it shares.
type Lineage interface {
	Origin(articleID string, sentence int) string
	Inherited(articleID string, sentence int) bool
}

// Claim is one statement as the story's articles carry it.
type Claim struct {
	ID   string
	Text string // the most central of the aligned statements
	// Articles are the IDs of the articles carrying the claim, in input
	// order; Sentences holds the one statement each contributes, in the
	// same order. A statement carrying two facts ("14 people were killed
	// and 2,300 forced from their homes") may stand in two claims.
	Articles  []string
	Sentences []Ref
	Outlets   []string // distinct outlets, sorted
	// Origins counts the distinct independent origins among the carrying
	// statements: ten rewrites of one report are one origin.
	Origins int
	// Sources lists those origins, each with the articles descending from
	// it, so a reader can see what the count rests on.
	Sources []Source
	// SingleSource is Origins == 1: nothing independent confirms the
	// claim, however many outlets repeat it. Report len(Articles) beside it
	// ("1 origin, 5 articles").
	SingleSource bool
	// Kind is KindCommentary when most carrying statements are the
	// writer's own voice, KindFiller when all are about another event, and
	// KindFact otherwise.
	Kind string
}

// newsrooms maps the origin of each article of the story ("article:" and
// its ID) to its outlet's newsroom: two articles of one outlet (a wire's
// update and its follow-up, a paper's two pieces on one day) are one
// newsroom's reporting, not two independent confirmations. On the
// extraction benchmark's pages a blog's two posts corroborated each
// other. Origins outside the story (outlets credited by name) are not in
// the map.
func newsrooms(docs []*doc) map[string]string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		if o := strings.ToLower(strings.TrimSpace(d.art.Outlet)); o != "" {
			m["article:"+d.art.ID] = "newsroom:" + o
		}
	}
	return m
}

// lineOrigins returns the origin of each member statement. A statement
// whose origin is only inherited from its article's credit as a whole
// takes the origin the other members credit themselves or copy, when they
// name exactly one: "Lukashenko said talks could begin in autumn, Tass
// reported" beside the same remark in a wire story retelling NBC's scoop
// is Tass's report twice, not Tass confirmed by NBC, which never reported
// it. A statement's own credit is evidence about that fact; the article's
// is evidence about its main story. Statements of articles that are their
// own origin keep it: nothing says they did not report the fact
// themselves.
func lineOrigins(docs []*doc, stmts []*stmt, members []int, lin Lineage) []string {
	out := make([]string, len(members))
	inherited := make([]bool, len(members))
	credited := map[string]bool{}
	for i, m := range members {
		s := stmts[m]
		id := docs[s.doc].art.ID
		out[i] = "article:" + id
		if lin == nil {
			continue
		}
		if o := lin.Origin(id, s.sent); o != "" {
			out[i] = o
		}
		inherited[i] = lin.Inherited(id, s.sent)
		if !inherited[i] && !s.embedded && out[i] != "article:"+id {
			credited[out[i]] = true
		}
	}
	if len(credited) != 1 {
		return out
	}
	var only string
	for o := range credited {
		only = o
	}
	for i := range out {
		if inherited[i] {
			out[i] = only
		}
	}
	return out
}

// Source is one independent origin of a claim. Origin is "outlet:<name>"
// for an outlet the articles credit (or copy) whose report may be outside
// the story, "article:<id>" for an article of the story that is its own
// origin, "newsroom:<outlet>" for several articles of one outlet, and
// "embedded-post" for a social-media post the articles embed.
type Source struct {
	Origin   string
	Articles []string // in the order of Claim.Articles
}

// Ref points at a statement: a sentence or clause of an article's Text.
type Ref struct {
	Article    string
	Start, End int
}

// Extract splits the articles of one story into statements and aligns them
// into claims. names may be nil (mentions then compare by folded text) and
// lin may be nil (each article is then its own origin). Claims come out
// most widely carried first, then in reading order; nil articles are
// skipped. Articles are told apart by ID, which must be unique within the
// story. Sentences and tokens come from textproc when the articles have
// them; otherwise a plain English analysis made here stands in.
func Extract(arts []*news.Article, names Names, lin Lineage) []Claim {
	return extract(arts, names, lin, foldCopies)
}

// extract is Extract with the folding of copies given, so that tests can
// check folding changes nothing but the cost.
func extract(arts []*news.Article, names Names, lin Lineage, foldFn func([]*stmt) *folded) []Claim {
	var docs []*doc
	for _, a := range arts {
		if a != nil {
			docs = append(docs, newDoc(a))
		}
	}
	var stmts []*stmt
	for di, d := range docs {
		for _, s := range statements(d, di) {
			features(d, s, names)
			bare := d.bare(s.start, s.end)
			s.commentary, s.question = voice(bare)
			stmts = append(stmts, s)
		}
	}
	weigh(stmts)
	markFiller(docs, stmts)
	f := foldFn(stmts)
	trans := findTranslations(docs, stmts, f, names)
	groups := cluster(stmts, f)
	extras := attach(stmts, f, groups)
	groups, extras = trans.place(stmts, f, groups, extras)

	newsroom := newsrooms(docs)
	claims := make([]Claim, 0, len(groups))
	for gi, g := range groups {
		claims = append(claims, build(docs, stmts, f, g, extras[gi], lin, newsroom))
	}
	first := func(c Claim) (int, int) {
		return docIndex(docs, c.Articles[0]), c.Sentences[0].Start
	}
	sort.SliceStable(claims, func(i, j int) bool {
		if len(claims[i].Articles) != len(claims[j].Articles) {
			return len(claims[i].Articles) > len(claims[j].Articles)
		}
		di, si := first(claims[i])
		dj, sj := first(claims[j])
		if di != dj {
			return di < dj
		}
		return si < sj
	})
	return claims
}

func docIndex(docs []*doc, id string) int {
	for i, d := range docs {
		if d.art.ID == id {
			return i
		}
	}
	return -1
}

// build turns one group of statements into a Claim. The statements of
// extra, which belong to other claims first, count as carrying this one
// too, but the claim's wording is taken from its own members.
func build(docs []*doc, stmts []*stmt, f *folded, own, extra []int, lin Lineage, newsroom map[string]string) Claim {
	isOwn := make(map[int]bool, len(own))
	for _, m := range own {
		isOwn[m] = true
	}
	members := append(slices.Clone(own), extra...)
	slices.SortFunc(members, func(a, b int) int { return stmts[a].doc - stmts[b].doc })
	var c Claim
	best, bestSum := own[0], -1.0
	sums := map[int]float64{}       // node -> a member's summed similarity to the others
	origins := make(map[string]int) // origin -> its index in c.Sources
	outlets := make(map[string]bool)
	commentary, filler := 0, 0
	h := sha256.New()
	memberOrigins := lineOrigins(docs, stmts, members, lin)
	for i, m := range members {
		s := stmts[m]
		a := docs[s.doc].art
		c.Articles = append(c.Articles, a.ID)
		c.Sentences = append(c.Sentences, Ref{Article: a.ID, Start: s.start, End: s.end})
		fmt.Fprintf(h, "%s:%d-%d;", a.ID, s.start, s.end)
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
		origin := memberOrigins[i]
		if n, ok := newsroom[origin]; ok {
			origin = n
		}
		if s.embedded {
			// Every outlet embedding the post carries one origin: its author.
			origin = "embedded-post"
		}
		k, ok := origins[origin]
		if !ok {
			k = len(c.Sources)
			origins[origin] = k
			c.Sources = append(c.Sources, Source{Origin: origin})
		}
		if src := &c.Sources[k]; !slices.Contains(src.Articles, a.ID) {
			src.Articles = append(src.Articles, a.ID)
		}
		if s.commentary {
			commentary++
		}
		if s.filler {
			filler++
		}
		if !isOwn[m] {
			continue
		}
		sum, ok := sums[f.node[m]]
		if !ok {
			for _, o := range members {
				if o != m {
					sum += f.sim(stmts, m, o)
				}
			}
			// Copies of one wording score alike: sum once per node.
			sums[f.node[m]] = sum
		}
		if sum > bestSum {
			best, bestSum = m, sum
		}
	}
	bs := stmts[best]
	c.Text = oneLine(docs[bs.doc].art.Text[bs.start:bs.end])
	c.ID = "c" + hex.EncodeToString(h.Sum(nil))[:12]
	for o := range outlets {
		c.Outlets = append(c.Outlets, o)
	}
	sort.Strings(c.Outlets)
	c.Origins = len(c.Sources)
	c.SingleSource = c.Origins == 1
	switch {
	case 2*commentary > len(members):
		c.Kind = KindCommentary
	case filler == len(members):
		c.Kind = KindFiller
	default:
		c.Kind = KindFact
	}
	return c
}
