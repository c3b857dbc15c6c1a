package textproc

import (
	"net/url"
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
	var kept []string
	var removed []news.Removed
	lost := 0
	for _, line := range lines {
		if template[foldSpace(line)] {
			removed = append(removed, news.Removed{Text: strings.TrimSpace(line), Reason: ReasonOutlet})
			lost += len(line)
			continue
		}
		kept = append(kept, line)
	}
	if len(removed) == 0 || float64(lost) > outletMaxLoss*float64(len(a.Text)) {
		return 0
	}
	a.Text = joinLines(kept)
	a.Boilerplate = append(a.Boilerplate, removed...)
	Analyze(a)
	return len(removed)
}

// joinLines joins lines with runs of blank lines collapsed to one, so a
// removed line leaves no hole in the paragraph structure.
func joinLines(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if strings.TrimFunc(l, isSpace) == "" {
			blank = true
			continue
		}
		writeLine(&b, l, blank)
		blank = false
	}
	return b.String()
}
