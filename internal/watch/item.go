package watch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// handOver turns the feed's new items into articles and gives them to the
// sink, oldest first. It returns how many the sink accepted, how many were
// tried, and one error per failed item.
//
// "New" is decided without extra state: an item dated after the last
// successful poll minus Config.Overlap, or undated. Everything else the sink
// would drop as a duplicate anyway; the window only saves work (and page
// fetches), so erring on the side of handing over again is safe.
func (w *Watcher) handOver(ctx context.Context, f *store.Feed, feed *gofeed.Feed, base *url.URL) (accepted, tried int, errs []error) {
	var cutoff time.Time
	if !f.LastPolled.IsZero() {
		cutoff = f.LastPolled.Add(-w.cfg.Overlap)
	}
	for _, it := range newItems(feed.Items, cutoff) {
		if ctx.Err() != nil {
			return accepted, tried, errs
		}
		tried++
		a, err := w.article(ctx, feed, it, base)
		if err == nil && a != nil {
			w.sinkMu.Lock()
			err = w.sink(ctx, a)
			w.sinkMu.Unlock()
			if err != nil {
				err = fmt.Errorf("sink: %w", err)
			}
		}
		switch {
		case ctx.Err() != nil:
			return accepted, tried, errs
		case err != nil:
			name := itemLink(it, base)
			if name == "" {
				name = itemName(it)
			}
			errs = append(errs, fmt.Errorf("feed %s: item %s: %w", f.URL, name, err))
		case a != nil:
			accepted++
		default:
			tried--
		}
	}
	return accepted, tried, errs
}

// newItems keeps the items dated after cutoff (all when cutoff is zero)
// and the undated ones: dated oldest first, so that ingestion sees a story
// grow in order, then the undated in feed order.
func newItems(items []*gofeed.Item, cutoff time.Time) []*gofeed.Item {
	var dated, undated []*gofeed.Item
	for _, it := range items {
		if it == nil {
			continue
		}
		t := itemTime(it)
		switch {
		case t.IsZero():
			undated = append(undated, it)
		case cutoff.IsZero() || t.After(cutoff):
			dated = append(dated, it)
		}
	}
	slices.SortStableFunc(dated, func(a, b *gofeed.Item) int { return itemTime(a).Compare(itemTime(b)) })
	return append(dated, undated...)
}

func itemTime(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		return it.UpdatedParsed.UTC()
	}
	return time.Time{}
}

func itemName(it *gofeed.Item) string {
	for _, s := range []string{it.Link, it.GUID, it.Title} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return "(untitled)"
}

// article builds the article for one item: from the item's own content when
// it holds at least MinContent characters, else from its linked page. It
// returns nil, nil for an item to skip silently (already stored, or with
// neither text nor a page to fetch).
func (w *Watcher) article(ctx context.Context, feed *gofeed.Feed, it *gofeed.Item, base *url.URL) (*news.Article, error) {
	link := itemLink(it, base)
	a := &news.Article{
		Format:    "feed",
		URL:       link,
		Source:    link,
		Title:     strings.Join(strings.Fields(it.Title), " "),
		Outlet:    outlet(feed, base),
		Published: itemTime(it),
		Language:  language(feed.Language),
	}
	if link == "" {
		a.Source = base.String() + "#" + itemName(it)
	} else if w.seen != nil {
		_, err := w.seen.Seen(ctx, link, "")
		if err == nil {
			w.log.Debug("already stored", "url", link)
			return nil, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			// Not fatal: the sink deduplicates; at worst a page is
			// fetched again.
			w.log.Debug("seen check failed", "url", link, "err", err)
		}
	}

	// Some feeds put the full story in the description and nothing in
	// content:encoded, so the longer-than-MinContent test decides, not
	// which element it came from.
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	text := htmlText(body)
	if !w.cfg.FetchPages || link == "" || utf8.RuneCountInString(text) >= w.cfg.MinContent {
		if text == "" {
			return nil, nil
		}
		a.Text = text
		return a, nil
	}

	page, err := w.get(ctx, link, pageAccept, nil)
	if err != nil {
		return nil, fmt.Errorf("get page: %w", err)
	}
	ct := page.header.Get("Content-Type")
	if ct != "" && !strings.Contains(strings.ToLower(ct), "html") {
		return nil, fmt.Errorf("get page: content type %q is not HTML", ct)
	}
	a.Format = "html"
	a.HTML = extract.DecodeHTML(page.body, ct)
	return a, nil
}

// itemLink is the item's link made absolute, else its GUID when that is
// an absolute URL (RSS guids are permalinks unless marked otherwise), else "".
func itemLink(it *gofeed.Item, base *url.URL) string {
	if l := resolve(base, it.Link); l != "" {
		return l
	}
	return resolve(nil, it.GUID)
}

// resolve makes an item link absolute against the feed's URL; links that
// are not http(s) give "".
func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func outlet(feed *gofeed.Feed, base *url.URL) string {
	if t := strings.Join(strings.Fields(feed.Title), " "); t != "" {
		return t
	}
	if base == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
}

// language reduces a feed's language tag ("en-US") to ISO 639-1 ("en"),
// or "" when it is not one.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}
