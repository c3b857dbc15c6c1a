package server

import (
	"html"
	"html/template"
	"regexp"
	"strings"
)

// briefHTML renders a brief's Markdown safely. It is hand-written rather
// than a Markdown library because briefs use a tiny, known subset —
// headings, lists, paragraphs, bold and [n] citations — and everything
// else must come out escaped, never as raw HTML from the analysed text.
// cite maps a citation number ("3") to a link target, or "" to leave the
// citation as plain text.
func briefHTML(md string, cite func(n string) string) template.HTML {
	var b strings.Builder
	var list string // "ul" or "ol" while inside a list
	var para []string
	flushPara := func() {
		if len(para) > 0 {
			b.WriteString("<p>" + inline(strings.Join(para, " "), cite) + "</p>\n")
			para = nil
		}
	}
	closeList := func() {
		if list != "" {
			b.WriteString("</" + list + ">\n")
			list = ""
		}
	}
	openList := func(kind string) {
		if list != kind {
			closeList()
			b.WriteString("<" + kind + ">\n")
			list = kind
		}
	}
	first := true
	headings := 0
	inDetails := false
	closeDetails := func() {
		if inDetails {
			b.WriteString("</details>\n")
			inDetails = false
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		isFirst := first && t != ""
		if t != "" {
			first = false
		}
		switch {
		case t == "":
			flushPara()
			closeList()
		case isFirst && headingLevel(t) == 1:
			// the brief's title repeats the story's, which the page shows
		case headingLevel(t) > 0:
			flushPara()
			closeList()
			n := headingLevel(t)
			// The page has its own h1 and the brief its h2 section;
			// the brief's headings sit below them.
			lvl := string(rune('0' + min(max(n+1, 3), 6)))
			h := "<h" + lvl + ">" + inline(strings.TrimSpace(t[n:]), cite) + "</h" + lvl + ">"
			headings++
			if headings == 1 {
				b.WriteString(h + "\n")
				break
			}
			// Later sections (claims, divergences, timeline) restate what the
			// page shows in full below, so they start folded.
			closeDetails()
			b.WriteString(`<details class="brief-section"><summary>` + h + "</summary>\n")
			inDetails = true
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
			flushPara()
			openList("ul")
			b.WriteString("<li>" + inline(strings.TrimSpace(t[2:]), cite) + "</li>\n")
		case orderedItem.MatchString(t):
			flushPara()
			openList("ol")
			b.WriteString("<li>" + inline(orderedItem.ReplaceAllString(t, ""), cite) + "</li>\n")
		default:
			closeList()
			para = append(para, t)
		}
	}
	flushPara()
	closeList()
	closeDetails()
	return template.HTML(b.String()) //nolint:gosec // every piece of text went through inline, which escapes
}

var orderedItem = regexp.MustCompile(`^\d{1,3}[.)]\s+`)

// headingLevel is the number of leading #s of an ATX heading, or 0.
func headingLevel(t string) int {
	n := 0
	for n < len(t) && n < 6 && t[n] == '#' {
		n++
	}
	if n == 0 || n >= len(t) || t[n] != ' ' {
		return 0
	}
	return n
}

// inline renders one line: Markdown backslash escapes, **bold** and [n]
// citations; everything else is escaped, so no input opens a tag of its
// own. Unpaired ** stays literal.
func inline(s string, cite func(string) string) string {
	toks := inlineTokens(s)
	bolds := 0
	for _, t := range toks {
		if t.kind == tokBold {
			bolds++
		}
	}
	var b strings.Builder
	open := false
	for _, t := range toks {
		switch t.kind {
		case tokText:
			b.WriteString(html.EscapeString(t.text))
		case tokBold:
			switch {
			case open:
				b.WriteString("</strong>")
				open = false
			case bolds >= 2:
				b.WriteString("<strong>")
				open = true
			default:
				b.WriteString("**")
			}
			bolds--
		case tokCite:
			target := ""
			if cite != nil {
				target = cite(t.text)
			}
			if target == "" {
				b.WriteString("[" + t.text + "]")
			} else {
				b.WriteString(`<a class="cite" href="` + html.EscapeString(target) + `" aria-label="source ` + t.text + `">[` + t.text + `]</a>`)
			}
		}
	}
	return b.String()
}

const (
	tokText = iota
	tokBold
	tokCite
)

type inlineToken struct {
	kind int
	text string // the text, or the citation number
}

func inlineTokens(s string) []inlineToken {
	var toks []inlineToken
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			toks = append(toks, inlineToken{tokText, text.String()})
			text.Reset()
		}
	}
	for i := 0; i < len(s); {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			text.WriteByte(s[i+1])
			i += 2
		case strings.HasPrefix(s[i:], "**"):
			flush()
			toks = append(toks, inlineToken{kind: tokBold})
			i += 2
		case s[i] == '[':
			if m := citation.FindStringSubmatch(s[i:]); m != nil {
				flush()
				toks = append(toks, inlineToken{tokCite, m[1]})
				i += len(m[0])
				continue
			}
			text.WriteByte(s[i])
			i++
		default:
			text.WriteByte(s[i])
			i++
		}
	}
	flush()
	return toks
}

var citation = regexp.MustCompile(`^\[(\d{1,4})\]`)

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// briefTimeline returns the items of the brief's "Timeline" section, as
// inline Markdown, leaving out the publication events the page's own
// timeline already shows.
func briefTimeline(md string) []string {
	var out []string
	in := false
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		if n := headingLevel(t); n > 0 {
			in = strings.EqualFold(strings.TrimSpace(t[n:]), "timeline")
			continue
		}
		if in && strings.HasPrefix(t, "- ") && !strings.Contains(t, "publishes its article") {
			out = append(out, strings.TrimSpace(t[2:]))
		}
	}
	return out
}
