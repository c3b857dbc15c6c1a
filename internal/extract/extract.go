// Package extract turns a raw HTML page into the clean article body and its
// metadata. It is the second pipeline stage: source leaves HTML pages in
// news.Article.HTML, extract replaces them with Text, Title, Outlet, URL,
// Published and Language, and textproc takes it from there.
//
// The main content is found by go-trafilatura, which scores best among the
// Go extractors on the Scrapinghub article extraction benchmark, with
// go-readability as a second opinion for stories split across blocks and
// line filters for the page furniture trafilatura keeps (clean.go);
// metadata is read from the page's own declarations (Open Graph, JSON-LD,
// <link rel=canonical>, <html lang>) before falling back to trafilatura's
// guesses.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Result is what Extract finds in one page.
type Result struct {
	Title     string
	Outlet    string
	URL       string
	Language  string // ISO 639-1, "" when the page does not declare it
	Text      string // paragraphs separated by "\n"
	Published time.Time
	Author    string
}

// ErrNoText means the page has no recognisable article body.
var ErrNoText = errors.New("no article text found")

// settings are the extraction knobs measured on the benchmark (see
// bench_test.go, TestScrapinghub -compare); defaultSettings holds the
// winner.
type settings struct {
	fallback bool
	focus    trafilatura.ExtractionFocus
	dedup    bool // drop repeated segments
	// The post-processing steps, each switchable so TestScrapinghub
	// -compare can measure what it adds.
	repairSpaces bool // put back spaces trafilatura lost at inline edges
	boilerplate  bool // drop furniture lines by their wording
	linkRun      int  // drop runs of at least this many link-only lines; 0 keeps them
	standfirst   bool // drop a first line that repeats the page description (off: costs recall)
	readability  bool // take readability's text when it is the same article, longer
}

// defaultSettings scored best on the Scrapinghub set (TestScrapinghub
// -compare). Trafilatura alone: F1 0.963, against 0.959 with its own
// readability/dom-distiller fallback, which swaps whole outputs on length
// alone. Favouring recall keeps short articles whole; deduplication drops
// repeated teasers. The post-processing brings F1 to 0.974 (P 0.965,
// R 0.984); each step's share is in the -compare log.
var defaultSettings = settings{
	fallback: false, focus: trafilatura.FavorRecall, dedup: true,
	repairSpaces: true, boilerplate: true, linkRun: 2, readability: true,
}

// Extract finds the article body and metadata of an HTML page. pageURL,
// when known, resolves relative links and is the URL of last resort.
// Errors do not name the page: the caller knows which one it was.
func Extract(page []byte, pageURL string) (Result, error) {
	return extractWith(page, pageURL, defaultSettings)
}

func extractWith(page []byte, pageURL string, s settings) (Result, error) {
	page = DecodeHTML(page, "")
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Result{}, fmt.Errorf("parse html: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	m := readMeta(doc, base)
	dropPopups(doc)

	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  s.fallback,
		Focus:           s.focus,
		ExcludeComments: true,
		Deduplicate:     s.dedup,
		// Our own metadata reader finds the declared date first; htmldate
		// only runs in its fast mode as the last resort.
		HtmlDateMode: trafilatura.Fast,
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		// trafilatura's reasons ("text and comments are not long enough:
		// 0 0") are its internals, not something a reader can act on.
		return Result{}, ErrNoText
	}
	r := m.result(base, res.Metadata)
	var pageText string // the whole page, one block a line
	if s.repairSpaces || s.readability {
		pageText = render(doc)
	}
	var words map[string]bool
	if s.repairSpaces {
		words = wordSet(pageText)
	}
	// The page's <h1> is often not its og:title (BBC: "Julian Assange:
	// Sweden drops rape investigation" over "Sweden drops Assange rape
	// investigation"); either one heading the body is the headline.
	r.Text = dropHeadline(rebreak(doc, res.ContentNode, renderWith(res.ContentNode, words)), r.Title, m.h1, m.props["og:title"], m.ld.headline)
	r.Text = clean(r.Text, doc, m, s)
	if s.readability && mayHoldMore(r.Text, pageText) {
		wide := clean(dropHeadline(readabilityText(doc, base, words), r.Title, m.h1, m.props["og:title"], m.ld.headline), doc, m, s)
		if preferWider(r.Text, wide) {
			r.Text = wide
		}
	}
	if r.Text == "" {
		return r, ErrNoText
	}
	return r, nil
}

// clean applies the line filters s asks for.
func clean(text string, doc *html.Node, m *meta, s settings) string {
	lines := strings.Split(text, "\n")
	if s.standfirst && len(lines) > 1 {
		if d := normLine(firstNonEmpty(m.props["og:description"], m.props["description"], m.props["twitter:description"])); d != "" && normLine(lines[0]) == d {
			lines = lines[1:]
		}
	}
	if s.boilerplate {
		kept := lines[:0]
		for _, l := range lines {
			if !isBoilerplate(l) {
				kept = append(kept, l)
			}
		}
		lines = kept
	}
	if s.linkRun > 0 {
		lines = dropLinkLists(lines, linkLines(doc), s.linkRun)
	}
	return strings.Join(lines, "\n")
}

// dropHeadline removes the headline when trafilatura kept it as the first
// line of the body: the title has a field of its own, and textproc would
// otherwise count it as the first sentence.
func dropHeadline(text string, titles ...string) string {
	first, rest, _ := strings.Cut(text, "\n")
	for _, title := range titles {
		if title != "" && strings.EqualFold(strings.TrimSpace(first), strings.TrimSpace(title)) {
			return rest
		}
	}
	return text
}

// Article fills a.Text from a.HTML, fills metadata fields that are still
// empty, and clears a.HTML. Articles without HTML are left alone.
//
// For WARC records source sets Published to the crawl date, which is only
// a stand-in: a date the page declares replaces it.
func Article(a *news.Article) error {
	if a.HTML == nil {
		return nil
	}
	r, err := Extract(a.HTML, a.URL)
	if err != nil {
		return fmt.Errorf("%s: %w", a.Source, err)
	}
	a.HTML = nil
	a.Text = r.Text
	fill(&a.Title, r.Title)
	fill(&a.Outlet, r.Outlet)
	fill(&a.URL, r.URL)
	fill(&a.Language, r.Language)
	if !r.Published.IsZero() && (a.Published.IsZero() || a.Format == "warc") {
		a.Published = r.Published
	}
	return nil
}

func fill(field *string, v string) {
	if *field == "" {
		*field = v
	}
}
