package claim

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Weekdays and months in the languages crosscheck detects, so that a
// statement and its translation can be compared for the day or month they
// name (compareTranslation): "on Tuesday" against "в среду" is a changed
// date. Russian and Ukrainian inflect them, so those are listed by stem
// (a prefix of the lower-cased word), or as whole forms marked with a
// final "$" where a stem would also start common words (среди, "among";
// жовтий, "yellow"); the others as whole words, folded (lower case, no
// diacritics, as news.Token.Norm has them). Read-only.
var calendarWords = map[string]struct {
	days   [7][]string // Monday first
	months [12][]string
	stems  bool
}{
	"en": {days: [7][]string{{"monday"}, {"tuesday"}, {"wednesday"}, {"thursday"}, {"friday"}, {"saturday"}, {"sunday"}},
		months: [12][]string{{"january"}, {"february"}, {"march"}, {"april"}, {"may"}, {"june"}, {"july"}, {"august"}, {"september"}, {"october"}, {"november"}, {"december"}}},
	"fr": {days: [7][]string{{"lundi"}, {"mardi"}, {"mercredi"}, {"jeudi"}, {"vendredi"}, {"samedi"}, {"dimanche"}},
		months: [12][]string{{"janvier"}, {"fevrier"}, {"mars"}, {"avril"}, {"mai"}, {"juin"}, {"juillet"}, {"aout"}, {"septembre"}, {"octobre"}, {"novembre"}, {"decembre"}}},
	"de": {days: [7][]string{{"montag"}, {"dienstag"}, {"mittwoch"}, {"donnerstag"}, {"freitag"}, {"samstag", "sonnabend"}, {"sonntag"}},
		months: [12][]string{{"januar"}, {"februar"}, {"marz"}, {"april"}, {"mai"}, {"juni"}, {"juli"}, {"august"}, {"september"}, {"oktober"}, {"november"}, {"dezember"}}},
	"es": {days: [7][]string{{"lunes"}, {"martes"}, {"miercoles"}, {"jueves"}, {"viernes"}, {"sabado"}, {"domingo"}},
		months: [12][]string{{"enero"}, {"febrero"}, {"marzo"}, {"abril"}, {"mayo"}, {"junio"}, {"julio"}, {"agosto"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre"}}},
	"it": {days: [7][]string{{"lunedi"}, {"martedi"}, {"mercoledi"}, {"giovedi"}, {"venerdi"}, {"sabato"}, {"domenica"}},
		months: [12][]string{{"gennaio"}, {"febbraio"}, {"marzo"}, {"aprile"}, {"maggio"}, {"giugno"}, {"luglio"}, {"agosto"}, {"settembre"}, {"ottobre"}, {"novembre"}, {"dicembre"}}},
	"pt": {days: [7][]string{{"segunda"}, {"terca"}, {"quarta"}, {"quinta"}, {"sexta"}, {"sabado"}, {"domingo"}},
		months: [12][]string{{"janeiro"}, {"fevereiro"}, {"marco"}, {"abril"}, {"maio"}, {"junho"}, {"julho"}, {"agosto"}, {"setembro"}, {"outubro"}, {"novembro"}, {"dezembro"}}},
	"ru": {stems: true,
		days: [7][]string{{"понедельник"}, {"вторник"}, {"среда$", "среду$", "среды$", "среде$", "средой$"},
			{"четверг"}, {"пятниц"}, {"суббот"}, {"воскресень"}},
		months: [12][]string{{"январ"}, {"феврал"}, {"март$", "марта$", "марте$"}, {"апрел"}, {"май$", "мая$", "мае$"},
			{"июнь$", "июня$", "июне$"}, {"июль$", "июля$", "июле$"}, {"август"}, {"сентябр"}, {"октябр"}, {"ноябр"}, {"декабр"}}},
	"uk": {stems: true,
		days: [7][]string{{"понеділ"}, {"вівтор"}, {"середа$", "середу$", "середи$"}, {"четвер$", "четверга$", "четвергу$"},
			{"п'ятниц", "п’ятниц"}, {"субот"}, {"неділя$", "неділю$", "неділі$"}},
		months: [12][]string{{"січень$", "січня$", "січні$"}, {"лютий$", "лютого$", "лютому$"}, {"березень$", "березня$", "березні$"},
			{"квітень$", "квітня$", "квітні$"}, {"травн", "травень$"}, {"червн", "червень$"}, {"липн", "липень$"}, {"серпень$", "серпня$", "серпні$"},
			{"вересень$", "вересня$", "вересні$"}, {"жовтень$", "жовтня$", "жовтні$"}, {"листопад"}, {"грудень$", "грудня$", "грудні$"}}},
}

var dayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// calendarAt is a weekday or month named in a statement: its name in
// English ("Tuesday"), and where it is.
type calendarAt struct {
	name       string
	start, end int
}

// calendar returns the weekdays and the months v names, in its article's
// language; none when the language has no table.
func calendar(v *view) (days, months []calendarAt) {
	tab, ok := calendarWords[v.doc.art.Language]
	if !ok {
		return nil, nil
	}
	match := func(word string, forms []string) bool {
		for _, f := range forms {
			if whole, ok := strings.CutSuffix(f, "$"); ok {
				if word == whole {
					return true
				}
				continue
			}
			if word == f || tab.stems && strings.HasPrefix(word, f) {
				return true
			}
		}
		return false
	}
	for _, t := range v.toks {
		word := t.Norm
		if tab.stems {
			word = strings.ToLower(v.doc.art.Text[t.Start:t.End])
		}
		if v.doc.art.Language == "en" && word == "may" && !isCapitalised(v.doc.art.Text, t) {
			continue // the verb, not the month
		}
		if i := index7(tab.days, word, match); i >= 0 {
			days = append(days, calendarAt{dayNames[i], t.Start, t.End})
		} else if i := index12(tab.months, word, match); i >= 0 {
			months = append(months, calendarAt{monthNames[i], t.Start, t.End})
		}
	}
	return days, months
}

func index7(tab [7][]string, w string, match func(string, []string) bool) int {
	for i, forms := range tab {
		if match(w, forms) {
			return i
		}
	}
	return -1
}

func index12(tab [12][]string, w string, match func(string, []string) bool) int {
	for i, forms := range tab {
		if match(w, forms) {
			return i
		}
	}
	return -1
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
