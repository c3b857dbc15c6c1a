package watch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

func TestPollFormats(t *testing.T) {
	type want struct {
		format, url, title, outlet, lang, contains string
		published                                  time.Time
	}
	tests := []struct {
		name   string
		path   string
		want   []want // in hand-over order: oldest first
		errors int
	}{
		{
			name: "rss with content:encoded",
			path: "/feeds/rss.xml",
			want: []want{
				{"feed", "/news/ferry-timetable", "Council approves new ferry timetable", "The Velmora Ledger", "en",
					"Councillor Pavla Ostrane", time.Date(2026, 11, 18, 16, 0, 0, 0, time.UTC)},
				{"feed", "/news/dock-strike-ends", "Velmora dockworkers end three-day strike", "The Velmora Ledger", "en",
					"raises the night-shift allowance by 14 percent", time.Date(2026, 11, 19, 9, 30, 0, 0, time.UTC)},
			},
		},
		{
			name: "atom with relative link",
			path: "/feeds/atom.xml",
			want: []want{
				{"feed", "/artikel/lerchbach", "Hochwasser am Lerchbach sinkt langsam", "Nordkamm Rundschau", "de",
					"Einsatzleiterin Margit Hollerbrand", time.Date(2026, 11, 19, 10, 15, 0, 0, time.UTC)},
			},
		},
		{
			name: "json feed with content_text",
			path: "/feeds/feed.json",
			want: []want{
				{"feed", "/stories/lighthouse-sold", "Old Greyhaven lighthouse sold to a rowing club", "Saltmarsh Weekly", "en",
					"Club secretary Odo Fennimore", time.Date(2026, 11, 17, 8, 0, 0, 0, time.UTC)},
			},
		},
		{
			name: "teasers: pages fetched, missing page skipped",
			path: "/feeds/links.xml",
			want: []want{
				{"html", "/pages/tram.html", "Tram line 4 to close for repairs", "127.0.0.1", "",
					"Lindqvist Bridge", time.Date(2026, 11, 20, 7, 0, 0, 0, time.UTC)},
			},
			errors: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFeedServer(t)
			feeds := newMemFeeds()
			var c collector
			w, _ := testWatcher(t, feeds, c.sink, nil)
			u := srv.URL + tc.path
			rep := w.Poll(t.Context(), []string{u})

			if rep.Polled != 1 || rep.Failed != 0 || rep.NewItems != len(tc.want) || len(rep.Errors) != tc.errors {
				t.Fatalf("Poll(%s) = %+v, want 1 polled, 0 failed, %d new, %d errors", tc.path, rep, len(tc.want), tc.errors)
			}
			got := c.articles()
			for i, wa := range tc.want {
				a := got[i]
				body := a.Text
				if a.Format == "html" {
					body = string(a.HTML)
				}
				if a.Format != wa.format || a.URL != srv.URL+wa.url || a.Source != a.URL || a.Title != wa.title ||
					a.Outlet != wa.outlet || a.Language != wa.lang || !a.Published.Equal(wa.published) ||
					!strings.Contains(body, wa.contains) {
					t.Errorf("article %d = {%s %s %q %q %q %s}, want {%s %s %q %q %q %s} with %q in body",
						i, a.Format, a.URL, a.Title, a.Outlet, a.Language, a.Published,
						wa.format, srv.URL+wa.url, wa.title, wa.outlet, wa.lang, wa.published, wa.contains)
				}
				if a.Format == "feed" && (strings.Contains(a.Text, "<") || strings.Contains(a.Text, "trackReader")) {
					t.Errorf("article %d text keeps markup or script: %q", i, a.Text)
				}
			}
			f := feeds.get(t, u)
			if f.Failures != 0 || f.Items != len(tc.want) || !f.LastPolled.Equal(t0) || !f.NextPoll.Equal(t0.Add(10*time.Minute)) {
				t.Errorf("state = %+v, want 0 failures, %d items, polled at t0, next at t0+10m", f, len(tc.want))
			}
			if tc.errors == 0 && (f.ETag == "" || f.LastError != "") {
				t.Errorf("state = %+v, want ETag kept and no LastError", f)
			}
			if tc.errors > 0 && (f.ETag != "" || !strings.Contains(f.LastError, u) || !strings.Contains(f.LastError, "bakery.html")) {
				t.Errorf("state = %+v, want validators dropped and LastError naming feed and item", f)
			}
		})
	}
}

func TestConditionalRequests(t *testing.T) {
	tests := []struct {
		name, path, header string
	}{
		{"etag", "/feeds/rss-etag.xml", "If-None-Match"},
		{"last-modified", "/feeds/rss-lastmod.xml", "If-Modified-Since"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFeedServer(t)
			feeds := newMemFeeds()
			var c collector
			w, clk := testWatcher(t, feeds, c.sink, nil)
			u := srv.URL + tc.path

			if rep := w.Poll(t.Context(), []string{u}); rep.NewItems != 2 {
				t.Fatalf("first Poll = %+v, want 2 new items", rep)
			}
			if rep := w.Poll(t.Context(), []string{u}); rep.Polled != 0 {
				t.Fatalf("Poll before NextPoll = %+v, want nothing polled", rep)
			}
			clk.Advance(10 * time.Minute)
			rep := w.Poll(t.Context(), []string{u})
			if rep.Polled != 1 || rep.NotModified != 1 || rep.NewItems != 0 {
				t.Fatalf("second Poll = %+v, want 1 polled, 1 not modified, 0 new", rep)
			}
			if n := srv.count(srv.notModified, tc.path); n != 1 {
				t.Errorf("server answered 304 %d times, want 1", n)
			}
			srv.mu.Lock()
			h := srv.headers[tc.path].Get(tc.header)
			srv.mu.Unlock()
			if h == "" {
				t.Errorf("second request had no %s header", tc.header)
			}
			f := feeds.get(t, u)
			if !f.LastPolled.Equal(t0.Add(10*time.Minute)) || !f.NextPoll.Equal(t0.Add(20*time.Minute)) || f.Items != 2 {
				t.Errorf("state after 304 = %+v, want polled t0+10m, next t0+20m, 2 items", f)
			}
			if len(c.articles()) != 2 {
				t.Errorf("sink got %d articles, want 2", len(c.articles()))
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	srv := newFeedServer(t)
	broken := true
	srv.handle("/feeds/flaky.xml", func(w http.ResponseWriter, r *http.Request) {
		srv.mu.Lock()
		b := broken
		srv.mu.Unlock()
		if b {
			http.Error(w, "upstream down", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/feeds/atom.xml", http.StatusFound)
	})
	feeds := newMemFeeds()
	var c collector
	w, clk := testWatcher(t, feeds, c.sink, nil) // Interval 10m, MaxBackoff 2h
	good, flaky, bad := srv.URL+"/feeds/rss.xml", srv.URL+"/feeds/flaky.xml", srv.URL+"/feeds/bad.xml"
	urls := []string{flaky, good, bad}

	rep := w.Poll(t.Context(), urls)
	if rep.Polled != 3 || rep.Failed != 2 || rep.NewItems != 2 || len(rep.Errors) != 2 {
		t.Fatalf("Poll = %+v, want 3 polled, 2 failed, 2 new, 2 errors", rep)
	}
	var se *StatusError
	if !errors.As(rep.Errors[0], &se) && !errors.As(rep.Errors[1], &se) {
		t.Errorf("errors %v: none is a *StatusError", rep.Errors)
	}
	for _, tc := range []struct{ url, msg string }{{flaky, "500"}, {bad, "parse feed"}} {
		f := feeds.get(t, tc.url)
		if f.Failures != 1 || !f.NextPoll.Equal(t0.Add(20*time.Minute)) ||
			!strings.Contains(f.LastError, tc.url) || !strings.Contains(f.LastError, tc.msg) || strings.Contains(f.LastError, "\n") {
			t.Errorf("state of %s = %+v, want 1 failure, next t0+20m, one-line LastError naming it and %q", tc.url, f, tc.msg)
		}
		if !f.LastPolled.IsZero() {
			t.Errorf("LastPolled of failed %s = %v, want zero (no success yet)", tc.url, f.LastPolled)
		}
	}
	if rep.Next != t0.Add(10*time.Minute) {
		t.Errorf("Report.Next = %v, want t0+10m", rep.Next)
	}

	// At +10m only the good feed is due.
	clk.Advance(10 * time.Minute)
	if rep := w.Poll(t.Context(), urls); rep.Polled != 1 || rep.NotModified != 1 {
		t.Errorf("Poll at +10m = %+v, want only the good feed, not modified", rep)
	}
	// At +20m the failing ones again: back-off doubles.
	clk.Advance(10 * time.Minute)
	w.Poll(t.Context(), urls)
	if f := feeds.get(t, bad); f.Failures != 2 || !f.NextPoll.Equal(clk.Now().Add(40*time.Minute)) {
		t.Errorf("state of bad after 2nd failure = %+v, want 2 failures, next now+40m", f)
	}
	// Back-off is capped at MaxBackoff.
	f := feeds.get(t, bad)
	f.Failures = 60
	f.NextPoll = time.Time{}
	_ = feeds.PutFeed(t.Context(), &f)
	w.Poll(t.Context(), []string{bad})
	if f := feeds.get(t, bad); f.Failures != 61 || !f.NextPoll.Equal(clk.Now().Add(2*time.Hour)) {
		t.Errorf("state of bad after 61st failure = %+v, want next now+2h", f)
	}

	// Recovery resets the failures.
	srv.mu.Lock()
	broken = false
	srv.mu.Unlock()
	clk.Advance(time.Hour)
	rep = w.Poll(t.Context(), []string{flaky})
	f = feeds.get(t, flaky)
	if rep.Failed != 0 || rep.NewItems != 1 || f.Failures != 0 || f.LastError != "" || !f.NextPoll.Equal(clk.Now().Add(10*time.Minute)) {
		t.Errorf("after recovery: report %+v, state %+v; want 1 new item, failures reset", rep, f)
	}
}

func TestRetryAfter(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/feeds/busy.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	feeds := newMemFeeds()
	var c collector
	w, _ := testWatcher(t, feeds, c.sink, func(c *Config) { c.Concurrency = 1 })
	busy, other := srv.URL+"/feeds/busy.xml", srv.URL+"/feeds/rss.xml"

	rep := w.Poll(t.Context(), []string{busy, other})
	if rep.Polled != 1 || rep.Failed != 1 || rep.Deferred != 1 {
		t.Fatalf("Poll = %+v, want busy failed and the other feed of its host deferred", rep)
	}
	if f := feeds.get(t, busy); f.Failures != 1 || !f.NextPoll.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("state of busy = %+v, want 1 failure, next t0+2h (Retry-After beats 20m back-off)", f)
	}
	if f := feeds.get(t, other); f.Failures != 0 || !f.NextPoll.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("state of other = %+v, want no failure, next t0+2h", f)
	}
	if n := srv.count(srv.hits, "/feeds/rss.xml"); n != 0 {
		t.Errorf("deferred feed was requested %d times, want 0", n)
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"-5", 0},
		{"soon", 0},
		{"Fri, 20 Nov 2026 12:30:00 GMT", 30 * time.Minute},
		{"Fri, 20 Nov 2026 11:00:00 GMT", 0},
		{"99999999999", maxRetryAfter},
	}
	for _, tc := range tests {
		if got := retryAfter(tc.in, now); got != tc.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestBackoffDuration(t *testing.T) {
	tests := []struct {
		failures int
		want     time.Duration
	}{
		{0, 15 * time.Minute}, {1, 30 * time.Minute}, {2, time.Hour}, {4, 4 * time.Hour},
		{5, 6 * time.Hour}, {1000, 6 * time.Hour},
	}
	for _, tc := range tests {
		if got := backoff(15*time.Minute, tc.failures, 6*time.Hour); got != tc.want {
			t.Errorf("backoff(15m, %d, 6h) = %v, want %v", tc.failures, got, tc.want)
		}
	}
}

func TestOversizeBody(t *testing.T) {
	srv := newFeedServer(t)
	big := "<rss version=\"2.0\"><channel><title>Big</title>" + strings.Repeat("<!-- padding -->", 500) + "</channel></rss>"
	srv.handle("/feeds/big.xml", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(big)) // small enough for net/http to send Content-Length
	})
	srv.handle("/feeds/big-chunked.xml", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < len(big); i += 1000 {
			_, _ = w.Write([]byte(big[i:min(i+1000, len(big))]))
			w.(http.Flusher).Flush() // no Content-Length: the cap must stop the read
		}
	})
	feeds := newMemFeeds()
	var c collector
	w, _ := testWatcher(t, feeds, c.sink, func(c *Config) { c.MaxBody = 4096 })
	urls := []string{srv.URL + "/feeds/big.xml", srv.URL + "/feeds/big-chunked.xml", srv.URL + "/feeds/atom.xml"}
	rep := w.Poll(t.Context(), urls)
	if rep.Failed != 2 || rep.NewItems != 1 {
		t.Fatalf("Poll = %+v, want 2 failed, 1 new", rep)
	}
	for _, err := range rep.Errors {
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("error %v is not ErrTooLarge", err)
		}
	}
}

func TestPoliteness(t *testing.T) {
	srv := newFeedServer(t)
	srv.delay = 20 * time.Millisecond
	other := newFeedServer(t)
	feeds := newMemFeeds()
	var c collector
	const gap = 30 * time.Millisecond
	w, _ := testWatcher(t, feeds, c.sink, func(c *Config) { c.HostDelay = gap })
	urls := []string{
		srv.URL + "/feeds/rss.xml", srv.URL + "/feeds/atom.xml", srv.URL + "/feeds/links.xml",
		other.URL + "/feeds/feed.json",
	}
	rep := w.Poll(t.Context(), urls)
	if rep.Polled != 4 || rep.Failed != 0 || rep.NewItems != 5 {
		t.Fatalf("Poll = %+v, want 4 polled, 0 failed, 5 new", rep)
	}
	if c.overlap.Load() {
		t.Error("the sink was called concurrently, want one call at a time")
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	for host, n := range srv.maxInflight {
		if n != 1 {
			t.Errorf("host %s had %d concurrent requests, want 1", host, n)
		}
		spans := srv.spans[host]
		// 3 feeds + 2 pages (one missing) on this host.
		if len(spans) != 5 {
			t.Errorf("host %s got %d requests, want 5", host, len(spans))
		}
		for i := 1; i < len(spans); i++ {
			// The server sees a request start a little after the client's
			// gap ends and finish a little before the client's, so allow a
			// few milliseconds of slack.
			if d := spans[i][0].Sub(spans[i-1][1]); d < gap-5*time.Millisecond {
				t.Errorf("host %s: request %d started %v after the previous ended, want >= %v", host, i, d, gap)
			}
		}
	}
}

func TestPageAlreadyStored(t *testing.T) {
	srv := newFeedServer(t)
	feeds := seenFeeds{memFeeds: newMemFeeds(), urls: map[string]bool{srv.URL + "/pages/bakery.html": true}}
	var c collector
	w, _ := testWatcher(t, feeds, c.sink, nil)
	rep := w.Poll(t.Context(), []string{srv.URL + "/feeds/links.xml"})
	if rep.NewItems != 1 || len(rep.Errors) != 0 {
		t.Fatalf("Poll = %+v, want 1 new item and no error (stored page not fetched)", rep)
	}
	if n := srv.count(srv.hits, "/pages/bakery.html"); n != 0 {
		t.Errorf("stored page fetched %d times, want 0", n)
	}
}

func TestSinkError(t *testing.T) {
	srv := newFeedServer(t)
	feeds := newMemFeeds()
	c := collector{fail: map[string]error{srv.URL + "/news/ferry-timetable": errors.New("database is locked")}}
	w, _ := testWatcher(t, feeds, c.sink, nil)
	u := srv.URL + "/feeds/rss.xml"
	rep := w.Poll(t.Context(), []string{u})
	if rep.NewItems != 1 || rep.Failed != 0 || len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error(), "database is locked") {
		t.Fatalf("Poll = %+v, want 1 new item and the sink's error", rep)
	}
	if f := feeds.get(t, u); f.Items != 1 || f.ETag != "" || !strings.Contains(f.LastError, "1 of 2 items failed") {
		t.Errorf("state = %+v, want 1 item, no ETag (re-fetch to retry), LastError counting the failure", f)
	}
}

func TestNewItemsWindow(t *testing.T) {
	srv := newFeedServer(t)
	feeds := newMemFeeds()
	var c collector
	w, _ := testWatcher(t, feeds, c.sink, func(c *Config) { c.Overlap = time.Hour })
	u := srv.URL + "/feeds/rss.xml"
	// Last success on 19 Nov 10:00: with one hour of overlap only the
	// 09:30 dock strike item is new, the 18 Nov ferry item is not.
	_ = feeds.PutFeed(t.Context(), &store.Feed{URL: u, LastPolled: time.Date(2026, 11, 19, 10, 0, 0, 0, time.UTC)})
	rep := w.Poll(t.Context(), []string{u})
	got := c.articles()
	if rep.NewItems != 1 || len(got) != 1 || !strings.HasSuffix(got[0].URL, "/news/dock-strike-ends") {
		t.Fatalf("Poll = %+v, articles %v; want only the dock strike item", rep, urlsOf(got))
	}
}

func TestFetchPagesOff(t *testing.T) {
	srv := newFeedServer(t)
	feeds := newMemFeeds()
	var c collector
	w, _ := testWatcher(t, feeds, c.sink, func(c *Config) { c.FetchPages = false })
	rep := w.Poll(t.Context(), []string{srv.URL + "/feeds/links.xml"})
	got := c.articles()
	if rep.NewItems != 2 || len(rep.Errors) != 0 || got[1].Format != "feed" || got[1].Text != "The tram line will close for six weeks. Read more on our site." {
		t.Fatalf("Poll = %+v, tram article %+v; want 2 teaser articles as text", rep, got[1])
	}
	if n := srv.count(srv.hits, "/pages/tram.html"); n != 0 {
		t.Errorf("page fetched %d times with FetchPages off, want 0", n)
	}
}

func TestRun(t *testing.T) {
	srv := newFeedServer(t)
	feeds := newMemFeeds()
	var c collector
	cfg := NewConfig()
	cfg.Interval = 20 * time.Millisecond
	cfg.HostDelay = time.Millisecond
	w := New(cfg, feeds, c.sink, srv.Client(), nil)
	ctx, cancel := context.WithTimeout(t.Context(), 150*time.Millisecond)
	defer cancel()
	if err := w.Run(ctx, []string{srv.URL + "/feeds/atom.xml"}); err != nil {
		t.Fatalf("Run = %v, want nil after cancellation", err)
	}
	if n := srv.count(srv.hits, "/feeds/atom.xml"); n < 3 {
		t.Errorf("feed requested %d times in 150ms at a 20ms interval, want >= 3", n)
	}
	if n := srv.count(srv.notModified, "/feeds/atom.xml"); n < 2 {
		t.Errorf("feed answered 304 %d times, want >= 2", n)
	}
	if err := w.Run(t.Context(), nil); err == nil {
		t.Error("Run(no feeds) = nil, want an error")
	}
}

func TestCancelledPollKeepsState(t *testing.T) {
	srv := newFeedServer(t)
	srv.delay = 100 * time.Millisecond
	feeds := newMemFeeds()
	var c collector
	w, _ := testWatcher(t, feeds, c.sink, nil)
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	u := srv.URL + "/feeds/rss.xml"
	rep := w.Poll(ctx, []string{u})
	if rep.Failed != 0 || rep.NewItems != 0 {
		t.Errorf("cancelled Poll = %+v, want no failure recorded", rep)
	}
	if _, err := feeds.Feed(t.Context(), u); err == nil {
		t.Error("cancelled Poll saved state, want none (feed due again)")
	}
}

func urlsOf(as []*news.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.URL)
	}
	return out
}

func TestSinkNotConcurrent(t *testing.T) {
	var urls []string
	for range 4 {
		srv := newFeedServer(t)
		urls = append(urls, srv.URL+"/feeds/rss.xml")
	}
	var c collector
	w, _ := testWatcher(t, newMemFeeds(), c.sink, nil)
	rep := w.Poll(t.Context(), urls)
	if rep.NewItems != 8 {
		t.Fatalf("Poll = %+v, want 8 new items", rep)
	}
	if c.overlap.Load() {
		t.Error("the sink was called concurrently, want one call at a time")
	}
}
