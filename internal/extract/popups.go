package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Sites hang cards on names and links that show on hover: a person's
// photo, name and latest headlines ("rollover" blocks at The Hill,
// tooltips and popovers elsewhere). In the page they sit inside the
// sentence, so an extractor that keeps the paragraph keeps the card too,
// and the text reads "Rep. Alexandria Ocasio-CortezAlexandria
// Ocasio-CortezSanders doubles down on …". trafilatura has no rule for
// them, so they are removed from the tree before it runs.

// isPopup reports whether an element's class or id names a hover card.
func isPopup(n *html.Node) bool {
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		for _, tok := range strings.Fields(strings.ToLower(v)) {
			switch {
			case strings.Contains(tok, "tooltip"), strings.Contains(tok, "popover"),
				strings.Contains(tok, "hovercard"), strings.Contains(tok, "hover-card"):
				return true
			case strings.Contains(tok, "rollover") && (strings.Contains(tok, "block") || strings.Contains(tok, "card")):
				return true
			}
		}
	}
	return false
}

// dropPopups removes the hover cards of doc.
func dropPopups(doc *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && c.DataAtom.String() != "a" && isPopup(c) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
}
