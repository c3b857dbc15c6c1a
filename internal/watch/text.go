package watch

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Feed item content is already the article body, so it needs no
// boilerplate extraction, only its markup removed with one paragraph per
// line (what textproc expects). extract's renderer works on trafilatura's
// tree and is not exported, hence this small tokenizer walk.

// blockTags end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Hr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
}

// htmlText returns the text of an HTML fragment, one block per line with
// whitespace collapsed. Content without any tag is taken as plain text
// (JSON Feed's content_text), whose line breaks are paragraph breaks.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return joinLines(html.UnescapeString(s))
	}
	var b strings.Builder
	skip := 0
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for {
		switch tt := z.Next(); tt {
		case xhtml.ErrorToken:
			return joinLines(b.String())
		case xhtml.TextToken:
			if skip == 0 {
				b.WriteString(strings.Map(func(r rune) rune {
					if r == '\n' || r == '\r' {
						return ' '
					}
					return r
				}, string(z.Text())))
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipTags[a] && tt == xhtml.StartTagToken:
				skip++
			case skipTags[a] && tt == xhtml.EndTagToken:
				skip = max(skip-1, 0)
			case blockTags[a]:
				b.WriteByte('\n')
			}
		}
	}
}

// joinLines collapses whitespace inside each line and drops empty lines.
func joinLines(s string) string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n")
}
