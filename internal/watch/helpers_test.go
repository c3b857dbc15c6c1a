package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// t0 is the fake clock's start, after every fixture item's date.
var t0 = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// clock is a settable Config.Now.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// memFeeds is an in-memory FeedStore.
type memFeeds struct {
	mu sync.Mutex
	m  map[string]store.Feed
}

func newMemFeeds() *memFeeds { return &memFeeds{m: map[string]store.Feed{}} }

func (s *memFeeds) Feed(_ context.Context, url string) (*store.Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.m[url]
	if !ok {
		return nil, fmt.Errorf("feed %s: %w", url, store.ErrNotFound)
	}
	return &f, nil
}

func (s *memFeeds) PutFeed(_ context.Context, f *store.Feed) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[f.URL] = *f
	return nil
}

func (s *memFeeds) get(t *testing.T, url string) store.Feed {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.m[url]
	if !ok {
		t.Fatalf("no state saved for %s", url)
	}
	return f
}

// seenFeeds adds store.Store's Seen to memFeeds.
type seenFeeds struct {
	*memFeeds
	urls map[string]bool
}

func (s seenFeeds) Seen(_ context.Context, url, _ string) (string, error) {
	if s.urls[url] {
		return "id-" + url, nil
	}
	return "", store.ErrNotFound
}

// collector is a Sink that keeps what it is given.
type collector struct {
	active  atomic.Int32
	overlap atomic.Bool // the sink was called concurrently

	mu   sync.Mutex
	got  []*news.Article
	fail map[string]error // by URL
}

func (c *collector) sink(_ context.Context, a *news.Article) error {
	if c.active.Add(1) > 1 {
		c.overlap.Store(true)
	}
	defer c.active.Add(-1)
	time.Sleep(time.Millisecond) // widen the window an overlap would need
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.fail[a.URL]; err != nil {
		return err
	}
	c.got = append(c.got, a)
	return nil
}

func (c *collector) articles() []*news.Article {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*news.Article(nil), c.got...)
}

// feedServer serves testdata fixtures ({{base}} replaced by its URL) with
// validators, plus whatever extra handlers a test adds, and records hits,
// conditional hits and concurrency per host.
type feedServer struct {
	*httptest.Server
	t     *testing.T
	delay time.Duration // per request, to make overlaps observable

	mu          sync.Mutex
	extra       map[string]http.HandlerFunc
	hits        map[string]int
	notModified map[string]int
	inflight    map[string]int
	maxInflight map[string]int
	spans       map[string][][2]time.Time // per host: request start, end
	headers     map[string]http.Header    // last request headers per path
}

// routes map a path to a fixture; "etag" or "lastmod" names which
// validator the server gives (both when neither is in the path).
var routes = map[string]string{
	"/feeds/rss.xml":         "rss.xml",
	"/feeds/rss-etag.xml":    "rss.xml",
	"/feeds/rss-lastmod.xml": "rss.xml",
	"/feeds/atom.xml":        "atom.xml",
	"/feeds/feed.json":       "feed.json",
	"/feeds/links.xml":       "links.xml",
	"/feeds/bad.xml":         "bad.xml",
	"/pages/tram.html":       "page-tram.html",
}

const fixtureModified = "Fri, 20 Nov 2026 07:30:00 GMT"

func newFeedServer(t *testing.T) *feedServer {
	s := &feedServer{
		t:           t,
		extra:       map[string]http.HandlerFunc{},
		hits:        map[string]int{},
		notModified: map[string]int{},
		inflight:    map[string]int{},
		maxInflight: map[string]int{},
		spans:       map[string][][2]time.Time{},
		headers:     map[string]http.Header{},
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *feedServer) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extra[path] = h
}

func (s *feedServer) count(m map[string]int, key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return m[key]
}

func (s *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.headers[r.URL.Path] = r.Header.Clone()
	s.inflight[r.Host]++
	s.maxInflight[r.Host] = max(s.maxInflight[r.Host], s.inflight[r.Host])
	h := s.extra[r.URL.Path]
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inflight[r.Host]--
		s.spans[r.Host] = append(s.spans[r.Host], [2]time.Time{start, time.Now()})
		s.mu.Unlock()
	}()
	time.Sleep(s.delay)

	if h != nil {
		h(w, r)
		return
	}
	name, ok := routes[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		s.t.Errorf("read fixture: %v", err)
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	data = []byte(strings.ReplaceAll(string(data), "{{base}}", s.URL))
	etag := `"` + name + `-v1"`
	useETag := !strings.Contains(r.URL.Path, "lastmod")
	useLastMod := !strings.Contains(r.URL.Path, "etag")
	if useETag {
		w.Header().Set("ETag", etag)
	}
	if useLastMod {
		w.Header().Set("Last-Modified", fixtureModified)
	}
	if (useETag && r.Header.Get("If-None-Match") == etag) ||
		(useLastMod && r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == fixtureModified) {
		s.mu.Lock()
		s.notModified[r.URL.Path]++
		s.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	switch {
	case strings.HasSuffix(name, ".json"):
		w.Header().Set("Content-Type", "application/feed+json")
	case strings.HasSuffix(name, ".html"):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	default:
		w.Header().Set("Content-Type", "application/xml")
	}
	_, _ = w.Write(data)
}

// testWatcher returns a watcher on a fake clock with small delays.
func testWatcher(t *testing.T, feeds FeedStore, sink Sink, tune func(*Config)) (*Watcher, *clock) {
	t.Helper()
	c := &clock{now: t0}
	cfg := NewConfig()
	cfg.Interval = 10 * time.Minute
	cfg.MaxBackoff = 2 * time.Hour
	cfg.HostDelay = time.Millisecond
	cfg.Timeout = 5 * time.Second
	cfg.Now = c.Now
	if tune != nil {
		tune(&cfg)
	}
	return New(cfg, feeds, sink, nil, nil), c
}
