package extract

import (
	"net/url"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// Trafilatura picks one container and sometimes stops there: pages that
// split the story across sibling blocks (an ad or a promo box between
// "chunks" of the body) come out with only the first part. Readability
// merges sibling blocks that score like the chosen one, so it is run as a
// second opinion, as trafilatura's own design does with its fallbacks, and
// its text is preferred only when it is clearly the same article, longer.

const (
	// minContained is the share of trafilatura's shingles readability
	// must also have: anything less and it found a different block.
	minContained = 0.95
	// minProseGain is how much prose readability must add, relative to
	// trafilatura's length, before it is believed: small gains are more
	// often captions, bios or comments than missing paragraphs.
	minProseGain = 1.0
	// proseWords is the length from which a line counts as prose.
	proseWords = 15
)

// readabilityText returns the body readability finds in doc, rendered and
// cleaned like trafilatura's, or "".
func readabilityText(doc *html.Node, base *url.URL, words map[string]bool) string {
	art, err := readability.FromDocument(doc, base)
	if err != nil || art.Node == nil {
		return ""
	}
	return renderWith(art.Node, words)
}

// preferWider reports whether wide, a second extractor's text, should
// replace narrow: it must hold nearly all of narrow, add at least as much
// prose again, and have no repeated lines (repeated share bars or
// "read more" labels mark a listing of teasers, not one article).
func preferWider(narrow, wide string) bool {
	if wide == "" {
		return false
	}
	ns, ws := shingles(narrow), shingles(wide)
	hit, total := 0, 0
	for k, n := range ns {
		total += n
		hit += min(n, ws[k])
	}
	if total == 0 || float64(hit) < minContained*float64(total) {
		return false
	}
	seen := make(map[string]bool)
	extra := 0
	for _, l := range strings.Split(wide, "\n") {
		key := normLine(l)
		if key == "" {
			continue
		}
		if seen[key] {
			return false
		}
		seen[key] = true
		if n := len(tokens(l)); n >= proseWords && coverage(l, ns) < 0.5 {
			extra += n
		}
	}
	return float64(extra) >= minProseGain*float64(len(tokens(narrow)))
}

// mayHoldMore reports whether page, the whole page rendered one block a
// line, has enough prose outside narrow for preferWider to accept any
// second extractor: when it has not, running readability is wasted work.
func mayHoldMore(narrow, page string) bool {
	ns := shingles(narrow)
	extra := 0
	for _, l := range strings.Split(page, "\n") {
		if n := len(tokens(l)); n >= proseWords && coverage(l, ns) < 0.5 {
			extra += n
		}
	}
	return float64(extra) >= minProseGain*float64(len(tokens(narrow)))
}

// coverage is the share of line's shingles present in set.
func coverage(line string, set map[string]int) float64 {
	ls := shingles(line)
	if len(ls) == 0 {
		return 1
	}
	hit := 0
	for k := range ls {
		if set[k] > 0 {
			hit++
		}
	}
	return float64(hit) / float64(len(ls))
}
