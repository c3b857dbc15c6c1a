package brief

import (
	"regexp"
	"strings"
)

// A month, weekday or season named as a habit ("every Friday", "the fair
// is usually held in June", "in February when the cod come in") is not an
// event: placing it in the year or week of publication would put a rule
// about every year on the timeline as something that happened once. Such
// a mention gets Recurring and is listed without a date (resolve).
//
// The rules are regular expressions over the words around the mention
// rather than a parser: they need only the few words next to a date, and
// every one of them errs towards leaving a mention placed, since a habit
// shown as a dated event is a visible mistake a reader can catch from the
// quoted sentence, while a real event silently dropped from the timeline
// is not.

// habitWindow bounds the text looked at before a mention, so that each
// mention costs the same however long the article.
const habitWindow = 160

var (
	// "every Friday", "each April", "every other Tuesday", "every last
	// Friday" (the weekday pattern has taken "last Friday").
	everyBeforeRE = regexp.MustCompile(`(?i)\b(?:every|each)(?:\s+(?:other|second|third|fourth|single))?\s+$`)
	// "every year in June", "annually in early May", "twice a year, in
	// April": a year-long habit placed in a month or season.
	yearlyBeforeRE = regexp.MustCompile(`(?i)\b(?:(?:every|each)\s+year|annually|yearly|(?:once|twice|\w+\s+times)\s+(?:a|per|each|every)\s+year),?\s+` + leadIn + `$`)
	// "every week on Friday", "weekly on Tuesday".
	weeklyBeforeRE = regexp.MustCompile(`(?i)\b(?:(?:every|each)\s+week|weekly|(?:once|twice|\w+\s+times)\s+(?:a|per)\s+week),?\s+(?:on|by)\s+$`)
	// "the fair is usually held in June": an adverb of habit a few words
	// before "in"/"on" and the name. The words between may not leave the
	// clause (no comma, no conjunction) nor name a one-off time, which
	// habitBlockRE checks.
	adverbBeforeRE = regexp.MustCompile(`(?i)\b(?:usually|typically|normally|traditionally|generally|customarily|habitually|always|regularly|often|annually)\b([^.;:!?,]{0,40}?)\b` + leadIn + `$`)
	habitBlockRE   = regexp.MustCompile(`(?i)\b(?:this|last|next|that)\s+(?:year|week|month)\b|\b(?:and|or|but|yet|although|though|since|until|till|except|when|while|whereas)\b`)
	// "in June each year", "in June of every year", "on Friday each
	// week", "in May annually". The word after year/week must end it, so
	// that "each year's budget" is not read as a habit.
	periodAfterRE = regexp.MustCompile(`(?i)^,?\s+(?:(?:of\s+)?(?:each|every)\s+(year|week)|(annual)ly|(year)ly|(week)ly|(year)\s+after\s+year|(week)\s+after\s+week|(year)\s+in,?\s+year\s+out)(?:[\s,.;:!?)]|$)`)
	// "on Tuesday evenings": a weekday with a plural part of the day.
	partsAfterRE = regexp.MustCompile(`^\s+(?:mornings|afternoons|evenings|nights)\b`)
	// "Fridays for Future" is a movement, not a habit of Fridays.
	pluralNameRE = regexp.MustCompile(`^\s+for\s+Future\b`)

	// "in February when the cod come in": see whenHabit.
	whenAfterRE = regexp.MustCompile(`(?i)^,?\s+when\s+`)
	// A one-off future in the sentence before the month: "the line will
	// reopen in June, when repairs are finished".
	futureBeforeRE = regexp.MustCompile(`(?i)\b(?:will|shall|won't|'ll|’ll|due\s+to|expected\s+to|set\s+to|going\s+to|plans?\s+to|planned|scheduled)\b`)
	clauseWordRE   = regexp.MustCompile(`[\p{L}'’]+|[,.;:!?()—–]`)
)

// leadIn is the preposition (and vague part of the period) between a habit
// marker and the name: "in", "on", "in early", "at the end of".
const leadIn = `(?:in|on|during|around|throughout|by|at\s+the\s+(?:end|start|beginning|turn)\s+of|(?:in\s+)?the\s+(?:end|start|beginning|middle|first\s+week|last\s+week)\s+of)\s+(?:(?:early|late|mid)[\s-]*)?`

// habitMark says how a mention was found to be a habit: from words before
// it, or after it, which decides which way a habit spreads to the next
// name in a list ("every Monday and Thursday", "in April and October each
// year").
type habitMark int

const (
	notHabit habitMark = iota
	habitBefore
	habitAfter
)

// markHabits sets Recurring on the mentions of English text named as
// habits, and on the names listed with them.
func markHabits(text string, ms []dateMention) {
	marks := make([]habitMark, len(ms))
	for i := range ms {
		marks[i] = habitOf(text, ms[i])
		if marks[i] != notHabit {
			ms[i].Recurring = true
		}
	}
	spreadHabits(ms, marks, func(i int) bool {
		return listJoinRE.MatchString(text[ms[i].End:ms[i+1].Start])
	})
}

// listJoinRE is the text between two names of one list: "Monday and
// Thursday", "April, June or October", "Mondays and on Thursdays".
var listJoinRE = regexp.MustCompile(`(?i)^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:(?:in|on)\s+)?$`)

// spreadHabits gives a habit to the same kind of name listed right after
// a name marked before it, or right before a name marked after it.
// joined(i) says whether mentions i and i+1 are one list.
func spreadHabits(ms []dateMention, marks []habitMark, joined func(i int) bool) {
	same := func(a, b dateMention) bool {
		return b.Year == 0 && b.Rel == 0 && b.Period == "" &&
			(a.Month != 0 && b.Month != 0 || a.HasWeekday && b.HasWeekday || a.Season != "" && b.Season != "")
	}
	for i := 0; i+1 < len(ms); i++ {
		if marks[i] == habitBefore && !ms[i+1].Recurring && same(ms[i], ms[i+1]) && joined(i) {
			ms[i+1].Recurring, marks[i+1] = true, habitBefore
		}
	}
	for i := len(ms) - 1; i > 0; i-- {
		if marks[i] == habitAfter && !ms[i-1].Recurring && same(ms[i], ms[i-1]) && joined(i-1) {
			ms[i-1].Recurring, marks[i-1] = true, habitAfter
		}
	}
}

func habitOf(text string, m dateMention) habitMark {
	if m.Recurring {
		return habitBefore // a plural name: "on Fridays"
	}
	if m.Year != 0 || m.Period != "" {
		return notHabit
	}
	before := text[max(0, m.Start-habitWindow):m.Start]
	after := text[m.End:min(len(text), m.End+habitWindow)]
	month, weekday, season := m.Month != 0, m.HasWeekday, m.Season != ""
	if everyBeforeRE.MatchString(before) {
		return habitBefore
	}
	if m.Rel != 0 {
		return notHabit // "next Friday", "last Tuesday"
	}
	if (month || season) && yearlyBeforeRE.MatchString(before) || weekday && weeklyBeforeRE.MatchString(before) {
		return habitBefore
	}
	if sm := adverbBeforeRE.FindStringSubmatch(before); sm != nil && !habitBlockRE.MatchString(sm[1]) {
		return habitBefore
	}
	if sm := periodAfterRE.FindStringSubmatch(after); sm != nil {
		unit := strings.Join(sm[1:], "")
		if unit == "week" && weekday || unit != "week" && (month || season) {
			return habitAfter
		}
	}
	if weekday && partsAfterRE.MatchString(after) {
		return habitAfter
	}
	if month && m.Day == 0 && whenHabit(before, after) {
		return habitAfter
	}
	return notHabit
}

// whenHabit reads "<Month>, when <clause>". Such a clause is a habit when
// in the present tense ("in February when the cod come in") and an event
// when in the past ("in June, when the dam failed", "In June, when the
// storm hit, ..."). English uses the present for a one-off future too
// ("the line reopens in June, when repairs are finished"), so a future
// before the month in the same sentence also keeps it placed.
//
// The tense is that of the first word of the clause that shows one: a
// past form (-ed, or a common irregular past) makes it an event; a present
// auxiliary, "would" (a past habit) or a habitual adverb makes it a habit;
// a clause with neither ("when the cod come in") stays a habit, as before
// this rule. Forms that are past and present at once (hit, cut, set) are
// read as past unless the word before is a plural ("when storms hit"),
// since news narrates in the past. The trade-off: a present-tense clause
// with an -ed adjective first ("in June, when tired crews rest") is read
// as an event and the month is placed, the safe side.
func whenHabit(before, after string) bool {
	loc := whenAfterRE.FindStringIndex(after)
	if loc == nil {
		return false
	}
	if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
		before = before[i+1:]
	}
	if futureBeforeRE.MatchString(before) {
		return false
	}
	words := clauseWordRE.FindAllString(after[loc[1]:], 12)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case strings.ContainsAny(lw, ",.;:!?()—–"):
			return true
		case habitTense[lw]:
			return true
		case eventTense[lw]:
			return false
		case ambiguousPast[lw]:
			return i > 0 && pluralSubject(strings.ToLower(words[i-1]))
		case len(lw) > 4 && strings.HasSuffix(lw, "ed") && !notPastEd[lw]:
			return false
		}
	}
	return true
}

// pluralSubject says whether w, the word before a verb, is a plural
// subject, for which a bare verb form is present ("storms hit").
func pluralSubject(w string) bool {
	switch w {
	case "they", "we", "you", "i", "people", "men", "women", "children", "fish", "cod", "sheep":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// Read-only word lists for whenHabit.
var (
	habitTense = setOf("is", "are", "am", "has", "have", "do", "does", "can", "may", "must", "would",
		"tend", "tends", "usually", "typically", "normally", "generally", "always", "often", "traditionally",
		"isn't", "aren't", "doesn't", "don't")
	eventTense = setOf("was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "will", "shall",
		"began", "came", "went", "fell", "rose", "broke", "struck", "took", "gave", "made", "left",
		"said", "told", "ran", "saw", "got", "found", "held", "met", "sent", "won", "lost", "kept", "brought",
		"bought", "fought", "thought", "caught", "stood", "spoke", "wrote", "drove", "flew", "grew", "knew",
		"threw", "blew", "drew", "shook", "woke", "rode", "arose", "chose", "froze", "stole", "tore", "sank",
		"became", "forgot", "sold", "paid", "laid", "led", "fled", "fed", "shot", "lit", "slid", "sat", "spent",
		"built", "heard", "meant", "felt", "dealt", "slept", "swept", "sought", "overran", "undertook")
	ambiguousPast = setOf("hit", "cut", "put", "set", "shut", "burst", "spread", "cost", "hurt", "let", "quit", "split", "cast", "upset")
	notPastEd     = setOf("need", "feed", "seed", "speed", "breed", "bleed", "proceed", "exceed", "succeed",
		"hundred", "sacred", "naked", "wicked", "kindred", "rugged", "ragged", "jagged", "indeed", "embed", "shred")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
