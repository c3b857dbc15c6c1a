// Package calendar names the weekdays and months of the languages
// crosscheck detects, so that stages comparing an article with its
// translation can tell that "во вторник", "mardi" and "on Tuesday" name one
// day: align uses them as anchors between sentences, claim to find a
// translation that changed the day or the month. A hand-written table:
// the CLDR data in golang.org/x/text is not exported for this use, and the
// inflected Russian and Ukrainian forms need stems it does not have.
package calendar

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Name is a weekday or a month named in some language.
type Name struct {
	Month   bool   // a month, else a weekday
	Index   int    // 0 for Monday or January
	English string // "Tuesday", "March"
}

var dayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// words are the weekdays (Monday first) and months of each language.
// Russian and Ukrainian inflect them, so those are listed by stem (a
// prefix of the lower-cased word), or as whole forms marked with a final
// "$" where a stem would also start common words (среди, "among"; жовтий,
// "yellow"); the others as whole words, lower case without diacritics. A
// whole form may add "<" and the words one of which must come right before
// it: Russian среда is also "environment" (окружающей среды), so Wednesday
// is only "в среду", "до среды" and the like. Read-only.
var words = map[string]struct {
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
		days: [7][]string{{"понедельник"}, {"вторник"}, {"среду$<в|во|на|к|по|каждую|эту|ту|прошлую|следующую|ближайшую", "среды$<до|со|с|после", "средам$<по"},
			{"четверг"}, {"пятниц"}, {"суббот"}, {"воскресень"}},
		months: [12][]string{{"январ"}, {"феврал"}, {"март$", "марта$", "марте$"}, {"апрел"}, {"май$", "мая$", "мае$"},
			{"июнь$", "июня$", "июне$"}, {"июль$", "июля$", "июле$"}, {"август"}, {"сентябр"}, {"октябр"}, {"ноябр"}, {"декабр"}}},
	"uk": {stems: true,
		days: [7][]string{{"понеділ"}, {"вівтор"}, {"середа$", "середу$", "середи$", "середах$"}, {"четвер$", "четверга$", "четвергу$"},
			{"п'ятниц", "п’ятниц"}, {"субот"}, {"неділя$", "неділю$", "неділі$", "неділях$"}},
		months: [12][]string{{"січень$", "січня$", "січні$"}, {"лютий$", "лютого$", "лютому$"}, {"березень$", "березня$", "березні$"},
			{"квітень$", "квітня$", "квітні$"}, {"травн", "травень$"}, {"червн", "червень$"}, {"липн", "липень$"}, {"серпень$", "серпня$", "серпні$"},
			{"вересень$", "вересня$", "вересні$"}, {"жовтень$", "жовтня$", "жовтні$"}, {"листопад"}, {"грудень$", "грудня$", "грудні$"}}},
}

// Of returns the weekday or month that word (as written in a text in
// language lang, after the word prev) names. English "may" names the month
// only capitalised.
func Of(lang, prev, word string) (Name, bool) {
	tab, ok := words[lang]
	if !ok || word == "" {
		return Name{}, false
	}
	w := strings.ToLower(word)
	if !tab.stems {
		w = stripMarks(w)
	}
	if lang == "en" && w == "may" && word[0] != 'M' {
		return Name{}, false // the verb
	}
	match := func(forms []string) bool {
		for _, f := range forms {
			if i := strings.IndexByte(f, '$'); i >= 0 {
				if w != f[:i] {
					continue
				}
				if after, ok := strings.CutPrefix(f[i+1:], "<"); ok {
					if !slices.Contains(strings.Split(after, "|"), strings.ToLower(prev)) {
						continue
					}
				}
				return true
			}
			if w == f || tab.stems && strings.HasPrefix(w, f) {
				return true
			}
		}
		return false
	}
	for i, forms := range tab.days {
		if match(forms) {
			return Name{Index: i, English: dayNames[i]}, true
		}
	}
	for i, forms := range tab.months {
		if match(forms) {
			return Name{Month: true, Index: i, English: monthNames[i]}, true
		}
	}
	return Name{}, false
}

// At is Of for token k of toks, tokens of text in language lang: the
// word before is the previous token. Every stage that reads dates from
// tokens calls this, so that none forgets the word before.
func At(lang, text string, toks []news.Token, k int) (Name, bool) {
	if k < 0 || k >= len(toks) {
		return Name{}, false
	}
	t := toks[k]
	if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
		return Name{}, false
	}
	prev := ""
	if k > 0 {
		if p := toks[k-1]; p.Start >= 0 && p.Start < p.End && p.End <= t.Start {
			prev = text[p.Start:p.End]
		}
	}
	return Of(lang, prev, text[t.Start:t.End])
}

// stripMarks removes diacritics ("février" -> "fevrier").
func stripMarks(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
			if err != nil {
				return s
			}
			return out
		}
	}
	return s
}
