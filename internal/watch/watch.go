// Package watch is crosscheck's live source: `crosscheck watch --feeds FILE`
// polls RSS, Atom and JSON Feed URLs and hands every new article to the
// ingestion path through a Sink. It stands where source stands in the
// pipeline: an article arrives with Text (from a feed item carrying the full
// story) or with HTML (the linked page, fetched when the item is only a
// teaser) for extract to clean.
//
// The only polling state is store.Feed (validators, schedule, failures), so a
// restarted watcher resumes where it stopped and several feeds lists can share
// one store. Being a good citizen of other people's servers comes first:
// conditional requests, one request at a time per host with a gap between
// them, exponential back-off after failures and Retry-After honoured.
//
// Which items are new is decided without state beyond store.Feed: items
// dated after the last successful poll minus Config.Overlap, and undated
// ones, are handed over; the sink deduplicates the rest (ingestion dedupes
// by URL and content). When the FeedStore can tell which URLs are stored
// (store.Store's Seen), stored items are skipped before any page fetch.
// store.Feed.LastPolled is therefore the time of the last success, and
// Items the running count of articles the sink accepted.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// FeedStore is the part of store.Store the watcher needs.
//
// When the value also has store.Store's Seen method, items whose link is
// already stored are skipped before their page is fetched, which keeps
// re-polls of teaser-only feeds from re-downloading every article page.
type FeedStore interface {
	// Feed returns the polling state of a feed, or store.ErrNotFound.
	Feed(ctx context.Context, url string) (*store.Feed, error)
	// PutFeed creates or replaces the polling state of a feed.
	PutFeed(ctx context.Context, f *store.Feed) error
}

// seenStore is the optional part of FeedStore (see there).
type seenStore interface {
	Seen(ctx context.Context, url, contentID string) (string, error)
}

// Sink receives each new article: Format "feed" with Text from the item's
// content, or Format "html" with HTML holding the linked page. URL and
// Source are the item's link, Outlet the feed's title (else the feed's
// host), Published the item's date (zero when it has none). Returning an
// error records it against the feed; the other items still go on. A sink
// must be idempotent: the same item can be handed over again (see
// Config.Overlap). The watcher never calls it concurrently, so it may feed
// incremental, one-article-at-a-time ingestion directly.
type Sink func(ctx context.Context, a *news.Article) error

// Config tunes a Watcher. Start from NewConfig; zero durations and sizes
// take their defaults, but FetchPages is a plain bool, so a Config literal
// leaves page fetching off.
type Config struct {
	// Interval is the base poll interval per feed (default 15m).
	Interval time.Duration
	// HostDelay is the minimum gap between two requests to one host
	// (default 2s); requests to one host never overlap.
	HostDelay time.Duration
	// MaxBackoff caps the exponential back-off after failures (default 6h).
	MaxBackoff time.Duration
	// UserAgent is sent with every request (default DefaultUserAgent).
	UserAgent string
	// MaxBody caps the size of a feed or page (default 10 MB).
	MaxBody int64
	// FetchPages fetches an item's linked page when the item carries less
	// than MinContent characters of text.
	FetchPages bool
	// Now is the clock used for scheduling; tests replace it.
	Now func() time.Time

	// Timeout bounds one request, body included (default 30s).
	Timeout time.Duration
	// Concurrency bounds the feeds polled at once (default 4).
	Concurrency int
	// Overlap: items dated before the last successful poll minus Overlap
	// are taken as already handed over (default 24h). Publishers back-date
	// items and caches delay them, so the window is generous; the sink
	// deduplicates whatever is handed over twice.
	Overlap time.Duration
	// MinContent is the item text length, in characters, below which the
	// page is fetched (default 500).
	MinContent int
}

// Defaults of Config.
const (
	DefaultInterval    = 15 * time.Minute
	DefaultHostDelay   = 2 * time.Second
	DefaultMaxBackoff  = 6 * time.Hour
	DefaultMaxBody     = 10 << 20
	DefaultTimeout     = 30 * time.Second
	DefaultConcurrency = 4
	DefaultOverlap     = 24 * time.Hour
	DefaultMinContent  = 500
	DefaultUserAgent   = "crosscheck-watch/1 (+https://github.com/crosscheck-news/crosscheck)"
)

// NewConfig returns the default configuration, page fetching on.
func NewConfig() Config {
	return Config{FetchPages: true}
}

func (c Config) withDefaults() Config {
	setDur := func(d *time.Duration, def time.Duration) {
		if *d <= 0 {
			*d = def
		}
	}
	setDur(&c.Interval, DefaultInterval)
	setDur(&c.MaxBackoff, DefaultMaxBackoff)
	setDur(&c.Timeout, DefaultTimeout)
	setDur(&c.Overlap, DefaultOverlap)
	// A zero HostDelay is taken as "unset"; tests wanting speed pass a
	// tiny positive one.
	setDur(&c.HostDelay, DefaultHostDelay)
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.MinContent <= 0 {
		c.MinContent = DefaultMinContent
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Watcher polls feeds. Its methods are safe for concurrent use, though one
// Run per feeds list is the intended use.
type Watcher struct {
	cfg    Config
	feeds  FeedStore
	seen   seenStore // nil when the store cannot tell
	sink   Sink
	sinkMu sync.Mutex // ingestion takes one article at a time
	client *http.Client
	log    *slog.Logger
	hosts  hostGates
}

// New returns a Watcher; feeds and sink must not be nil. A nil client means a plain http.Client (requests
// are bounded by Config.Timeout anyway); a nil log discards.
func New(cfg Config, feeds FeedStore, sink Sink, client *http.Client, log *slog.Logger) *Watcher {
	if client == nil {
		client = &http.Client{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &Watcher{
		cfg:    cfg.withDefaults(),
		feeds:  feeds,
		sink:   sink,
		client: client,
		log:    log.With("component", "watch"),
		hosts:  hostGates{m: map[string]*hostGate{}},
	}
	w.seen, _ = feeds.(seenStore)
	return w
}

// Report says what one Poll did.
type Report struct {
	Polled      int // feeds requested (due, not deferred), or whose state failed to load
	NotModified int // of which answered 304 Not Modified
	Failed      int // of which failed (their back-off grew)
	Deferred    int // due feeds left alone because their host asked to wait
	NewItems    int // articles the sink accepted
	// Errors name the feed (and item) they concern: feed failures, item
	// failures (page fetch, sink) and state load/save failures.
	Errors []error
	// Next is the earliest NextPoll among the feeds, zero when unknown.
	Next time.Time
}

func (r *Report) add(o outcome) {
	switch o.kind {
	case polledOK:
		r.Polled++
	case polledNotModified:
		r.Polled++
		r.NotModified++
	case polledFailed:
		r.Polled++
		r.Failed++
	case pollDeferred:
		r.Deferred++
	}
	r.NewItems += o.items
	r.Errors = append(r.Errors, o.errs...)
	r.noteNext(o.next)
}

func (r *Report) noteNext(t time.Time) {
	if !t.IsZero() && (r.Next.IsZero() || t.Before(r.Next)) {
		r.Next = t
	}
}

// Poll runs one round over the feeds that are due (NextPoll <= now), at
// most Config.Concurrency at once, and never stops on one feed's error.
// Duplicate URLs are polled once. A cancelled ctx ends the round early;
// feeds cut short keep their previous state and are due again.
func (w *Watcher) Poll(ctx context.Context, feedURLs []string) Report {
	var rep Report
	now := w.cfg.Now()
	var due []*store.Feed
	seen := map[string]bool{}
	for _, u := range feedURLs {
		if seen[u] {
			continue
		}
		seen[u] = true
		if ctx.Err() != nil {
			return rep
		}
		f, err := w.feeds.Feed(ctx, u)
		switch {
		case errors.Is(err, store.ErrNotFound) || (err == nil && f == nil):
			f = &store.Feed{URL: u}
		case err != nil:
			rep.Polled++
			rep.Failed++
			rep.Errors = append(rep.Errors, fmt.Errorf("feed %s: load state: %w", u, err))
			continue
		}
		if f.NextPoll.After(now) {
			rep.noteNext(f.NextPoll)
			continue
		}
		due = append(due, f)
	}

	jobs := make(chan *store.Feed)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range min(w.cfg.Concurrency, len(due)) {
		wg.Go(func() {
			for f := range jobs {
				o := w.pollFeed(ctx, f)
				mu.Lock()
				rep.add(o)
				mu.Unlock()
			}
		})
	}
send:
	for _, f := range interleaveHosts(due) {
		select {
		case jobs <- f:
		case <-ctx.Done():
			break send
		}
	}
	close(jobs)
	wg.Wait()
	return rep
}

// Run polls the feeds until ctx is done, sleeping between rounds until the
// next feed is due (at most Interval). It logs each round and its errors,
// and returns nil once ctx is cancelled.
func (w *Watcher) Run(ctx context.Context, feedURLs []string) error {
	if len(feedURLs) == 0 {
		return errors.New("watch: no feed URLs")
	}
	minWait := min(w.cfg.Interval, time.Second)
	for {
		rep := w.Poll(ctx, feedURLs)
		if ctx.Err() != nil {
			return nil
		}
		for _, err := range rep.Errors {
			w.log.Warn("poll", "err", err)
		}
		wait := w.cfg.Interval
		if !rep.Next.IsZero() {
			wait = min(rep.Next.Sub(w.cfg.Now()), w.cfg.Interval)
		}
		wait = max(wait, minWait)
		w.log.Info("round done", "polled", rep.Polled, "not_modified", rep.NotModified,
			"failed", rep.Failed, "deferred", rep.Deferred, "new", rep.NewItems, "next_in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}
