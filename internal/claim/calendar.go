package claim

// A statement and its translation are compared for the weekday or month
// they name (compareTranslation): "on Tuesday" against "в среду" is a
// changed date. Package calendar reads the names in each language.

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/calendar"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// calendarAt is a weekday or month named in a statement: its name in
// English ("Tuesday"), and where it is.
type calendarAt struct {
	name       string
	start, end int
}

// calendarNames returns the weekdays and the months v names, in its
// article's language (see package calendar); none when the language has
// no table.
func calendarNames(v *view) (days, months []calendarAt) {
	lang, text := v.doc.art.Language, v.doc.art.Text
	for i, t := range v.toks {
		n, ok := calendar.At(lang, text, v.toks, i)
		if !ok {
			continue
		}
		x := calendarAt{n.English, t.Start, t.End}
		if n.Month {
			months = append(months, x)
		} else {
			days = append(days, x)
		}
	}
	return days, months
}

// calendarFinding reports a changed weekday or month between a statement
// and its translation: exactly one name on each side, and not the same.
// A foreign value shows its English name too: "среду (Wednesday)".
func calendarFinding(a, b *view, xa, xb []calendarAt) (finding, bool) {
	if len(xa) != 1 || len(xb) != 1 || xa[0].name == xb[0].name {
		return finding{}, false
	}
	value := func(v *view, x calendarAt) string {
		s := v.doc.art.Text[x.start:x.end]
		if !strings.EqualFold(s, x.name) {
			s += " (" + x.name + ")"
		}
		return s
	}
	return finding{kind: DivDate,
		a: side{article: a.doc.art.ID, value: value(a, xa[0]), context: around(a, news.Mention{Start: xa[0].start, End: xa[0].end})},
		b: side{article: b.doc.art.ID, value: value(b, xb[0]), context: around(b, news.Mention{Start: xb[0].start, End: xb[0].end})}}, true
}
