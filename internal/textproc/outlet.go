package textproc

import (
	"net/url"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

const (
	// outletMinArticles and outletMinShare decide when a line is an
	// outlet's template: it occurs in at least this many of the outlet's
	// articles and in at least this share of them.
	outletMinArticles = 3
	outletMinShare    = 0.5
	// outletMaxLoss guards against mistaking republished copies of one
	// story for a template: an article that would lose more than this
	// share of its text is left alone.
	outletMaxLoss = 0.6
)

// RemoveOutletBoilerplate removes, from each article, the lines that its
// outlet repeats across many of its articles (in at least 3 of them and at
// least half): taglines, disclaimers, author boxes. Articles are grouped by
// Outlet, or by the URL's host when Outlet is empty; copies with the same
// content count once. Removals are recorded with reason
// "outlet-boilerplate" and changed articles are analysed again. It returns
// the number of lines removed.
func RemoveOutletBoilerplate(arts []*news.Article) int {
	groups := make(map[string][]*news.Article)
	for _, a := range arts {
		if k := outletKey(a); k != "" {
			groups[k] = append(groups[k], a)
		}
	}
	total := 0
	for _, group := range groups {
		total += removeGroupBoilerplate(group)
	}
	return total
}

func outletKey(a *news.Article) string {
	if a.Outlet != "" {
		return strings.ToLower(a.Outlet)
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func removeGroupBoilerplate(group []*news.Article) int {
	// Count each line once per distinct content, so that one story stored
	// under three URLs does not make its own paragraphs a template.
	docs := make(map[string]bool)
	counts := make(map[string]int)
	for _, a := range group {
		id := ContentID(a)
		if docs[id] {
			continue
		}
		docs[id] = true
		seen := make(map[string]bool)
		for _, line := range strings.Split(a.Text, "\n") {
			k := foldSpace(line)
			if k != "" && !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	n := len(docs)
	template := make(map[string]bool)
	for k, c := range counts {
		if isTemplateLine(c, n) {
			template[k] = true
		}
	}
	if len(template) == 0 {
		return 0
	}
	total := 0
	for _, a := range group {
		total += removeLines(a, template)
	}
	return total
}

// removeLines drops a's lines whose folded form is in template, unless that
// would strip most of the article.
func removeLines(a *news.Article, template map[string]bool) int {
	lines := strings.Split(a.Text, "\n")
	keep := make([]bool, len(lines))
	var removed []news.Removed
	lost := 0
	for i, line := range lines {
		if template[foldSpace(line)] {
			removed = append(removed, news.Removed{Text: strings.TrimSpace(line), Reason: ReasonOutlet})
			lost += len(line)
			continue
		}
		keep[i] = true
	}
	if len(removed) == 0 || float64(lost) > outletMaxLoss*float64(len(a.Text)) {
		return 0
	}
	text, newEnds, at := joinLinesAt(lines, keep)
	// Offsets of the lines cleaning removed move with the text; the lines
	// removed here stood where the text kept before them ends.
	for i := range a.Boilerplate {
		a.Boilerplate[i].At = at(a.Boilerplate[i].At)
	}
	j := 0
	for i := range lines {
		if !keep[i] {
			if i > 0 {
				removed[j].At = newEnds[i-1]
			}
			j++
		}
	}
	a.Text = text
	a.Boilerplate = append(a.Boilerplate, removed...)
	Analyze(a)
	return len(removed)
}

// joinLinesAt joins the lines marked keep, with runs of blank lines
// collapsed to one so a removed line leaves no hole in the paragraph
// structure. It also returns,
// for each line, the offset in the new text where the kept text up to that
// line ends, and a function that maps an offset in the old text (lines
// joined by "\n") that falls at the end of a line, or before the first,
// to the same in the new text.
func joinLinesAt(lines []string, keep []bool) (string, []int, func(int) int) {
	var b strings.Builder
	ends := make([]int, len(lines))    // old offset after each line
	newEnds := make([]int, len(lines)) // new offset of the kept text up to it
	blank, old := false, 0
	for i, l := range lines {
		old += len(l)
		ends[i] = old
		old++ // the newline
		if keep[i] {
			if strings.TrimFunc(l, isSpace) == "" {
				blank = true
			} else {
				writeLine(&b, l, blank)
				blank = false
			}
		}
		newEnds[i] = b.Len()
	}
	at := func(off int) int {
		// The last line ending at or before off.
		i, _ := slices.BinarySearch(ends, off+1)
		if i == 0 {
			return 0
		}
		return newEnds[i-1]
	}
	return b.String(), newEnds, at
}
