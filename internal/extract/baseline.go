package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// When trafilatura's main extractor finds too little text it falls back
// to a baseline that, for pages with an <article> element, returns the
// element's text with every tag boundary removed ("HeadlineFirst
// paragraph.Second paragraph."). Short articles, which are common in
// feeds and JSON Lines, take that path. rebreak recognises that output
// and renders the same element again with its paragraph breaks.
func rebreak(doc, content *html.Node, text string) string {
	p := onlyChild(content)
	if p == nil || p.Data != "p" || onlyChild(p) != nil || p.FirstChild == nil || p.FirstChild.Type != html.TextNode {
		return text
	}
	art := findElement(doc, "article")
	if art == nil {
		return text
	}
	var w lineWriter
	w.skip = isBaselineClutter
	w.walk(art, false)
	w.flush()
	broken := strings.Join(w.lines, "\n")
	if squash(broken) != squash(p.FirstChild.Data) {
		return text
	}
	return broken
}

// isBaselineClutter matches what trafilatura's baseline drops before
// taking an article's text.
func isBaselineClutter(n *html.Node) bool {
	if n.Data == "aside" || n.Data == "footer" {
		return true
	}
	if n.Data == "div" {
		return strings.Contains(attr(n, "id"), "footer") || strings.Contains(attr(n, "class"), "footer")
	}
	return false
}

// onlyChild returns n's single element child, or nil.
func onlyChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if only != nil {
			return nil
		}
		only = c
	}
	return only
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
