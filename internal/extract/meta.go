package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// meta is what the page declares about itself, in the raw.
type meta struct {
	props        map[string]string // <meta property|name|itemprop=... content=...>, first wins, keys lowercased
	title        string            // <title>
	h1           string            // first <h1>
	linkHosts    map[string]int    // hosts of absolute links, for a page saved without its address
	links        int
	canonical    string // <link rel=canonical href>, resolved
	canonicalRaw string // the same as written
	lang         string // <html lang>
	timeAttr     string // first <time datetime>, preferring a publication time
	ld           ldArticle
}

// ldArticle holds the JSON-LD fields of the page's article object.
type ldArticle struct {
	headline, published, publisher, author, url, lang string
}

// readMeta walks the document once, collecting the declarations that
// result() ranks.
func readMeta(doc *html.Node, base *url.URL) *meta {
	m := &meta{props: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				if m.lang == "" {
					m.lang = attr(n, "lang")
				}
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
				if _, seen := m.props[key]; key != "" && !seen {
					m.props[key] = strings.TrimSpace(attr(n, "content"))
				}
			case "title":
				if m.title == "" {
					m.title = textOf(n)
				}
			case "h1":
				if m.h1 == "" {
					m.h1 = textOf(n)
				}
			case "a":
				if h := hostOutlet(attr(n, "href")); h != "" {
					if m.linkHosts == nil {
						m.linkHosts = map[string]int{}
					}
					m.linkHosts[h]++
					m.links++
				}
			case "link":
				if m.canonicalRaw == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonicalRaw = attr(n, "href")
					m.canonical = resolve(base, m.canonicalRaw)
				}
			case "time":
				dt := attr(n, "datetime")
				pub := attr(n, "itemprop") == "datePublished" || hasAttr(n, "pubdate")
				if dt != "" && (m.timeAttr == "" || pub) {
					m.timeAttr = dt
				}
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					m.ld.merge(n.FirstChild.Data)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// result ranks the declarations: explicit metadata first, then the
// document's structure, then trafilatura's guesses.
func (m *meta) result(base *url.URL, t trafilatura.Metadata) Result {
	var r Result
	if base == nil {
		// Without the page's address, a relative canonical link can
		// still be resolved against the page's own og:url.
		if u, err := url.Parse(m.props["og:url"]); err == nil && u.IsAbs() {
			base = u
			m.canonical = resolve(base, m.canonicalRaw)
		}
	}
	r.URL = firstNonEmpty(m.canonical, absURL(base, m.props["og:url"]), absURL(base, m.ld.url))
	if r.URL == "" && base != nil {
		r.URL = base.String()
	}
	host := hostOutlet(r.URL)
	if host == "" {
		// Some sites put their address in og:site_name.
		for _, v := range []string{m.props["og:site_name"], m.ld.publisher} {
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
				host = hostOutlet(v)
				break
			}
		}
	}
	r.Outlet = outletName(host, m.props["og:site_name"], m.ld.publisher, m.props["application-name"])
	if r.Outlet != "" && r.Outlet == strings.TrimPrefix(host, "www.") {
		r.Outlet = acronymOutlet(r.Outlet, m.props["twitter:site"])
	}
	if r.Outlet == "" {
		r.Outlet = m.outletFallback()
	}
	r.Title = firstNonEmpty(
		stripSite(m.props["og:title"], r.Outlet, false),
		stripSite(m.ld.headline, r.Outlet, false),
		m.h1,
		stripSite(m.title, r.Outlet, true),
		t.Title)
	for _, s := range []string{
		m.props["article:published_time"], m.ld.published, m.props["datepublished"],
		m.props["pubdate"], m.props["publishdate"], m.props["date"], m.props["dc.date.issued"],
		m.props["parsely-pub-date"], m.props["sailthru.date"], m.timeAttr,
	} {
		if d, ok := ParseDate(s); ok {
			r.Published = d
			break
		}
	}
	if r.Published.IsZero() && !t.Date.IsZero() {
		r.Published = t.Date
	}
	r.Language = firstNonEmpty(langCode(m.lang), langCode(m.props["og:locale"]),
		langCode(m.ld.lang), langCode(m.props["content-language"]))
	r.Author = firstNonEmpty(m.props["author"], m.ld.author, t.Author)
	return r
}

// ldTypes are the schema.org types whose fields describe the article.
var ldTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"blogposting": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "liveblogposting": true, "report": true, "webpage": true,
}

// merge reads one JSON-LD script, keeping the first value found for each
// field. Broken JSON-LD is common and simply ignored.
func (ld *ldArticle) merge(script string) {
	var v any
	if json.Unmarshal([]byte(script), &v) != nil {
		ld.scan(script)
		return
	}
	ld.walk(v, 0)
}

// Broken JSON-LD (single quotes, trailing commas, raw line breaks in
// strings: Reuters' pages had all three) still names the publisher and
// the dates in well-formed pairs; scan reads those few fields.
var (
	ldPublisherRE = regexp.MustCompile(`"publisher"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"([^"\\]{1,120})"`)
	ldPublishedRE = regexp.MustCompile(`"datePublished"\s*:\s*"([^"\\]{4,40})"`)
	ldHeadlineRE  = regexp.MustCompile(`"headline"\s*:\s*"([^"\\]{1,300})"`)
)

// scan fills what it can of ld from a script that is not valid JSON.
func (ld *ldArticle) scan(script string) {
	for _, f := range []struct {
		re  *regexp.Regexp
		dst *string
	}{{ldPublisherRE, &ld.publisher}, {ldPublishedRE, &ld.published}, {ldHeadlineRE, &ld.headline}} {
		if m := f.re.FindStringSubmatch(script); m != nil {
			fill(f.dst, strings.TrimSpace(m[1]))
		}
	}
}

func (ld *ldArticle) walk(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.walk(e, depth+1)
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			fill(&ld.headline, str(x["headline"]))
			fill(&ld.published, str(x["datePublished"]))
			fill(&ld.publisher, name(x["publisher"]))
			fill(&ld.author, name(x["author"]))
			fill(&ld.url, str(x["url"]))
			fill(&ld.lang, str(x["inLanguage"]))
		}
		if g, ok := x["@graph"]; ok {
			ld.walk(g, depth+1)
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return ldTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// name reads a schema.org Person or Organization given as a string, an
// object with "name", or a list of them (the first wins).
func name(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	case []any:
		for _, e := range x {
			if n := name(e); n != "" {
				return n
			}
		}
	}
	return ""
}

// titleSeparators split "Headline | Site" style titles.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "}

// stripSite removes a trailing " | Site" from a title. The suffix goes
// when it names the outlet, or (for <title>, which almost always carries
// one) when it is shorter than what precedes it.
func stripSite(title, outlet string, loose bool) string {
	title = strings.Join(strings.Fields(title), " ")
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if sameName(tail, outlet) || (loose && len(tail) < len(head)) {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// sameName reports whether a title suffix names the outlet, allowing for
// spacing, case and a domain ending: "News Nation" names newsnation.in.
func sameName(tail, outlet string) bool {
	t, o := alnum(tail), alnum(outlet)
	if len(t) < 3 || len(o) < 3 {
		return false
	}
	return t == o || strings.HasPrefix(o, t) || strings.HasPrefix(t, o)
}

func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// hostOutlet names an outlet after its host when nothing better is known.
func hostOutlet(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// langCode reduces "en-GB", "en_US" or "EN" to an ISO 639-1 code, or ""
// when the value does not look like one.
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

func absURL(base *url.URL, ref string) string { return resolve(base, ref) }

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// outletFallback names the outlet of a page that gives neither a name nor
// an address, as a page saved from a browser may: the part of <title>
// beside the headline ("The Space Review: Seeking a bigger role…"), else
// the host most of its links point to, when they clearly do (a site links
// to itself far more than to anything else).
func (m *meta) outletFallback() string {
	title := strings.Join(strings.Fields(m.title), " ")
	for _, head := range []string{m.h1, m.props["og:title"], m.ld.headline} {
		head = strings.Join(strings.Fields(head), " ")
		if head == "" || !strings.Contains(title, head) || title == head {
			continue
		}
		rest := strings.TrimSpace(strings.Replace(title, head, "", 1))
		rest = strings.TrimSpace(strings.Trim(rest, ":|-–—·•"))
		if n := len(strings.Fields(rest)); n >= 1 && n <= 5 {
			return rest
		}
	}
	best, bestN := "", 0
	for h, n := range m.linkHosts {
		if n > bestN || n == bestN && h < best {
			best, bestN = h, n
		}
	}
	if bestN >= 10 && 2*bestN >= m.links {
		return best
	}
	return ""
}
