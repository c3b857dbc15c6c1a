package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// searchDepth bounds how many search hits a text-filtered story list looks
// at: the store ranks hits, so stories beyond the first thousand hits are
// weak matches anyway.
const searchDepth = 1000

// findStories lists stories for a filter. Without q it is one store query;
// with q the stories come from the search hits, in rank order, and the
// other filters are applied to them here.
func (s *Server) findStories(ctx context.Context, f storyFilter) (store.StoryPage, error) {
	if f.Q == "" {
		return s.st.Stories(ctx, f.query)
	}
	hits, err := s.st.Search(ctx, f.Q, searchDepth, 0)
	if err != nil {
		return store.StoryPage{}, err
	}
	var allowed map[string]bool
	if f.Outlet != "" || f.Entity != "" || f.Topic != "" {
		q := f.query
		q.Limit, q.Offset = searchDepth, 0
		page, err := s.st.Stories(ctx, q)
		if err != nil {
			return store.StoryPage{}, err
		}
		allowed = map[string]bool{}
		for _, st := range page.Stories {
			allowed[st.ID] = true
		}
	}
	asked, live := map[string]bool{}, map[string]bool{}
	var all []store.Story
	for _, h := range hits {
		if asked[h.Story] {
			continue
		}
		asked[h.Story] = true
		st, err := s.st.Story(ctx, h.Story)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return store.StoryPage{}, err
		}
		if live[st.ID] {
			continue // hits in two stories since merged into one
		}
		live[st.ID] = true
		switch {
		case allowed != nil && !allowed[st.ID]:
		case !f.query.Since.IsZero() && st.Updated.Before(f.query.Since):
		case !f.query.Until.IsZero() && st.Updated.After(f.query.Until):
		default:
			all = append(all, *st)
		}
	}
	if f.Order == "largest" {
		sort.SliceStable(all, func(i, j int) bool { return all[i].Articles > all[j].Articles })
	}
	page := store.StoryPage{Total: len(all)}
	if f.Offset < len(all) {
		page.Stories = all[f.Offset:min(len(all), f.Offset+f.Limit)]
	}
	return page, nil
}

// storyDoc returns a story's document (analysing it first if stale).
func (s *Server) storyDoc(r *http.Request, id string) (*report.Document, error) {
	doc, err := ingest.StoryDocument(r.Context(), s.st, id)
	if err != nil {
		return nil, err
	}
	if len(doc.Stories) == 0 {
		return nil, fmt.Errorf("story %s: empty analysis", id)
	}
	return doc, nil
}

// articleData is an article with the story claims it carries.
type articleData struct {
	resp  articleResponse
	story *report.Story
	doc   *report.Document
}

func (s *Server) articleView(r *http.Request, id string) (*articleData, error) {
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		return nil, err
	}
	doc, err := s.storyDoc(r, a.Story)
	if err != nil {
		return nil, err
	}
	st := &doc.Stories[0]
	d := &articleData{story: st, doc: doc}
	d.resp = articleResponse{Article: report.NewArticle(&a.Article, nil), Story: st.ID, Claims: []articleClaim{}, Divergences: articleDivergences(st, a.ID)}
	for _, c := range st.Claims {
		if !slices.Contains(c.Articles, id) {
			continue
		}
		ac := articleClaim{ID: c.ID, Text: c.Text, Kind: c.Kind, Origins: c.Origins, SingleSource: c.SingleSource, Outlets: c.Outlets, Sentences: []report.Span{}}
		var words []string
		for _, ref := range c.Sentences {
			if ref.Article == id {
				ac.Sentences = append(ac.Sentences, report.Span{Start: ref.Start, End: ref.End})
				if ref.Start >= 0 && ref.Start < ref.End && ref.End <= len(a.Text) {
					words = append(words, a.Text[ref.Start:ref.End])
				}
			}
		}
		ac.Wording = strings.Join(words, " … ")
		d.resp.Claims = append(d.resp.Claims, ac)
	}
	return d, nil
}

// outletRole is one outlet's row of GET /api/outlets and the outlets page.
type outletRole struct {
	Outlet      string `json:"outlet"`
	Articles    int    `json:"articles"`
	Stories     int    `json:"stories"`
	Origin      int    `json:"origin"`      // stories whose likely original report is this outlet's
	Echo        int    `json:"echo"`        // articles restating another article (rewrite, translation, syndication, quotation)
	Divergences int    `json:"divergences"` // divergences with a competing value carried by this outlet
	Minority    int    `json:"minority"`    // of those, the ones where fewer outlets carry its value than another's
}

// outletRoles lists each outlet's articles and roles, most origins first.
// The store keeps the per-story roles as analyses are stored, so this costs
// one aggregate query, not a pass over every analysis.
func (s *Server) outletRoles(ctx context.Context) ([]outletRole, error) {
	stats, err := s.st.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	rows := make([]outletRole, len(stats))
	for i, o := range stats {
		rows[i] = outletRole{Outlet: o.Outlet, Articles: o.Articles, Stories: o.Stories, Origin: o.Origin, Echo: o.Echo, Divergences: o.Divergences, Minority: o.Minority}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Origin != rows[j].Origin {
			return rows[i].Origin > rows[j].Origin
		}
		return rows[i].Articles > rows[j].Articles
	})
	return rows, nil
}
