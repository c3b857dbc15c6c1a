package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/store"
)

// ErrTooLarge means a response was bigger than Config.MaxBody.
var ErrTooLarge = errors.New("response too large")

// maxRetryAfter caps a server's Retry-After, so that a misconfigured one
// cannot silence a feed for months.
const maxRetryAfter = 7 * 24 * time.Hour

// StatusError is an HTTP answer of 400 or more (or an unexpected 1xx/3xx).
type StatusError struct {
	Code   int
	Status string // e.g. "503 Service Unavailable"
	// RetryAfter is the server's Retry-After on a 429 or 503, 0 when absent.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("http status %s (retry after %s)", e.Status, e.RetryAfter)
	}
	return "http status " + e.Status
}

// hostGates serialises requests per host: one at a time, HostDelay apart.
type hostGates struct {
	mu sync.Mutex
	m  map[string]*hostGate
}

type hostGate struct {
	sem  chan struct{} // capacity 1: holding it is holding the host
	last time.Time     // end of the previous request; guarded by sem
	// retryAt is when the host (after a 429/503) accepts requests again,
	// on Config.Now's clock; guarded by hostGates.mu.
	retryAt time.Time
}

func (g *hostGates) get(host string) *hostGate {
	g.mu.Lock()
	defer g.mu.Unlock()
	h := g.m[host]
	if h == nil {
		h = &hostGate{sem: make(chan struct{}, 1)}
		g.m[host] = h
	}
	return h
}

// acquire waits for the host to be free and HostDelay to have passed since
// its last request. The gap is real time, not Config.Now: it is politeness
// towards a server, not scheduling.
func (g *hostGates) acquire(ctx context.Context, host string, delay time.Duration) (release func(), err error) {
	h := g.get(host)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if wait := delay - time.Since(h.last); !h.last.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.sem
			return nil, ctx.Err()
		}
	}
	return func() {
		h.last = time.Now()
		<-h.sem
	}, nil
}

func (g *hostGates) retryAt(host string) time.Time {
	g.mu.Lock()
	defer g.mu.Unlock()
	if h := g.m[host]; h != nil {
		return h.retryAt
	}
	return time.Time{}
}

func (g *hostGates) setRetryAt(host string, t time.Time) {
	h := g.get(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	if t.After(h.retryAt) {
		h.retryAt = t
	}
}

// response is a fetched body.
type response struct {
	status int // 200-class or 304
	header http.Header
	body   []byte
	url    *url.URL // after redirects
}

// parseHTTPURL accepts absolute http and https URLs only.
func parseHTTPURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an absolute http or https URL", raw)
	}
	return u, nil
}

func hostKey(u *url.URL) string { return strings.ToLower(u.Host) }

// get fetches rawURL politely and within the size cap. Errors do not name
// the URL: the caller knows what it asked for.
func (w *Watcher) get(ctx context.Context, rawURL, accept string, prepare func(*http.Request)) (*response, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, err
	}
	host := hostKey(u)
	release, err := w.hosts.acquire(ctx, host, w.cfg.HostDelay)
	if err != nil {
		return nil, err
	}
	defer release()

	ctx, cancel := context.WithTimeout(ctx, w.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", w.cfg.UserAgent)
	req.Header.Set("Accept", accept)
	if prepare != nil {
		prepare(req)
	}
	resp, err := w.client.Do(req)
	if err != nil {
		// *url.Error repeats the method and URL, which the caller adds.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()

	switch {
	case resp.StatusCode == http.StatusNotModified:
		return &response{status: resp.StatusCode, header: resp.Header, url: resp.Request.URL}, nil
	case resp.StatusCode < 200 || resp.StatusCode >= 300:
		se := &StatusError{Code: resp.StatusCode, Status: resp.Status}
		if se.Status == "" {
			se.Status = strconv.Itoa(resp.StatusCode)
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			se.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), w.cfg.Now())
			if se.RetryAfter > 0 {
				w.hosts.setRetryAt(host, w.cfg.Now().Add(se.RetryAfter))
			}
		}
		// Drain a little so the connection can be reused.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, se
	}
	if resp.ContentLength > w.cfg.MaxBody {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, resp.ContentLength, w.cfg.MaxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.cfg.MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > w.cfg.MaxBody {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, w.cfg.MaxBody)
	}
	return &response{status: resp.StatusCode, header: resp.Header, body: body, url: resp.Request.URL}, nil
}

// retryAfter reads a Retry-After header: delay-seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		if n > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), maxRetryAfter)
}

// backoff is Interval * 2^failures, capped at limit, without overflowing.
func backoff(interval time.Duration, failures int, limit time.Duration) time.Duration {
	d := interval
	for i := 0; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// interleaveHosts orders feeds round-robin across hosts, so that workers
// start on different hosts instead of queueing at one host's gate.
func interleaveHosts(feeds []*store.Feed) []*store.Feed {
	var order []string
	byHost := map[string][]*store.Feed{}
	for _, f := range feeds {
		h := f.URL
		if u, err := url.Parse(f.URL); err == nil {
			h = hostKey(u)
		}
		if _, ok := byHost[h]; !ok {
			order = append(order, h)
		}
		byHost[h] = append(byHost[h], f)
	}
	out := make([]*store.Feed, 0, len(feeds))
	for len(out) < len(feeds) {
		for _, h := range order {
			if q := byHost[h]; len(q) > 0 {
				out = append(out, q[0])
				byHost[h] = q[1:]
			}
		}
	}
	return out
}
