package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/crosscheck-news/crosscheck/internal/store"
)

const (
	feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, " +
		"application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	pageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

type outcomeKind int

const (
	polledOK outcomeKind = iota
	polledNotModified
	polledFailed
	pollDeferred
	pollCancelled
)

// outcome is what polling one feed did, merged into the Report.
type outcome struct {
	kind  outcomeKind
	items int
	errs  []error
	next  time.Time
}

// pollFeed polls one feed and saves its new state. f is owned by the
// caller's round and changed in place.
func (w *Watcher) pollFeed(ctx context.Context, f *store.Feed) outcome {
	now := w.cfg.Now()
	log := w.log.With("feed", f.URL)
	if u, err := url.Parse(f.URL); err == nil {
		if at := w.hosts.retryAt(hostKey(u)); at.After(now) {
			// The host asked everyone to wait (429/503 with Retry-After
			// on another of its feeds): not this feed's failure.
			f.NextPoll = at
			log.Debug("deferred", "until", at)
			return w.save(ctx, f, outcome{kind: pollDeferred})
		}
	}

	resp, err := w.get(ctx, f.URL, feedAccept, func(r *http.Request) {
		if f.ETag != "" {
			r.Header.Set("If-None-Match", f.ETag)
		}
		if f.LastModified != "" {
			r.Header.Set("If-Modified-Since", f.LastModified)
		}
	})
	if ctx.Err() != nil {
		return outcome{kind: pollCancelled}
	}
	if err != nil {
		return w.failed(ctx, f, now, err)
	}
	if resp.status == http.StatusNotModified {
		if v := resp.header.Get("ETag"); v != "" {
			f.ETag = v
		}
		if v := resp.header.Get("Last-Modified"); v != "" {
			f.LastModified = v
		}
		w.succeeded(f, now)
		f.LastError = ""
		log.Debug("not modified")
		return w.save(ctx, f, outcome{kind: polledNotModified})
	}

	// A parser per feed: gofeed.Parser keeps per-parse state.
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			err = errors.New("not an RSS, Atom or JSON feed")
		}
		return w.failed(ctx, f, now, fmt.Errorf("parse feed: %w", err))
	}
	accepted, tried, errs := w.handOver(ctx, f, parsed, resp.url)
	if ctx.Err() != nil {
		// Items already handed over will be handed over again next time;
		// the sink is idempotent.
		return outcome{kind: pollCancelled, items: accepted}
	}
	f.Items += accepted
	w.succeeded(f, now)
	if len(errs) == 0 {
		f.ETag = resp.header.Get("ETag")
		f.LastModified = resp.header.Get("Last-Modified")
		f.LastError = ""
	} else {
		// Forget the validators so the next poll fetches the feed again and
		// retries the failed items (for as long as they are within
		// Config.Overlap of the last poll).
		f.ETag, f.LastModified = "", ""
		f.LastError = oneLine(fmt.Sprintf("%d of %d items failed; first: %v", len(errs), tried, errs[0]))
	}
	log.Debug("polled", "items", len(parsed.Items), "new", accepted, "item_errors", len(errs))
	return w.save(ctx, f, outcome{kind: polledOK, items: accepted, errs: errs})
}

// succeeded resets the back-off after a feed answered.
func (w *Watcher) succeeded(f *store.Feed, now time.Time) {
	f.LastPolled = now
	f.NextPoll = now.Add(w.cfg.Interval)
	f.Failures = 0
}

// failed records a feed failure: back-off Interval*2^Failures capped at
// MaxBackoff, or longer when the server asked with Retry-After. LastPolled
// stays the time of the last success, which is what the new-items window
// is measured from.
func (w *Watcher) failed(ctx context.Context, f *store.Feed, now time.Time, err error) outcome {
	err = fmt.Errorf("feed %s: %w", f.URL, err)
	f.Failures++
	f.LastError = oneLine(err.Error())
	wait := backoff(w.cfg.Interval, f.Failures, w.cfg.MaxBackoff)
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > wait {
		wait = se.RetryAfter
	}
	f.NextPoll = now.Add(wait)
	return w.save(ctx, f, outcome{kind: polledFailed, errs: []error{err}})
}

func (w *Watcher) save(ctx context.Context, f *store.Feed, o outcome) outcome {
	o.next = f.NextPoll
	if err := w.feeds.PutFeed(ctx, f); err != nil {
		o.errs = append(o.errs, fmt.Errorf("feed %s: save state: %w", f.URL, err))
	}
	return o
}

// oneLine keeps LastError to one line: it is shown in listings.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
