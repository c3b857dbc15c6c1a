package brief

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Claim is one statement aligned across a story's articles, as the claim
// package found it. Text is the claim's own sentence as one article says it.
type Claim struct {
	Text         string
	Articles     []string // IDs of the articles that make the claim
	Origins      int      // independent origins behind those articles
	SingleSource bool
	Kind         string
}

// Value is one of the competing values of a divergence and the articles
// that give it.
type Value struct {
	Value    string
	Articles []string
}

// Divergence is a point where outlets disagree: Kind ("number", "date",
// "name", "role", "speaker", "negation", ...), the claim it is about, and
// the values each group of articles gives.
type Divergence struct {
	Kind   string
	Claim  string
	Values []Value
}

// Input is everything a brief is written from.
type Input struct {
	Title       string
	Articles    []*news.Article
	Claims      []Claim
	Divergences []Divergence
	Origin      string // the story's original report, e.g. "NBC News (not in the corpus)"
}

// Write returns the Markdown brief of one story. Every line that states
// something cites the articles that say it through cite, which maps an
// article ID to a short label such as "[2]". Sentences are the articles'
// own (claims, date contexts) or fixed templates filled with counts, names
// and dates taken from the input, so the brief says nothing no article
// says. The output depends only on the input: sections and items are
// sorted with explicit tie-breaks.
func Write(in Input, cite func(articleID string) string) string {
	arts := map[string]*news.Article{}
	for _, a := range in.Articles {
		if a != nil {
			arts[a.ID] = a
		}
	}
	cites := func(ids []string) string {
		var b strings.Builder
		for _, id := range sortedIDs(ids, cite) {
			b.WriteString(cite(id))
		}
		return b.String()
	}
	var b strings.Builder
	title := in.Title
	if title == "" {
		title = "Story brief"
	}
	fmt.Fprintf(&b, "# %s\n\n", escape(oneLine(title)))
	outlets := map[string]bool{}
	for _, a := range in.Articles {
		if a != nil {
			outlets[outletOf(a)] = true
		}
	}
	fmt.Fprintf(&b, "%s, %s.", plural(len(arts), "article"), plural(len(outlets), "outlet"))
	if in.Origin != "" {
		fmt.Fprintf(&b, " Original report: %s.", escape(oneLine(in.Origin)))
	}
	b.WriteString("\n")

	var corroborated, single []Claim
	for _, c := range in.Claims {
		if strings.TrimSpace(c.Text) == "" || len(c.Articles) == 0 {
			continue
		}
		if c.SingleSource || c.Origins <= 1 {
			single = append(single, c)
		} else {
			corroborated = append(corroborated, c)
		}
	}
	writeClaims(&b, "What is corroborated", corroborated, arts, cites)
	writeClaims(&b, "Single-source", single, arts, cites)
	writeDivergences(&b, in.Divergences, cites)
	writeTimeline(&b, in.Articles, cite, cites)
	return b.String()
}

func writeClaims(b *strings.Builder, heading string, cs []Claim, arts map[string]*news.Article, cites func([]string) string) {
	if len(cs) == 0 {
		return
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Origins != cs[j].Origins {
			return cs[i].Origins > cs[j].Origins
		}
		if len(cs[i].Articles) != len(cs[j].Articles) {
			return len(cs[i].Articles) > len(cs[j].Articles)
		}
		return cs[i].Text < cs[j].Text
	})
	fmt.Fprintf(b, "\n## %s\n\n", heading)
	for _, c := range cs {
		outlets := map[string]bool{}
		for _, id := range c.Articles {
			if a := arts[id]; a != nil {
				outlets[outletOf(a)] = true
			} else {
				outlets[id] = true
			}
		}
		origins := max(c.Origins, 1)
		word := "independent origins"
		if origins == 1 {
			word = "independent origin"
		}
		fmt.Fprintf(b, "- %s (%d %s; %s) %s\n", escape(oneLine(c.Text)), origins, word, plural(len(outlets), "outlet"), cites(c.Articles))
	}
}

func writeDivergences(b *strings.Builder, ds []Divergence, cites func([]string) string) {
	var keep []Divergence
	for _, d := range ds {
		if len(d.Values) >= 2 {
			keep = append(keep, d)
		}
	}
	if len(keep) == 0 {
		return
	}
	sort.SliceStable(keep, func(i, j int) bool {
		if keep[i].Kind != keep[j].Kind {
			return keep[i].Kind < keep[j].Kind
		}
		return keep[i].Claim < keep[j].Claim
	})
	b.WriteString("\n## Where outlets diverge\n\n")
	for _, d := range keep {
		vals := append([]Value(nil), d.Values...)
		sort.SliceStable(vals, func(i, j int) bool {
			if len(vals[i].Articles) != len(vals[j].Articles) {
				return len(vals[i].Articles) > len(vals[j].Articles)
			}
			return vals[i].Value < vals[j].Value
		})
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprintf("“%s” %s", escape(oneLine(v.Value)), cites(v.Articles))
		}
		kind := d.Kind
		if kind == "" {
			kind = "value"
		}
		if d.Claim != "" {
			fmt.Fprintf(b, "- **%s** in “%s”: %s\n", escape(kind), escape(oneLine(d.Claim)), strings.Join(parts, "; "))
		} else {
			fmt.Fprintf(b, "- **%s**: %s\n", escape(kind), strings.Join(parts, "; "))
		}
	}
}

// timelineEntry is one line of the timeline: a date (placed in time or
// not), the sentence that names it, and the articles involved.
type timelineEntry struct {
	when     time.Time
	placed   bool
	label    string
	text     string   // the sentence naming the date, or a template
	article  string   // the article the text comes from
	also     []string // other articles naming the same date
	first    int      // order of first appearance, for unplaced dates
	isPubDay bool
	month    time.Month // for unplaced dates: month and day as written
	day      int
	season   bool
}

// minContextWords is the shortest sentence shown as a date's context when
// a longer one names the same date.
const minContextWords = 6

func writeTimeline(b *strings.Builder, arts []*news.Article, cite func(string) string, cites func([]string) string) {
	byLabel := map[string]*timelineEntry{}
	var entries []*timelineEntry
	order := 0
	var pubs []*timelineEntry
	for _, a := range arts {
		if a == nil {
			continue
		}
		if !a.Published.IsZero() {
			t := a.Published.UTC()
			pubs = append(pubs, &timelineEntry{when: t, placed: true, label: t.Format("2 January 2006 15:04 UTC"),
				text: outletOf(a) + " publishes its article.", article: a.ID, isPubDay: true})
		}
		for _, m := range dateMentions(a.Text) {
			when, label, placed := m.resolve(a.Published)
			order++
			text := sentenceAround(a, m.Start)
			if e, ok := byLabel[label]; ok {
				// A fragment ("Autumn.") gives way to a full sentence.
				if len(strings.Fields(e.text)) < minContextWords && len(strings.Fields(text)) >= minContextWords {
					e.also = append(e.also, e.article)
					e.text, e.article = text, a.ID
				}
				if e.article != a.ID && !contains(e.also, a.ID) {
					e.also = append(e.also, a.ID)
				}
				continue
			}
			e := &timelineEntry{when: when, placed: placed, label: label, text: text, article: a.ID, first: order, month: m.Month, day: m.Day, season: m.Season != ""}
			byLabel[label] = e
			entries = append(entries, e)
		}
	}
	entries = append(entries, pubs...)
	if len(entries) == 0 {
		return
	}
	sort.SliceStable(entries, func(i, j int) bool {
		x, y := entries[i], entries[j]
		if x.placed != y.placed {
			return x.placed
		}
		if x.placed && !x.when.Equal(y.when) {
			return x.when.Before(y.when)
		}
		if x.isPubDay != y.isPubDay {
			return !x.isPubDay
		}
		// Unplaced dates: months in calendar order (a story rarely spans
		// a new year), then weekdays, then seasons, each by appearance.
		if !x.placed {
			if rx, ry := x.rank(), y.rank(); rx != ry {
				return rx < ry
			}
		}
		if x.first != y.first {
			return x.first < y.first
		}
		return x.article < y.article
	})
	b.WriteString("\n## Timeline\n\n")
	for _, e := range entries {
		fmt.Fprintf(b, "- **%s**: %s %s", escape(e.label), escape(oneLine(e.text)), cite(e.article))
		if len(e.also) > 0 {
			fmt.Fprintf(b, " (%s also named by %s)", escape(e.label), cites(e.also))
		}
		b.WriteString("\n")
	}
}

// rank orders unplaced timeline entries: by month and day, then weekdays,
// then seasons.
func (e *timelineEntry) rank() int {
	switch {
	case e.month != 0:
		return int(e.month)*32 + e.day
	case e.season:
		return 2000
	}
	return 1000
}

// sentenceAround returns the sentence of a holding byte offset off, or the
// line around it when a has no sentence spans.
func sentenceAround(a *news.Article, off int) string {
	if i := a.SentenceAt(off); i >= 0 {
		return a.SentenceText(i)
	}
	s := strings.LastIndexByte(a.Text[:off], '\n') + 1
	e := strings.IndexByte(a.Text[off:], '\n')
	if e < 0 {
		return a.Text[s:]
	}
	return a.Text[s : off+e]
}

func outletOf(a *news.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return a.ID
}

// sortedIDs orders article IDs by their citation label (numerically when
// the labels are like "[12]"), dropping duplicates.
func sortedIDs(ids []string, cite func(string) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	key := func(id string) (int, string) {
		l := cite(id)
		n := 0
		digits := false
		for _, r := range l {
			if r >= '0' && r <= '9' {
				n = n*10 + int(r-'0')
				digits = true
			}
		}
		if !digits {
			n = 1 << 30
		}
		return n, l
	}
	sort.SliceStable(out, func(i, j int) bool {
		ni, li := key(out[i])
		nj, lj := key(out[j])
		if ni != nj {
			return ni < nj
		}
		if li != lj {
			return li < lj
		}
		return out[i] < out[j]
	})
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// oneLine collapses runs of white space, line breaks included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escape keeps article text from being read as Markdown markup or as
// citation brackets.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", `\<`)

func escape(s string) string { return mdEscaper.Replace(s) }
