package source

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/mmcdole/gofeed"
)

// markup tells HTML item content from plain text.
var markup = regexp.MustCompile(`(?i)<(?:p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|img|figure|table)\b[^>]*>`)

// readFeed reads RSS, Atom and JSON Feed files with gofeed, which smooths
// over the three formats and their many dialects (content:encoded,
// Dublin Core dates, Atom content types) that a hand-written reader would
// have to learn one by one.
func (p *parser) readFeed(data []byte) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		p.fail(0, 0, fmt.Errorf("invalid feed: %w", err))
		return
	}
	for i, it := range f.Items {
		if err := p.ctx.Err(); err != nil {
			p.fail(0, 0, err)
			return
		}
		if it == nil {
			continue
		}
		a, err := feedItem(f, it)
		if err != nil {
			p.fail(0, i+1, err)
			continue
		}
		a.Format = "feed"
		if it.Link != "" {
			a.Source = p.name + "#" + strings.TrimSpace(it.Link)
		} else {
			a.Source = fmt.Sprintf("%s#%d", p.name, i+1)
		}
		p.out(a)
	}
}

// feedItem makes an article of a feed item: full content is preferred to
// the description, and HTML is left for extract to clean.
func feedItem(f *gofeed.Feed, it *gofeed.Item) (*news.Article, error) {
	a := &news.Article{
		Title:    it.Title,
		URL:      strings.TrimSpace(it.Link),
		Outlet:   f.Title,
		Language: langCode(f.Language),
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = *it.PublishedParsed
	case it.UpdatedParsed != nil:
		a.Published = *it.UpdatedParsed
	}
	body := strings.TrimSpace(it.Content)
	if body == "" {
		body = strings.TrimSpace(it.Description)
	}
	if body == "" {
		return nil, errors.New("item has no content or description")
	}
	if markup.MatchString(body) {
		a.HTML = []byte(body)
	} else {
		a.Text = strings.ReplaceAll(body, "\r\n", "\n")
	}
	return a, nil
}
