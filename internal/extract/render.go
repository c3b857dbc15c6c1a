package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags start a new line of text. Trafilatura's own ContentText joins
// everything with spaces, and textproc needs paragraph breaks, so the
// content tree is rendered here instead.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true,
	"caption": true, "dd": true, "details": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"head": true, "header": true, "hr": true, "li": true, "main": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tr": true, "ul": true, "body": true, "html": true,
	// trafilatura's internal names for lists, quotes and line breaks
	"list": true, "item": true, "quote": true, "lb": true, "row": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true}

// render returns the text of n, one block (paragraph, heading, list item)
// per line, with whitespace inside a block collapsed.
func render(n *html.Node) string {
	return renderWith(n, nil)
}

// renderWith is render that also repairs spaces lost around inline
// elements, using words, the tokens of the page the tree came from.
func renderWith(n *html.Node, words map[string]bool) string {
	if n == nil {
		return ""
	}
	w := lineWriter{words: words}
	w.walk(n, false)
	w.flush()
	return strings.Join(w.lines, "\n")
}

type lineWriter struct {
	lines []string
	cur   strings.Builder
	skip  func(*html.Node) bool // elements left out, with their content; may be nil
	// words, when set, repairs spaces lost at inline element edges (see
	// text); edge records that an element started or ended since the last
	// text was written.
	words map[string]bool
	edge  bool
}

func (w *lineWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			w.pre(n.Data)
		} else {
			w.text(n.Data)
		}
		return
	case html.ElementNode:
		if skipTags[n.Data] || (w.skip != nil && w.skip(n)) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		w.flush()
	}
	if n.Data == "td" || n.Data == "th" || n.Data == "cell" {
		w.cur.WriteByte(' ')
	}
	inPre := pre || n.Data == "pre"
	w.edge = true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inPre)
	}
	w.edge = true
	if block {
		w.flush()
	}
}

// text appends s to the current line. Trafilatura trims the text around
// inline elements inside list items ("<a><b>Ann Lee</b></a> said" comes
// out as "Ann Leesaid"); where the page's own text has both words but
// never the glued form, the space is put back. Checking against the page
// keeps scripts without spaces, such as Japanese, glued as written.
func (w *lineWriter) text(s string) {
	if w.edge && w.words != nil && w.cur.Len() > 0 {
		cur := w.cur.String()
		left, right := tokenSuffix(cur), tokenPrefix(s)
		if left != "" && right != "" && w.words[left] && w.words[right] && !w.words[left+right] {
			w.cur.WriteByte(' ')
		}
	}
	w.edge = false
	w.cur.WriteString(s)
}

// pre keeps the line structure of preformatted text.
func (w *lineWriter) pre(s string) {
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		if i > 0 {
			w.flush()
		}
		w.cur.WriteString(p)
	}
}

func (w *lineWriter) flush() {
	w.edge = false
	// Soft hyphens are invisible but split words for every later stage.
	line := strings.Join(strings.Fields(strings.ReplaceAll(w.cur.String(), "\u00ad", "")), " ")
	w.cur.Reset()
	if line != "" {
		w.lines = append(w.lines, line)
	}
}
