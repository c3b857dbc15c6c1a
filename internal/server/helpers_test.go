package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
)

// fixture is a real SQLite store filled through the real ingest path from
// testdata/articles.json, and a server on it.
type fixture struct {
	st   store.Store
	srv  *Server
	arts []*news.Article // as ingested, ids set
}

func loadFixtureArticles(t *testing.T) []*news.Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	posted, err := decodeArticles(data)
	if err != nil {
		t.Fatalf("decode fixtures: %v", err)
	}
	arts := make([]*news.Article, len(posted))
	for i, p := range posted {
		if arts[i], err = p.article(i); err != nil {
			t.Fatal(err)
		}
	}
	return arts
}

// openStore opens a fresh SQLite store, closed when the test ends, and an
// ingester with the default configuration on it.
func openStore(t *testing.T) (store.Store, *ingest.Ingester) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := ingest.New(ctx, st, ingest.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st, in
}

func newFixture(t *testing.T, cfg Config) *fixture {
	t.Helper()
	ctx := context.Background()
	st, in := openStore(t)
	f := &fixture{st: st, arts: loadFixtureArticles(t)}
	for _, a := range f.arts {
		o, err := in.Add(ctx, a)
		if err != nil || o.Err != nil {
			t.Fatalf("ingest %s: %v %v", a.URL, err, o.Err)
		}
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Refresh(ctx, 100); err != nil {
		t.Fatal(err)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	var err error
	if f.srv, err = New(ctx, st, cfg); err != nil {
		t.Fatal(err)
	}
	return f
}

// storyOf returns the live story id of the fixture article with this URL.
func (f *fixture) storyOf(t *testing.T, url string) string {
	t.Helper()
	sa, err := f.st.Article(context.Background(), f.article(t, url).ID)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.st.Story(context.Background(), sa.Story)
	if err != nil {
		t.Fatal(err)
	}
	return s.ID
}

// article returns the fixture article with this URL.
func (f *fixture) article(t *testing.T, url string) *news.Article {
	t.Helper()
	for _, a := range f.arts {
		if a.URL == url {
			return a
		}
	}
	t.Fatalf("no fixture article %s", url)
	return nil
}

const bridgeURL = "https://portledger.example/2026/03/02/kessel-bridge-closed"

// do runs one request against the server.
func (f *fixture) do(t *testing.T, method, target string, body string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	return rec
}

func decodeJSON[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type = %q, want application/json; body %s", ct, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %s: %v", rec.Body, err)
	}
	return v
}

// wantError checks a JSON error response.
func wantError(t *testing.T, rec *httptest.ResponseRecorder, status int, contains string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status = %d, want %d; body %s", rec.Code, status, rec.Body)
	}
	e := decodeJSON[apiErrorBody](t, rec)
	if e.Error.Status != status {
		t.Errorf("error.status = %d, want %d", e.Error.Status, status)
	}
	if !strings.Contains(e.Error.Message, contains) {
		t.Errorf("error.message = %q, want it to contain %q", e.Error.Message, contains)
	}
}

var _ = http.MethodGet
