package analyze

import (
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/provenance"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

// Story runs the per-story stages on a story's articles (oldest first) and
// returns its part of the document. Batch analysis and incremental ingestion
// both use it, so a story reads the same whichever way it was built.
func Story(id string, merged []string, arts []*news.Article) report.Story {
	s := report.Story{
		ID:          id,
		Articles:    make([]string, len(arts)),
		Merged:      merged,
		Title:       storyTitle(arts),
		Duplicates:  nearDuplicates(arts),
		Entities:    []report.Entity{},
		Claims:      []report.Claim{},
		Divergences: []report.Divergence{},
		Derivations: []report.Derivation{},
	}
	for i, a := range arts {
		s.Articles[i] = a.ID
	}
	if s.Duplicates == nil {
		s.Duplicates = [][]string{}
	}
	seen := map[string]bool{}
	for _, a := range arts {
		if k := strings.ToLower(OutletLabel(a)); !seen[k] {
			seen[k] = true
			s.Outlets = append(s.Outlets, OutletLabel(a))
		}
	}

	ents := entity.Resolve(arts)
	for _, e := range ents.Entities {
		re := report.Entity{ID: e.ID, Name: e.Name, Kind: e.Kind}
		for _, v := range e.Variants {
			re.Variants = append(re.Variants, report.Variant{Text: v.Text, Articles: v.Articles, Count: v.Count})
		}
		s.Entities = append(s.Entities, re)
	}

	graph := provenance.Analyze(arts)
	s.Origin = originDoc(graph.Original)
	for _, e := range graph.Edges {
		s.Derivations = append(s.Derivations, report.Derivation{From: e.From, FromOutlet: graph.OutletName(e.From), To: e.To, Kind: e.Kind, Evidence: evidenceDocs(e.Evidence)})
	}

	names := entityNames{ents}
	claims := claim.Extract(arts, names, graph)
	divs := claim.Diverge(arts, claims, names)
	// Newsrooms are named by their outlet's key (see claim.Source);
	// readers get the outlet as the articles give it.
	outletNames := make(map[string]string, len(arts))
	for _, a := range arts {
		if o := strings.TrimSpace(a.Outlet); o != "" {
			outletNames[strings.ToLower(o)] = o
		}
	}
	for _, c := range claims {
		rc := report.Claim{ID: c.ID, Text: c.Text, Articles: c.Articles, Outlets: c.Outlets, Origins: c.Origins, SingleSource: c.SingleSource, Kind: c.Kind}
		for _, r := range c.Sentences {
			rc.Sentences = append(rc.Sentences, report.SentenceRef{Article: r.Article, Start: r.Start, End: r.End})
		}
		rc.Sources = claimSources(c.Sources, outletNames, graph)
		s.Claims = append(s.Claims, rc)
	}
	for _, d := range divs {
		rd := report.Divergence{Kind: d.Kind, Claim: d.Claim}
		for _, v := range d.Values {
			rd.Values = append(rd.Values, report.Value{Value: v.Value, Articles: v.Articles, Context: v.Context})
		}
		s.Divergences = append(s.Divergences, rd)
	}

	s.Brief = writeBrief(&s, arts, claims, divs)
	return s
}

func writeBrief(s *report.Story, arts []*news.Article, claims []claim.Claim, divs []claim.Divergence) string {
	in := brief.Input{Title: s.Title, Articles: arts, CappedAt: claim.MaxStatements}
	for _, a := range arts {
		if claim.Capped(a) {
			in.Capped = append(in.Capped, a.ID)
		}
	}
	if s.Origin != nil {
		in.Origin = s.Origin.Outlet
		in.OriginAbsent = s.Origin.Article == nil
	}
	text := map[string]string{}
	for _, c := range claims {
		text[c.ID] = c.Text
		in.Claims = append(in.Claims, brief.Claim{Text: c.Text, Articles: c.Articles, Origins: c.Origins, SingleSource: c.SingleSource, Kind: c.Kind})
	}
	for _, d := range divs {
		bd := brief.Divergence{Kind: d.Kind, Claim: claimText(text, d.Claim)}
		for _, v := range d.Values {
			bd.Values = append(bd.Values, brief.Value{Value: v.Value, Articles: v.Articles, Context: v.Context})
		}
		in.Divergences = append(in.Divergences, bd)
	}
	labels := s.Labels()
	return brief.Write(in, func(id string) string { return labels[id] })
}

// claimText resolves a divergence's claim reference, which may be a claim
// ID or already the claim's text.
func claimText(byID map[string]string, ref string) string {
	if t, ok := byID[ref]; ok {
		return t
	}
	return ref
}

func originDoc(o provenance.Origin) *report.Origin {
	if o.Outlet == "" && o.Article == "" {
		return nil
	}
	ro := &report.Origin{Outlet: o.Outlet, Evidence: evidenceDocs(o.Evidence)}
	if o.Article != "" {
		id := o.Article
		ro.Article = &id
	}
	return ro
}

func evidenceDocs(ev []provenance.Evidence) []report.Evidence {
	out := make([]report.Evidence, 0, len(ev))
	for _, e := range ev {
		out = append(out, report.Evidence{Kind: e.Kind, Text: e.Text, Article: e.Article, Start: e.Start, End: e.End})
	}
	return out
}

// storyTitle picks the headline of the earliest dated article with one, the
// one most likely to name the event as it first broke; when no article has
// a headline, the opening of the first article's first sentence.
func storyTitle(arts []*news.Article) string {
	if len(arts) == 0 {
		return ""
	}
	sorted := slices.Clone(arts)
	slices.SortStableFunc(sorted, func(a, b *news.Article) int { return compareDates(a.Published, b.Published) })
	for _, a := range sorted {
		if t := strings.TrimSpace(a.Title); t != "" {
			return t
		}
	}
	for _, a := range sorted {
		if len(a.Sentences) > 0 {
			return report.Shorten(a.SentenceText(0), 90)
		}
	}
	return ""
}

// OutletLabel names an article's outlet for counting and display; an
// article whose outlet is unknown stands for itself, so that unknown
// outlets are never counted as one.
func OutletLabel(a *news.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return "unknown outlet (" + filepath.Base(strings.SplitN(a.Source, "#", 2)[0]) + ")"
}

func compareDates(a, b time.Time) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}

// entityNames lets the claim stage ask which entity a mention belongs to.
type entityNames struct{ set *entity.Set }

func (n entityNames) Lookup(articleID string, start int) (string, bool) {
	e, ok := n.set.Lookup(articleID, start)
	if !ok {
		return "", false
	}
	return e.ID, true
}

// claimSources names a claim's origins for readers: an outlet by the
// spelling its articles use, a newsroom by its outlet as given (outlets:
// by lower-cased name).
func claimSources(srcs []claim.Source, outlets map[string]string, graph *provenance.Graph) []report.ClaimSource {
	out := make([]report.ClaimSource, 0, len(srcs))
	for _, src := range srcs {
		rs := report.ClaimSource{Articles: src.Articles}
		kind, key, _ := strings.Cut(src.Origin, ":")
		switch kind {
		case "outlet":
			rs.Kind, rs.Name = "outlet", graph.OutletName(src.Origin)
		case "article":
			rs.Kind, rs.Article = "article", key
		case "newsroom":
			rs.Kind, rs.Name = "newsroom", key
			if o, ok := outlets[key]; ok {
				rs.Name = o
			}
		default:
			rs.Kind = "embedded"
		}
		out = append(out, rs)
	}
	return out
}
