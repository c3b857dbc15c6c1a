package brief

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

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
	yearRel  int // and the year relative to publication, when written
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
			pubs = append(pubs, &timelineEntry{when: t, placed: true, label: publicationLabel(t),
				text: outletOf(a) + " publishes its article.", article: a.ID, isPubDay: true})
		}
		for _, m := range articleDateMentions(a) {
			when, label, placed := m.resolve(a.Published)
			order++
			text := sentenceAround(a, m.Start)
			if e, ok := byLabel[label]; ok {
				// A fragment ("Autumn.") gives way to a full sentence.
				if len(strings.Fields(e.text)) < minContextWords && len(strings.Fields(text)) >= minContextWords {
					// The fragment's article still names the date, unless
					// the full sentence is its own.
					if e.article != a.ID && !contains(e.also, e.article) {
						e.also = append(e.also, e.article)
					}
					e.also = slices.DeleteFunc(e.also, func(id string) bool { return id == a.ID })
					e.text, e.article = text, a.ID
				}
				if e.article != a.ID && !contains(e.also, a.ID) {
					e.also = append(e.also, a.ID)
				}
				continue
			}
			e := &timelineEntry{when: when, placed: placed, label: label, text: text, article: a.ID, first: order, month: m.Month, day: m.Day, yearRel: m.YearRel, season: m.Season != "" || m.Period != ""}
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
		return e.yearRel*13*32 + int(e.month)*32 + e.day
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

// publicationLabel shows a publication time, or only its day when the
// time is midnight UTC: sources that give a date without a time are read
// as midnight, and "00:00 UTC" would claim a precision they do not have.
func publicationLabel(t time.Time) string {
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2 January 2006")
	}
	return t.Format("2 January 2006 15:04 UTC")
}
