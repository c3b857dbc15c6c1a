// Package server is crosscheck's reading room: `crosscheck serve` puts the
// store behind a JSON API (under /api/) and a server-rendered web UI for
// journalists and researchers reading one story across outlets. It decides
// nothing about text itself: stories, claims, divergences and provenance come
// from the stored analyses (ingest.StoryDocument), and the one write route,
// POST /api/articles, goes through the same ingest path as the ingest command.
package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Config tunes a Server. Zero fields take the defaults.
type Config struct {
	// Token, when set, protects the write route: POST /api/articles needs
	// "Authorization: Bearer TOKEN".
	Token string
	// MaxBody caps a POST body in bytes (default 10 MB).
	MaxBody int64
	// Ingest tunes the ingester behind POST /api/articles.
	Ingest ingest.Config
	// Log receives 5xx errors; nil discards them.
	Log *slog.Logger
}

const (
	defaultMaxBody = 10 << 20
	defaultLimit   = 50
	maxLimit       = 200
)

// Server serves one store. It is an http.Handler.
type Server struct {
	st    store.Store
	cfg   Config
	log   *slog.Logger
	pages *pages
	mux   *http.ServeMux

	// writeMu serialises POSTs: ingestion groups articles strictly in
	// arrival order, and a POST's Flush and re-analysis must see its own
	// articles, not a neighbour's half-added batch.
	writeMu sync.Mutex
	in      *ingest.Ingester
}

// New opens a server on st, loading the templates and the ingester's
// grouping state once.
func New(ctx context.Context, st store.Store, cfg Config) (*Server, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = defaultMaxBody
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	in, err := ingest.New(ctx, st, cfg.Ingest, cfg.Log)
	if err != nil {
		return nil, fmt.Errorf("open ingester: %w", err)
	}
	s := &Server{st: st, cfg: cfg, log: cfg.Log.With("component", "server"), pages: p, in: in, mux: http.NewServeMux()}
	s.register()
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	s.mux.ServeHTTP(w, r)
}

// Route is one registered route, listed so the OpenAPI document can be
// checked against what is served.
type Route struct {
	Method, Path string
}

type route struct {
	Route
	h http.HandlerFunc
}

func (s *Server) apiRoutes() []route {
	return []route{
		{Route{"GET", "/api/stories"}, s.apiStories},
		{Route{"GET", "/api/stories/{id}"}, s.apiStory},
		{Route{"GET", "/api/articles/{id}"}, s.apiArticle},
		{Route{"POST", "/api/articles"}, s.apiPostArticles},
		{Route{"GET", "/api/search"}, s.apiSearch},
		{Route{"GET", "/api/outlets"}, s.apiOutlets},
		{Route{"GET", "/api/openapi.json"}, s.apiOpenAPI},
	}
}

// APIRoutes lists the JSON API's routes.
func (s *Server) APIRoutes() []Route {
	var out []Route
	for _, r := range s.apiRoutes() {
		out = append(out, r.Route)
	}
	return out
}

func (s *Server) register() {
	allowed := map[string][]string{}
	var order []string
	for _, r := range s.apiRoutes() {
		s.mux.HandleFunc(r.Method+" "+r.Path, r.h)
		if _, ok := allowed[r.Path]; !ok {
			order = append(order, r.Path)
		}
		allowed[r.Path] = append(allowed[r.Path], r.Method)
	}
	// A method-less pattern per path answers other methods with a JSON 405
	// (the mux's own 405 is plain text).
	for _, p := range order {
		methods := strings.Join(allowed[p], ", ")
		s.mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", methods)
			s.apiError(w, r, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s (allowed: %s)", r.Method, r.URL.Path, methods), nil)
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("no API route %s", r.URL.Path), nil)
	})

	s.mux.HandleFunc("GET /{$}", s.pageStories)
	s.mux.HandleFunc("GET /stories/{id}", s.pageStory)
	s.mux.HandleFunc("GET /articles/{id}", s.pageArticle)
	s.mux.HandleFunc("GET /outlets", s.pageOutlets)
	s.mux.HandleFunc("GET /search", s.pageSearch)
	s.mux.Handle("GET /static/", staticHandler())
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".", nil)
	})
}
