package server

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPIDoc []byte

// pages holds each page's template set: the shared layout plus the page.
type pages struct {
	sets map[string]*template.Template
}

var pageNames = []string{"stories", "story", "article", "outlets", "search", "error"}

func loadPages() (*pages, error) {
	funcs := template.FuncMap{
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return fmt.Sprintf("%d %s", n, one)
			}
			return fmt.Sprintf("%d %s", n, many)
		},
		"query": func(base string, kv ...string) string {
			v := url.Values{}
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i+1] != "" {
					v.Set(kv[i], kv[i+1])
				}
			}
			if len(v) == 0 {
				return base
			}
			return base + "?" + v.Encode()
		},
		"word": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"add": func(a, b int) int { return a + b },
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		p.sets[name] = t
	}
	return p, nil
}

func staticHandler() http.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	fsrv := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // no directory listings
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fsrv.ServeHTTP(w, r)
	})
}

// pageData is what every page's layout reads.
type pageData struct {
	Title   string
	Nav     string // the active nav item
	Query   string // the search box's value
	Content any
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	var buf bytes.Buffer
	if err := s.pages.sets[name].Execute(&buf, d); err != nil {
		if name == "error" {
			s.log.Error("render error page", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		s.pageError(w, r, http.StatusInternalServerError, "", fmt.Errorf("render %s: %w", name, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

type errorView struct {
	Status  int
	Heading string
	Message string
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string, cause error) {
	if status >= 500 {
		s.log.Error("page request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", cause)
		msg = "Something went wrong on our side. The error has been logged; please try again later."
	}
	v := errorView{Status: status, Heading: http.StatusText(status), Message: msg}
	if status == http.StatusNotFound {
		v.Heading = "Page not found"
	}
	s.render(w, r, status, "error", pageData{Title: v.Heading, Content: v})
}

// pageStoreError maps a store error to a 404 or a 500 page.
func (s *Server) pageStoreError(w http.ResponseWriter, r *http.Request, what string, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.pageError(w, r, http.StatusNotFound, "There is no "+what+" with that id. It may have been mistyped.", nil)
		return
	}
	s.pageError(w, r, http.StatusInternalServerError, "", fmt.Errorf("%s: %w", what, err))
}

type storyRow struct {
	report.StoryListing
	Day string
}

type storiesView struct {
	Filter       storyFilter
	Stories      []storyRow
	Total        int
	From, To     int
	Prev, Next   string
	Articles     int
	StoriesTotal int
	Outlets      []string
	Filtered     bool
}

func (s *Server) pageStories(w http.ResponseWriter, r *http.Request) {
	f, err := parseStoryFilter(r.URL.Query())
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error(), nil)
		return
	}
	ctx := r.Context()
	page, err := s.findStories(ctx, f)
	if err != nil {
		s.pageStoreError(w, r, "stories", err)
		return
	}
	counts, err := s.st.Counts(ctx)
	if err != nil {
		s.pageStoreError(w, r, "counts", err)
		return
	}
	outlets, err := s.st.Outlets(ctx)
	if err != nil {
		s.pageStoreError(w, r, "outlets", err)
		return
	}
	v := storiesView{Filter: f, Total: page.Total, Articles: counts.Articles, StoriesTotal: counts.Stories,
		Filtered: f.Q != "" || f.Outlet != "" || f.Entity != "" || f.Topic != "" || f.Since != "" || f.Until != ""}
	for _, o := range outlets {
		v.Outlets = append(v.Outlets, o.Outlet)
	}
	for _, st := range page.Stories {
		v.Stories = append(v.Stories, storyRow{StoryListing: ingest.Listing(st), Day: st.Updated.UTC().Format("2 Jan 2006")})
	}
	if len(v.Stories) > 0 {
		v.From, v.To = f.Offset+1, f.Offset+len(v.Stories)
	}
	link := func(offset int) string {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(offset))
		return "/?" + q.Encode()
	}
	if f.Offset > 0 {
		v.Prev = link(max(f.Offset-f.Limit, 0))
	}
	if f.Offset+len(v.Stories) < page.Total {
		v.Next = link(f.Offset + f.Limit)
	}
	s.render(w, r, http.StatusOK, "stories", pageData{Title: "Stories", Nav: "stories", Query: f.Q, Content: v})
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	doc, err := s.storyDoc(r, id)
	if err != nil {
		s.pageStoreError(w, r, "story", err)
		return
	}
	v := buildStoryView(doc, id)
	s.render(w, r, http.StatusOK, "story", pageData{Title: v.Title, Nav: "stories", Content: v})
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	d, err := s.articleView(r, r.PathValue("id"))
	if err != nil {
		s.pageStoreError(w, r, "article", err)
		return
	}
	v := buildArticleView(d)
	s.render(w, r, http.StatusOK, "article", pageData{Title: v.Title, Nav: "stories", Content: v})
}

type outletsView struct {
	Rows []outletRole
}

func (s *Server) pageOutlets(w http.ResponseWriter, r *http.Request) {
	rows, err := s.outletRoles(r.Context())
	if err != nil {
		s.pageStoreError(w, r, "outlets", err)
		return
	}
	s.render(w, r, http.StatusOK, "outlets", pageData{Title: "Outlets", Nav: "outlets", Content: outletsView{Rows: rows}})
}

type searchHit struct {
	hitJSON
	HTML template.HTML // the snippet with the matches marked
}

type searchView struct {
	Q          string
	Hits       []searchHit
	From       int
	Prev, Next string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	p, err := parsePaging(r.URL.Query())
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error(), nil)
		return
	}
	v := searchView{Q: q, From: p.Offset + 1}
	if q != "" {
		// one extra hit tells whether there is a next page
		hits, err := s.st.Search(r.Context(), q, p.Limit+1, p.Offset)
		if err != nil {
			s.pageStoreError(w, r, "search", err)
			return
		}
		link := func(offset int) string {
			return "/search?" + url.Values{"q": {q}, "offset": {strconv.Itoa(offset)}, "limit": {strconv.Itoa(p.Limit)}}.Encode()
		}
		if len(hits) > p.Limit {
			hits = hits[:p.Limit]
			v.Next = link(p.Offset + p.Limit)
		}
		if p.Offset > 0 {
			v.Prev = link(max(p.Offset-p.Limit, 0))
		}
		words := store.QueryWords(q)
		for _, h := range hits {
			sh := searchHit{hitJSON: hitJSON(h)}
			if h.Kind == "claim" {
				// claims come back whole, without the store's [match] markers
				sh.HTML = markWords(h.Snippet, words)
			} else {
				sh.HTML = snippetHTML(h.Snippet)
			}
			v.Hits = append(v.Hits, sh)
		}
	}
	s.render(w, r, http.StatusOK, "search", pageData{Title: "Search", Nav: "search", Query: q, Content: v})
}

// snippetHTML shows a search snippet with the store's [match] markers as
// <mark>, everything else escaped.
func snippetHTML(s string) template.HTML {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']')
		if i < 0 || j < 0 {
			break
		}
		j += i
		b.WriteString(template.HTMLEscapeString(s[:i]))
		b.WriteString("<mark>" + template.HTMLEscapeString(s[i+1:j]) + "</mark>")
		s = s[j+1:]
	}
	b.WriteString(template.HTMLEscapeString(s))
	return template.HTML(b.String()) //nolint:gosec // every piece is escaped
}

// markWords escapes s and marks the words equal (ignoring case) to one of
// words.
func markWords(s string, words []string) template.HTML {
	want := map[string]bool{}
	for _, w := range words {
		want[strings.ToLower(w)] = true
	}
	var b strings.Builder
	start := -1 // start of the current word, or -1
	flush := func(end int) {
		w := s[start:end]
		if want[strings.ToLower(w)] {
			b.WriteString("<mark>" + template.HTMLEscapeString(w) + "</mark>")
		} else {
			b.WriteString(template.HTMLEscapeString(w))
		}
		start = -1
	}
	for i, r := range s {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case isWord && start < 0:
			start = i
		case !isWord && start >= 0:
			flush(i)
		}
		if !isWord {
			b.WriteString(template.HTMLEscapeString(string(r)))
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return template.HTML(b.String()) //nolint:gosec // every piece is escaped
}

func formatPublished(rfc string) (full, day string) {
	if rfc == "" {
		return "", ""
	}
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return rfc, rfc
	}
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2 Jan 2006"), t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan 2006 15:04 UTC"), t.Format("2 Jan 2006")
}
