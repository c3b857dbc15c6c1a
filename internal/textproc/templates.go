package textproc

import (
	"hash/fnv"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Templates learns, one article at a time, the lines each outlet repeats
// under its articles (taglines, disclaimers, author boxes): the streaming
// counterpart of RemoveOutletBoilerplate for ingestion, where the corpus is
// never in hand at once. It is safe for concurrent use.
type Templates struct {
	mu      sync.Mutex
	outlets map[string]*outletLines
}

// outletLines counts, per folded line, the articles of one outlet that
// carried it. Lines seen once are pruned when the map grows, which keeps
// memory bounded however many articles an outlet publishes.
type outletLines struct {
	articles int
	counts   map[uint64]int
}

// maxTemplateLines bounds the lines remembered per outlet.
const maxTemplateLines = 20000

// NewTemplates returns an empty tracker.
func NewTemplates() *Templates {
	return &Templates{outlets: map[string]*outletLines{}}
}

// Learn counts a's lines for its outlet. Call it once per distinct article.
func (t *Templates) Learn(a *news.Article) {
	key := outletKey(a)
	if key == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	o := t.outlets[key]
	if o == nil {
		o = &outletLines{counts: map[uint64]int{}}
		t.outlets[key] = o
	}
	o.articles++
	seen := map[uint64]bool{}
	for _, line := range strings.Split(a.Text, "\n") {
		if h, ok := lineHash(line); ok && !seen[h] {
			seen[h] = true
			o.counts[h]++
		}
	}
	if len(o.counts) > maxTemplateLines {
		for h, c := range o.counts {
			if c <= 1 {
				delete(o.counts, h)
			}
		}
	}
}

// Strip removes from a the lines its outlet has repeated in at least three
// of the articles learned so far and at least half of them, recording them
// as outlet boilerplate and analysing a again; a's ID is kept, since it
// names the article as it was stored. It returns the lines removed.
func (t *Templates) Strip(a *news.Article) int {
	key := outletKey(a)
	if key == "" {
		return 0
	}
	t.mu.Lock()
	o := t.outlets[key]
	template := map[string]bool{}
	if o != nil {
		for _, line := range strings.Split(a.Text, "\n") {
			h, ok := lineHash(line)
			if ok && o.counts[h] >= outletMinArticles && float64(o.counts[h]) >= outletMinShare*float64(o.articles) {
				template[collapseSpace(Fold(line))] = true
			}
		}
	}
	t.mu.Unlock()
	if len(template) == 0 {
		return 0
	}
	id := a.ID
	n := removeLines(a, template)
	a.ID = id
	return n
}

func lineHash(line string) (uint64, bool) {
	k := collapseSpace(Fold(line))
	if k == "" {
		return 0, false
	}
	h := fnv.New64a()
	h.Write([]byte(k))
	return h.Sum64(), true
}
