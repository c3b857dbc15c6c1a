package textproc

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	hs, ok := lineHashes(strings.Split(a.Text, "\n"))
	t.mu.Lock()
	defer t.mu.Unlock()
	t.outlet(key).learn(hs, ok)
}

// Observe learns a's lines and strips its outlet's template lines in one
// pass over them (Learn, then Strip), returning the lines removed.
func (t *Templates) Observe(a *news.Article) int {
	key := outletKey(a)
	if key == "" {
		return 0
	}
	lines := strings.Split(a.Text, "\n")
	hs, ok := lineHashes(lines)
	t.mu.Lock()
	o := t.outlet(key)
	o.learn(hs, ok)
	template := o.template(lines, hs, ok)
	t.mu.Unlock()
	return stripTemplate(a, template)
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
	lines := strings.Split(a.Text, "\n")
	hs, ok := lineHashes(lines)
	t.mu.Lock()
	var template map[string]bool
	if o := t.outlets[key]; o != nil {
		template = o.template(lines, hs, ok)
	}
	t.mu.Unlock()
	return stripTemplate(a, template)
}

// outlet returns the counts of an outlet, creating them; t.mu is held.
func (t *Templates) outlet(key string) *outletLines {
	o := t.outlets[key]
	if o == nil {
		o = &outletLines{counts: map[uint64]int{}}
		t.outlets[key] = o
	}
	return o
}

// learn counts one article's distinct lines, pruning lines seen once when
// the map outgrows maxTemplateLines.
func (o *outletLines) learn(hs []uint64, ok []bool) {
	o.articles++
	seen := make(map[uint64]bool, len(hs))
	for i, h := range hs {
		if ok[i] && !seen[h] {
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

// template returns the lines (folded) that are the outlet's template, or
// nil when none is.
func (o *outletLines) template(lines []string, hs []uint64, ok []bool) map[string]bool {
	var template map[string]bool
	for i, h := range hs {
		if ok[i] && isTemplateLine(o.counts[h], o.articles) {
			if template == nil {
				template = map[string]bool{}
			}
			template[foldSpace(lines[i])] = true
		}
	}
	return template
}

// isTemplateLine decides, for a line carried by count of an outlet's n
// articles, whether it is the outlet's template rather than news; the batch
// (RemoveOutletBoilerplate) and streaming (Templates) paths share it.
func isTemplateLine(count, n int) bool {
	return count >= outletMinArticles && float64(count) >= outletMinShare*float64(n)
}

func lineHashes(lines []string) ([]uint64, []bool) {
	hs := make([]uint64, len(lines))
	ok := make([]bool, len(lines))
	for i, line := range lines {
		hs[i], ok[i] = lineHash(line)
	}
	return hs, ok
}

// stripTemplate removes the template lines from a, keeping its ID.
func stripTemplate(a *news.Article, template map[string]bool) int {
	if len(template) == 0 {
		return 0
	}
	id := a.ID
	n := removeLines(a, template)
	a.ID = id
	return n
}

// lineHash hashes a line case-insensitively with its runs of white space
// collapsed, without allocating: it runs on every line of every ingested
// article. Diacritics are kept, which only matters if an outlet varied
// them within its own template.
func lineHash(line string) (uint64, bool) {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	n, space := 0, false
	var buf [utf8.UTFMax]byte
	for _, r := range line {
		if r < utf8.RuneSelf && isASCIISpace(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			space = n > 0
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint64(r)) * prime
		} else {
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint64(b)) * prime
			}
		}
		n++
	}
	return h, n > 0
}
