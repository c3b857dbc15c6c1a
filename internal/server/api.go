package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// apiErrorBody is the one error shape of the API.
type apiErrorBody struct {
	Error apiErrorDetail `json:"error"`
}

type apiErrorDetail struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client went away; nothing left to tell it
}

// apiError answers with the JSON error shape; 5xx causes are logged, and
// never shown to the client.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, status int, msg string, cause error) {
	if status >= 500 {
		s.log.Error("api request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", cause)
		if msg == "" {
			msg = http.StatusText(status)
		}
	}
	writeJSON(w, status, apiErrorBody{apiErrorDetail{Status: status, Message: msg}})
}

// storeError maps a store error to a status: unknown ids are 404s, the
// rest is the server's fault.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, what string, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.apiError(w, r, http.StatusNotFound, what+" not found", nil)
		return
	}
	s.apiError(w, r, http.StatusInternalServerError, "", fmt.Errorf("%s: %w", what, err))
}

// paging is a validated limit and offset.
type paging struct{ Limit, Offset int }

func parsePaging(q url.Values) (paging, error) {
	p := paging{Limit: defaultLimit}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, fmt.Errorf("bad limit %q (want a whole number from 0 to %d)", v, maxLimit)
		}
		if n > 0 {
			p.Limit = min(n, maxLimit)
		}
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, fmt.Errorf("bad offset %q (want a whole number, 0 or more)", v)
		}
		p.Offset = n
	}
	return p, nil
}

func parseDay(s string, endOfDay bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Second)
	}
	return t, nil
}

// storyFilter is a parsed stories query, shared by the API and the list page.
type storyFilter struct {
	Order, Since, Until, Outlet, Entity, Topic, Q string
	paging
	query store.StoryQuery
}

func parseStoryFilter(q url.Values) (storyFilter, error) {
	f := storyFilter{Order: q.Get("order"), Since: q.Get("since"), Until: q.Get("until"),
		Outlet: strings.TrimSpace(q.Get("outlet")), Entity: strings.TrimSpace(q.Get("entity")), Topic: strings.TrimSpace(q.Get("topic")), Q: strings.TrimSpace(q.Get("q"))}
	if f.Order == "" {
		f.Order = "newest"
	}
	if f.Order != "newest" && f.Order != "largest" {
		return f, fmt.Errorf("unknown order %q (want newest or largest)", f.Order)
	}
	var err error
	if f.paging, err = parsePaging(q); err != nil {
		return f, err
	}
	f.query = store.StoryQuery{Order: f.Order, Outlet: f.Outlet, Entity: f.Entity, Topic: f.Topic, Limit: f.Limit, Offset: f.Offset}
	if f.query.Since, err = parseDay(f.Since, false); err != nil {
		return f, err
	}
	if f.query.Until, err = parseDay(f.Until, true); err != nil {
		return f, err
	}
	return f, nil
}

type storiesPage struct {
	Total   int                   `json:"total"`
	Offset  int                   `json:"offset"`
	Limit   int                   `json:"limit"`
	Stories []report.StoryListing `json:"stories"`
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	f, err := parseStoryFilter(r.URL.Query())
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error(), nil)
		return
	}
	page, err := s.findStories(r.Context(), f)
	if err != nil {
		s.storeError(w, r, "stories", err)
		return
	}
	out := storiesPage{Total: page.Total, Offset: f.Offset, Limit: f.Limit, Stories: []report.StoryListing{}}
	for _, st := range page.Stories {
		out.Stories = append(out.Stories, ingest.Listing(st))
	}
	writeJSON(w, http.StatusOK, out)
}

// storyResponse is a story's document with its articles in full. The
// embedded Story's "articles" id list is shadowed by the article objects,
// which carry the same ids in the same order.
type storyResponse struct {
	report.Story
	Requested string           `json:"requested,omitempty"`
	Articles  []report.Article `json:"articles"`
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	doc, err := s.storyDoc(r, id)
	if err != nil {
		s.storeError(w, r, "story "+id, err)
		return
	}
	resp := storyResponse{Story: doc.Stories[0], Articles: doc.Articles}
	if resp.Articles == nil {
		resp.Articles = []report.Article{}
	}
	if resp.ID != id {
		resp.Requested = id
	}
	writeJSON(w, http.StatusOK, resp)
}

// articleClaim is a claim of the article's story that this article
// carries: the claim's text (as one of its articles words it, not
// necessarily this one), this article's own wording, and where it stands.
type articleClaim struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// Wording is this article's own sentence (or sentences, joined by
	// " … ") carrying the claim: a rewrite saying "41 dead" where the
	// claim's text says 14 reads as it wrote it.
	Wording      string        `json:"wording"`
	Kind         string        `json:"kind"`
	Origins      int           `json:"origins"`
	SingleSource bool          `json:"single_source"`
	Outlets      []string      `json:"outlets"`
	Sentences    []report.Span `json:"sentences"`
}

type articleResponse struct {
	report.Article
	Story  string         `json:"story"`
	Claims []articleClaim `json:"claims"`
	// Divergences are the story's divergences the article takes a side in.
	Divergences []articleDivergence `json:"divergences"`
}

// articleDivergence is a divergence of the article's story seen from the
// article: the value it gives, the other articles giving the same, and the
// values the rest give.
type articleDivergence struct {
	Kind   string         `json:"kind"`
	Claim  string         `json:"claim"`
	Value  string         `json:"value"`
	Also   []string       `json:"also"`
	Others []report.Value `json:"others"`
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := s.articleView(r, id)
	if err != nil {
		s.storeError(w, r, "article "+id, err)
		return
	}
	writeJSON(w, http.StatusOK, a.resp)
}

type hitJSON struct {
	Kind    string `json:"kind"`
	ID      string `json:"id"`
	Story   string `json:"story"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
}

type searchResponse struct {
	Query  string    `json:"query"`
	Offset int       `json:"offset"`
	Limit  int       `json:"limit"`
	Hits   []hitJSON `json:"hits"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.apiError(w, r, http.StatusBadRequest, "missing query parameter q", nil)
		return
	}
	p, err := parsePaging(r.URL.Query())
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error(), nil)
		return
	}
	hits, err := s.st.Search(r.Context(), q, p.Limit, p.Offset)
	if err != nil {
		s.storeError(w, r, "search", err)
		return
	}
	out := searchResponse{Query: q, Offset: p.Offset, Limit: p.Limit, Hits: []hitJSON{}}
	for _, h := range hits {
		out.Hits = append(out.Hits, hitJSON(h))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiOutlets(w http.ResponseWriter, r *http.Request) {
	rows, err := s.outletRoles(r.Context())
	if err != nil {
		s.storeError(w, r, "outlets", err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"outlets": rows})
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openAPIDoc)
}
