package source

import (
	"bytes"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"golang.org/x/text/encoding/charmap"
)

// metaLine matches "Key: value" header lines of plain-text articles.
var metaLine = regexp.MustCompile(`(?i)^\s*(outlet|source|date|published|url|title|headline|language|lang)\s*:\s*(.*?)\s*$`)

// sentenceEnd marks a value as prose rather than a name: a Source line
// that reads like a sentence is article text, not attribution.
var sentenceEnd = regexp.MustCompile(`[.!?;:]["'”’)]*(\s|$)`)

const (
	maxMetaValue = 80  // longer "Outlet:"/"Source:" values are prose
	maxHeadline  = 300 // a longer first line is a paragraph, not a headline
)

// decodeText returns b as UTF-8, reading it as windows-1252 when it is not
// valid UTF-8 (the usual legacy encoding of Western news text).
func decodeText(b []byte) (string, bool) {
	b = bytes.TrimPrefix(b, utf8BOM)
	if utf8.Valid(b) {
		return string(b), false
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), true
	}
	return string(out), true
}

func (p *parser) readText(data []byte) {
	s, legacy := decodeText(data)
	a := parseText(s)
	a.Source, a.Format = p.name, "text"
	if legacy {
		p.fail(0, 0, ErrLegacyEncoding)
	}
	if a.Title == "" && a.Text == "" {
		p.fail(0, 0, errors.New("no headline or body text (only metadata lines)"))
		return
	}
	p.out(a)
}

// parseText reads a plain-text article: metadata lines anywhere, the
// first other non-empty line as headline, the rest as body.
func parseText(s string) *news.Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	a := &news.Article{}
	var body []string
	header := true // no headline or body line seen yet
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, isSpace)
		if m := metaLine.FindStringSubmatch(line); m != nil && metadata(a, strings.ToLower(m[1]), m[2], strings.TrimSpace(line), header) {
			continue
		}
		if header {
			if strings.TrimSpace(line) == "" {
				continue
			}
			header = false
			if a.Title == "" && utf8.RuneCountInString(line) <= maxHeadline {
				a.Title = strings.TrimSpace(line)
				continue
			}
		}
		body = append(body, line)
	}
	a.Text = joinParagraphs(body)
	return a
}

// metadata applies one "Key: value" line and reports whether it was
// metadata; a value that does not fit its key leaves the line in the body.
// Title and language are only read before the headline.
func metadata(a *news.Article, key, val, line string, header bool) bool {
	switch key {
	case "outlet":
		if !shortName(val) {
			return false
		}
		if a.Outlet == "" {
			a.Outlet = val
		}
	case "source":
		// Attribution lines ("Source: Reuters") are kept for provenance
		// as removed boilerplate, not as the outlet that published us.
		if !shortName(val) {
			return false
		}
		a.Boilerplate = append(a.Boilerplate, news.Removed{Text: line, Reason: "source-line"})
	case "date", "published":
		d, ok := extract.ParseDate(val)
		if !ok {
			return false
		}
		if a.Published.IsZero() {
			a.Published = d
		}
	case "url":
		u, err := url.Parse(val)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return false
		}
		if a.URL == "" {
			a.URL = val
		}
	case "title", "headline":
		if !header || val == "" || a.Title != "" || utf8.RuneCountInString(val) > maxHeadline {
			return false
		}
		a.Title = val
	case "language", "lang":
		code := strings.ToLower(val)
		if !header || len(code) != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z' {
			return false
		}
		a.Language = code
	default:
		return false
	}
	return true
}

// shortName reports whether v reads like a name (an outlet, a domain) and
// not a sentence. A final full stop is allowed on a few words
// ("Source: Reuters.").
func shortName(v string) bool {
	if v == "" || utf8.RuneCountInString(v) >= maxMetaValue {
		return false
	}
	if t := strings.TrimSuffix(v, "."); t != v && len(strings.Fields(t)) <= 4 {
		v = t
	}
	return !sentenceEnd.MatchString(v)
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' }

// joinParagraphs returns the body with one paragraph per line. Blocks
// separated by blank lines whose lines are all of similar, typewriter
// length are hard-wrapped paragraphs and are joined back into one line;
// other lines are kept as they are.
func joinParagraphs(lines []string) string {
	var out []string
	var block []string
	flush := func() {
		if len(block) == 0 {
			return
		}
		if hardWrapped(block) {
			out = append(out, strings.Join(trimAll(block), " "))
		} else {
			out = append(out, trimAll(block)...)
		}
		block = block[:0]
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return strings.Join(out, "\n")
}

func trimAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}

// hardWrapped reports whether a block looks wrapped at a fixed width: at
// least two lines, all but the last between 50 and 100 characters and
// within a fifth of the longest.
func hardWrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	longest := 0
	for _, l := range block {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	for _, l := range block[:len(block)-1] {
		n := utf8.RuneCountInString(l)
		if n < 50 || n > 100 || n*5 < longest*4 {
			return false
		}
	}
	return utf8.RuneCountInString(block[len(block)-1]) <= longest
}
