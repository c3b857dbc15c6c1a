package brief

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/calendar"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// dateMention is an explicit date, month, weekday or season named in a text.
type dateMention struct {
	Text       string // as written: "June 24", "April", "Thursday"
	Start, End int
	Year       int // 0 when not written
	Month      time.Month
	Day        int
	Weekday    time.Weekday
	HasWeekday bool
	// Rel is +1 for "next Friday", -1 for "last Friday", 0 for "Friday".
	Rel    int
	Season string
	// Period is set for a range of bare months, "between February and
	// April": one mention, labelled "February to April", and not placed
	// in time (see joinMonthRanges).
	Period string
	// Recurring is set for a month, weekday or season without a year
	// named as a habit ("every February", "on Fridays", "usually held in
	// June", "in February when the cod come in"; see habit.go): not
	// placed in time.
	Recurring bool
	// YearSaid is set when the year is given relative to publication
	// ("March last year", "June this year", "April of next year"),
	// YearRel the offset: -1, +1 or 0.
	YearSaid bool
	YearRel  int
	// MonthRel is -1 for "last March" (the latest March before
	// publication), +1 for "next April" (the first after it).
	MonthRel int
	// Tense is -1 when the clause around the mention is in the past
	// ("was evicted in April"), +1 in the future ("is scheduled for
	// February"), 0 when it does not say (see tense.go).
	Tense int
}

const monthNames = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.`

// The date finder is a handful of regular expressions rather than a date
// parsing library: it must find mentions inside running text with their
// offsets and keep partial dates ("in April") partial, which the parsers
// in go.mod (built to turn one date string into one time) do not do.
var (
	isoDateRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// "July 6, 2023", "July 6", "July 2023", "July".
	monthFirstRE = regexp.MustCompile(`\b(` + monthNames + `)(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{4})\b)?`)
	// "6 July 2023", "6 July".
	dayFirstRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `)(?:\s+(\d{4})\b)?`)
	// "Friday", "next Friday", and the plural "Fridays", which names a
	// habit ("the market opens on Fridays"): found, so that it is listed
	// like "every Friday", undated, rather than missed, since a habit of
	// the story (when a council sits, when a ferry runs) is context a
	// reader checks against the dated events.
	weekdayRE = regexp.MustCompile(`\b(?:(next|last|Next|Last)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?\b`)
	// "autumn", and "most winters", a habit. Other plural seasons ("the
	// first three summers", "drier summers") name neither a date nor a
	// habit of the story and are left out.
	seasonRE = regexp.MustCompile(`(?i)\b(?:(most)\s+)?(autumn|spring|summer|winter)(s)?\b`)
)

var monthByPrefix = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

var weekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday,
	"Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday,
}

// dateMentions finds the explicit date mentions of text, in text order,
// without overlaps (the longest form wins: "July 6, 2023" over "July").
func dateMentions(text string) []dateMention {
	var out []dateMention
	taken := make([]bool, len(text)+1)
	claim := func(s, e int) bool {
		for i := s; i < e; i++ {
			if taken[i] {
				return false
			}
		}
		for i := s; i < e; i++ {
			taken[i] = true
		}
		return true
	}
	for _, m := range isoDateRE.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		if mo < 1 || mo > 12 || d < 1 || d > 31 || !claim(m[0], m[1]) {
			continue
		}
		out = append(out, dateMention{Text: text[m[0]:m[1]], Start: m[0], End: m[1], Year: y, Month: time.Month(mo), Day: d})
	}
	for _, m := range dayFirstRE.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		dm := dateMention{Text: text[m[0]:m[1]], Start: m[0], End: m[1], Day: d, Month: monthOf(text[m[4]:m[5]])}
		if m[6] >= 0 {
			dm.Year, _ = strconv.Atoi(text[m[6]:m[7]])
		}
		if d >= 1 && d <= 31 && claim(m[0], m[1]) {
			out = append(out, dm)
		}
	}
	for _, m := range monthFirstRE.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		// "May" alone is too often the verb; keep it only with a day or
		// year, or after "every"/"each", where no verb goes.
		if name == "May" && m[4] < 0 && m[6] < 0 && !everyBeforeRE.MatchString(text[max(0, m[0]-habitWindow):m[0]]) &&
			!lastOrNextBefore(text, m[0]) {
			continue
		}
		dm := dateMention{Text: text[m[0]:m[1]], Start: m[0], End: m[1], Month: monthOf(name)}
		if m[4] >= 0 {
			dm.Day, _ = strconv.Atoi(text[m[4]:m[5]])
		}
		if m[6] >= 0 {
			dm.Year, _ = strconv.Atoi(text[m[6]:m[7]])
		}
		if dm.Day <= 31 && claim(m[0], m[1]) {
			out = append(out, dm)
		}
	}
	for _, m := range weekdayRE.FindAllStringSubmatchIndex(text, -1) {
		plural := m[6] >= 0
		if plural && pluralNameRE.MatchString(text[m[1]:]) {
			continue
		}
		if !claim(m[0], m[1]) {
			continue
		}
		dm := dateMention{Text: text[m[0]:m[1]], Start: m[0], End: m[1], Weekday: weekdays[text[m[4]:m[5]]], HasWeekday: true, Recurring: plural}
		if m[2] >= 0 {
			dm.Rel = 1
			if strings.EqualFold(text[m[2]:m[3]], "last") {
				dm.Rel = -1
			}
		}
		out = append(out, dm)
	}
	for _, m := range seasonRE.FindAllStringSubmatchIndex(text, -1) {
		most, plural := m[2] >= 0, m[6] >= 0
		if plural && !most {
			continue
		}
		s, e := m[4], m[1] // "most" is the habit's marker, not the season
		if claim(s, e) {
			out = append(out, dateMention{Text: text[s:e], Start: s, End: e, Season: strings.ToLower(text[m[4]:m[5]]), Recurring: plural})
		}
	}
	sortMentions(out)
	relativeYears(text, out)
	out = joinMonthRanges(text, out)
	markHabits(text, out)
	for i := range out {
		out[i].Tense = tenseNear(text, out[i].Start, out[i].End)
	}
	return out
}

var (
	// "March last year", "in April of next year", "June this year".
	yearAfterRE = regexp.MustCompile(`(?i)^\s+(?:of\s+)?(last|next|this)\s+year\b`)
	// "last March", "next April", "this June".
	yearBeforeRE = regexp.MustCompile(`(?i)\b(last|next|this)\s+$`)
)

// lastOrNextBefore reports "last" or "next" just before offset at: "last
// May" is the month, not the verb ("this May" is left out all the same,
// as "This may…" starts many a sentence).
func lastOrNextBefore(text string, at int) bool {
	g := yearBeforeRE.FindStringSubmatch(text[max(0, at-6):at])
	return g != nil && !strings.EqualFold(g[1], "this")
}

// relativeYears marks the months given a year relative to publication.
// Without it "talks broke down in March last year" would be placed in the
// March nearest publication, a year off, and an undated story's timeline
// would merge it with "March" of this year.
func relativeYears(text string, ms []dateMention) {
	rel := map[string]int{"last": -1, "this": 0, "next": 1}
	for i := range ms {
		m := &ms[i]
		if m.Month == 0 || m.Year != 0 {
			continue
		}
		if g := yearAfterRE.FindStringSubmatch(text[m.End:]); g != nil {
			m.YearSaid, m.YearRel = true, rel[strings.ToLower(g[1])]
		} else if g := yearBeforeRE.FindStringSubmatch(text[max(0, m.Start-6):m.Start]); g != nil {
			if r := rel[strings.ToLower(g[1])]; r == 0 {
				m.YearSaid = true // "this June"
			} else {
				m.MonthRel = r
			}
		}
	}
}

var (
	rangeOpenRE = regexp.MustCompile(`(?i)\b(?:between|from)\s+$`)
	rangeJoinRE = regexp.MustCompile(`(?i)^\s*(?:and|to|until|till|through|[–—-])\s*$`)
)

// joinMonthRanges turns "between February and April" (months with no day
// and no year) into one mention of the period. Such a range is more often
// a recurring window ("no pile-driving between February and April, when
// cod spawn") than two events, and placing each month in the year of
// publication would put a rule about every spring on the timeline as
// something that happened last February.
func joinMonthRanges(text string, ms []dateMention) []dateMention {
	bare := func(m dateMention) bool { return m.Month != 0 && m.Day == 0 && m.Year == 0 }
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && bare(m) && bare(ms[i+1]) &&
			rangeOpenRE.MatchString(text[:m.Start]) && rangeJoinRE.MatchString(text[m.End:ms[i+1].Start]) {
			next := ms[i+1]
			out = append(out, dateMention{Text: text[m.Start:next.End], Start: m.Start, End: next.End,
				Period: m.Month.String() + " to " + next.Month.String()})
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

func sortMentions(ms []dateMention) {
	// Stable: insertion sort did the same, in quadratic time, which a long
	// text with thousands of dates (a calendar page) made seconds.
	slices.SortStableFunc(ms, func(a, b dateMention) int { return a.Start - b.Start })
}

func monthOf(name string) time.Month {
	return monthByPrefix[strings.ToLower(name[:3])]
}

// resolve places a mention in time, using the article's publication date
// for a missing year and for a weekday. ok is false when it cannot be
// placed; label is how the timeline shows it.
//
// News text names days and months relative to the day it is written, in
// both directions: "the dam gave way on Tuesday", "documents due by
// Friday", "the second reading is planned for April". So a weekday is the
// occurrence nearest publication (at most three days away; publication's
// own weekday is publication day) unless "next" or "last" says which side,
// and a month without a year is the occurrence nearest publication (at
// most six months away, the earlier one on a tie). Where the clause's
// tense says which side (Tense), that side is taken: "was evicted in
// April" written in November is the April before. A written year is kept.
func (m dateMention) resolve(pub time.Time) (t time.Time, label string, ok bool) {
	switch {
	case m.Recurring:
		return time.Time{}, m.label(), false
	case m.Month != 0:
		y := m.Year
		if y == 0 && !pub.IsZero() {
			switch {
			case m.YearSaid:
				y = pub.Year() + m.YearRel
			case m.MonthRel < 0:
				y = pub.Year()
				if m.Month >= pub.Month() {
					y-- // "last March", written in March or before
				}
			case m.MonthRel > 0:
				y = pub.Year()
				if m.Month <= pub.Month() {
					y++ // "next April", written in April or after
				}
			}
		}
		if y == 0 && !pub.IsZero() {
			y = pub.Year()
			switch d := int(m.Month) - int(pub.Month()); {
			case m.Tense < 0 && d > 0, m.Tense == 0 && d >= 6:
				y-- // "was evicted in April", written in November
			case m.Tense > 0 && d < 0, m.Tense == 0 && d < -6:
				y++ // "is scheduled for February", written in November
			}
		}
		if y == 0 {
			return time.Time{}, m.label(), false
		}
		d := max(m.Day, 1)
		t = time.Date(y, m.Month, d, 0, 0, 0, 0, time.UTC)
		if m.Day > 0 {
			return t, t.Format("2 January 2006"), true
		}
		return t, t.Format("January 2006"), true
	case m.HasWeekday && !pub.IsZero():
		p := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
		off := weekdayOffset(p.Weekday(), m.Weekday, m.Rel)
		switch {
		case m.Rel == 0 && m.Tense < 0 && off > 0:
			off -= 7 // "the minister resigned on Friday", written on Tuesday
		case m.Rel == 0 && m.Tense > 0 && off < 0:
			off += 7 // "the council will vote on Monday", written on Friday
		}
		t = p.AddDate(0, 0, off)
		return t, t.Format("Monday 2 January 2006"), true
	}
	return time.Time{}, m.label(), false
}

// weekdayOffset is the number of days from a day of weekday pub to the
// weekday w it names: the nearest one (-3..+3) when rel is 0, the next
// one after it (+1..+7) when rel is +1, the last one before it (-7..-1)
// when rel is -1.
func weekdayOffset(pub, w time.Weekday, rel int) int {
	ahead := (int(w) - int(pub) + 7) % 7
	switch {
	case rel > 0 && ahead == 0:
		return 7
	case rel > 0:
		return ahead
	case rel < 0:
		return ahead - 7
	case ahead <= 3:
		return ahead
	}
	return ahead - 7
}

// label is the mention's normalised text when it cannot be placed in time.
func (m dateMention) label() string {
	switch {
	case m.Month != 0 && m.Day > 0 && m.Year > 0:
		return time.Date(m.Year, m.Month, m.Day, 0, 0, 0, 0, time.UTC).Format("2 January 2006")
	case m.Month != 0 && m.YearSaid:
		label := m.Month.String()
		if m.Day > 0 {
			label = strconv.Itoa(m.Day) + " " + label
		}
		return label + " " + [...]string{"last year", "this year", "next year"}[m.YearRel+1]
	case m.Month != 0 && m.MonthRel != 0 && m.Day == 0:
		return map[int]string{-1: "last ", 1: "next "}[m.MonthRel] + m.Month.String()
	case m.Month != 0 && m.Day > 0:
		return strconv.Itoa(m.Day) + " " + m.Month.String()
	case m.Month != 0 && m.Year > 0:
		return m.Month.String() + " " + strconv.Itoa(m.Year)
	case m.Month != 0:
		return m.Month.String()
	case m.HasWeekday:
		return m.Weekday.String()
	case m.Period != "":
		return m.Period
	}
	return m.Season
}

// articleDateMentions finds the date mentions of an article: by the
// English patterns above for English (or unknown) text, else by the
// weekday and month names of its language (package calendar), with a day
// number before a month and a year after it ("10 марта 2026", "10 mars").
// Seasons and ranges are read in English only; habits in the languages of
// langHabits (habit_lang.go), tenses in those of tenseLangs (tense_lang.go).
func articleDateMentions(a *news.Article) []dateMention {
	if a.Language == "" || a.Language == "en" || len(a.Tokens) == 0 {
		return dateMentions(a.Text)
	}
	num := func(k, lo, hi int) (int, bool) {
		if k < 0 || k >= len(a.Tokens) {
			return 0, false
		}
		t := a.Tokens[k]
		if t.Start < 0 || t.End > len(a.Text) || t.Start >= t.End {
			return 0, false
		}
		n, err := strconv.Atoi(a.Text[t.Start:t.End])
		return n, err == nil && n >= lo && n <= hi
	}
	day := func(k int) (int, bool) {
		if d, ok := num(k, 1, 31); ok {
			return d, true
		}
		if k < 0 || k >= len(a.Tokens) {
			return 0, false
		}
		return ordinalDay(a.Text[a.Tokens[k].Start:a.Tokens[k].End])
	}
	joinsWithDe := a.Language == "es" || a.Language == "pt"
	de := func(k int) bool {
		return joinsWithDe && k >= 0 && k < len(a.Tokens) && (a.Tokens[k].Norm == "de" || a.Tokens[k].Norm == "del")
	}
	var out []dateMention
	var spans []tokenSpan
	for k, t := range a.Tokens {
		n, ok := calendar.At(a.Language, a.Text, a.Tokens, k)
		plural := false
		if !ok {
			n, ok = pluralDay(a.Language, a.Text, a.Tokens, k)
			plural = ok
		} else if !n.Month && pluralByEnding(a.Language, normAt(a.Tokens, k-1), t.Norm) {
			plural = true
		}
		if !ok {
			continue
		}
		m := dateMention{Start: t.Start, End: t.End, Recurring: plural}
		sp := tokenSpan{k, k}
		if n.Month {
			m.Month = time.Month(n.Index + 1)
			// Spanish and Portuguese join day, month and year with "de"
			// ("1º de marzo de 2026").
			before, after := k-1, k+1
			if de(before) {
				before--
			}
			if de(after) {
				after++
			}
			if d, ok := day(before); ok {
				m.Day, m.Start, sp.first = d, a.Tokens[before].Start, before
			}
			if y, ok := num(after, 1000, 2999); ok {
				m.Year, m.End, sp.last = y, a.Tokens[after].End, after
			} else {
				relativeYearAfter(a.Language, a.Tokens[k+1:], &m)
				if !m.YearSaid && m.MonthRel == 0 {
					m.MonthRel = relativeMonthBefore(a.Language, a.Tokens[:k])
				}
			}
		} else {
			m.Weekday, m.HasWeekday = time.Weekday((n.Index+1)%7), true
		}
		m.Text = a.Text[m.Start:m.End]
		m.Tense = tokenTense(a, sp)
		out = append(out, m)
		spans = append(spans, sp)
	}
	markTokenHabits(a, out, spans)
	return out
}

// relativeAfter are the words after a month that give its year relative to
// publication, by language, as folded tokens: "marzo del año pasado",
// "в марте прошлого года" (YearSaid), or the month's own occurrence,
// "mars dernier", "marzo scorso" (MonthRel). Read-only.
var relativeAfter = map[string][]struct {
	words []string
	rel   int
	month bool // the last or next such month, not the year
}{
	"es": {{[]string{"del", "ano", "pasado"}, -1, false}, {[]string{"del", "ano", "proximo"}, 1, false}, {[]string{"del", "proximo", "ano"}, 1, false},
		{[]string{"de", "este", "ano"}, 0, false}, {[]string{"pasado"}, -1, true}, {[]string{"proximo"}, 1, true}},
	"pt": {{[]string{"do", "ano", "passado"}, -1, false}, {[]string{"do", "proximo", "ano"}, 1, false}, {[]string{"deste", "ano"}, 0, false},
		{[]string{"passado"}, -1, true}, {[]string{"proximo"}, 1, true}},
	"it": {{[]string{"dell'anno", "scorso"}, -1, false}, {[]string{"dell'anno", "prossimo"}, 1, false}, {[]string{"di", "quest'anno"}, 0, false},
		{[]string{"scorso"}, -1, true}, {[]string{"prossimo"}, 1, true}},
	"fr": {{[]string{"de", "l'annee", "derniere"}, -1, false}, {[]string{"de", "l'an", "dernier"}, -1, false}, {[]string{"de", "l'annee", "prochaine"}, 1, false},
		{[]string{"de", "cette", "annee"}, 0, false}, {[]string{"dernier"}, -1, true}, {[]string{"prochain"}, 1, true}},
	"de": {{[]string{"letzten", "jahres"}, -1, false}, {[]string{"vergangenen", "jahres"}, -1, false}, {[]string{"nachsten", "jahres"}, 1, false},
		{[]string{"dieses", "jahres"}, 0, false}},
	"ru": {{[]string{"прошлого", "года"}, -1, false}, {[]string{"следующего", "года"}, 1, false}, {[]string{"этого", "года"}, 0, false},
		{[]string{"текущего", "года"}, 0, false}},
	"uk": {{[]string{"минулого", "року"}, -1, false}, {[]string{"наступного", "року"}, 1, false}, {[]string{"цього", "року"}, 0, false},
		{[]string{"поточного", "року"}, 0, false}},
}

// relativeYearAfter marks m, a month without a year, with the relative
// year or month the tokens after it give in lang (relativeAfter).
func relativeYearAfter(lang string, after []news.Token, m *dateMention) {
	for _, p := range relativeAfter[lang] {
		if len(after) < len(p.words) {
			continue
		}
		match := true
		for i, w := range p.words {
			if after[i].Norm != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if p.month {
			m.MonthRel = p.rel
		} else {
			m.YearSaid, m.YearRel = true, p.rel
		}
		return
	}
}

// relativeBefore are the words before a month that name its last or next
// occurrence, by language, as folded tokens: "el pasado marzo", "lo
// scorso marzo", "im vergangenen März". Read-only.
var relativeBefore = map[string]map[string]int{
	"es": {"pasado": -1, "proximo": 1},
	"pt": {"passado": -1, "proximo": 1},
	"it": {"scorso": -1, "prossimo": 1},
	"de": {"vergangenen": -1, "letzten": -1, "kommenden": 1, "nachsten": 1},
	"ru": {"прошлом": -1, "следующем": 1},
	"uk": {"минулому": -1, "наступному": 1},
}

// relativeMonthBefore returns -1 or +1 when the tokens before a month
// (before) end with a word of relativeBefore in lang, "month of" aside
// ("el pasado mes de marzo"), else 0.
func relativeMonthBefore(lang string, before []news.Token) int {
	words := relativeBefore[lang]
	if words == nil {
		return 0
	}
	n := len(before)
	if n >= 2 && (before[n-1].Norm == "de" || before[n-1].Norm == "di") && (before[n-2].Norm == "mes" || before[n-2].Norm == "mese") {
		n -= 2 // "el pasado mes de marzo"
	}
	if n == 0 {
		return 0
	}
	return words[before[n-1].Norm]
}

// ordinalDay reads a day written as an ordinal: "1er" and "1re" in French,
// "1º", "1°" and "1ª" in Spanish, Italian and Portuguese ("samedi 1er
// janvier 2005", "1º de enero"), where the month's first day takes one.
func ordinalDay(s string) (int, bool) {
	i := 0
	for i < len(s) && i < 2 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, false
	}
	switch s[i:] {
	case "er", "re", "e", "º", "°", "ª":
	default:
		return 0, false
	}
	d, _ := strconv.Atoi(s[:i])
	return d, d >= 1 && d <= 31
}
