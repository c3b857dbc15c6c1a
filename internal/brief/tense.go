package brief

import (
	"strings"
	"unicode/utf8"
)

// A month or weekday without a year is placed on the side of publication
// the sentence's tense points to. The tense is read from the nearest verb
// form to the date in its sentence: first backwards ("was evicted in
// April", "is scheduled to take place … in February"), then forwards ("In
// April the court will rule"). Only clear marks count: a past auxiliary, a
// known irregular past, a word in -ed, a future auxiliary (would too: "said
// the aircraft would arrive in June") or a word of planning; reading stops
// at a comma, and backwards at an infinitive's "to". The words are
// English; tense_lang.go reads French, German, Spanish, Italian, Portuguese
// and Russian, and other languages keep the nearest-occurrence rule.

// tenseWindow is how many words on each side of a date are read, within
// tenseReach bytes.
const (
	tenseWindow = 8
	tenseReach  = 200
)

// tenseNear returns -1, +1 or 0 for the tense of the clause around
// text[start:end].
func tenseNear(text string, start, end int) int {
	// Only a short stretch is read either side, so a text without full
	// stops costs no more per date than any other.
	lo := max(0, start-tenseReach)
	for lo > 0 && lo < len(text) && !utf8.RuneStart(text[lo]) {
		lo++
	}
	sentStart := lo + strings.LastIndexAny(text[lo:start], ".!?\n") + 1
	before := clauseWordRE.FindAllString(text[sentStart:start], -1)
	if n := len(before); n > 0 && determiners[strings.ToLower(before[n-1])] {
		// "the December debate": the date names an event, it is not
		// when the clause's verb happened.
		return 0
	}
	for i, n := len(before)-1, 0; i >= 0 && n < tenseWindow; i, n = i-1, n+1 {
		w := before[i]
		if strings.ContainsAny(w, ",;:()—–") {
			break
		}
		if strings.EqualFold(w, "to") {
			// An infinitive's time hangs on a verb further back:
			// "agreed to hand over the documents by Friday" is a
			// deadline ahead, though "agreed" is past.
			return 0
		}
		prev := ""
		if i > 0 {
			prev = strings.ToLower(before[i-1])
		}
		if t := tenseOf(strings.ToLower(w), prev); t != 0 {
			return t
		}
	}
	rest := text[end:min(len(text), end+tenseReach)]
	if i := strings.IndexAny(rest, ".!?\n"); i >= 0 {
		rest = rest[:i]
	}
	after := clauseWordRE.FindAllString(rest, tenseWindow+1)
	for i, w := range after {
		if strings.ContainsAny(w, ",;:()—–") || clauseStarts[strings.ToLower(w)] {
			break // "… on Thursday, Sommer said": the reporting clause
		}
		prev := ""
		if i > 0 {
			prev = strings.ToLower(after[i-1])
		}
		if t := tenseOf(strings.ToLower(w), prev); t != 0 {
			return t
		}
	}
	return 0
}

// tenseOf reads one word (prev is the word before it). A participle after
// "be" says nothing: the auxiliary before it does ("will be held").
func tenseOf(w, prev string) int {
	if planMarks[w] {
		switch {
		case prev == "was" || prev == "were" || prev == "had":
			return -1 // "was scheduled", "was due to": the plan is past
		case presentBe[prev]:
			return 1 // "is scheduled for February"
		}
		// "an increase planned for Oct. 15": an attribute, no tense of
		// its own; the verb further back decides.
		return 0
	}
	if presentBe[prev] || prev == "be" || prev == "being" {
		if eventTense[w] || strings.HasSuffix(w, "ed") {
			return 0 // "will be held", "are offered": the auxiliary decides
		}
	}
	switch {
	case futureMarks[w]:
		return 1
	case pastMarks[w], eventTense[w] && w != "will" && w != "shall":
		return -1
	case w == "will" || w == "shall" || w == "would" || w == "'ll" || w == "’ll":
		return 1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w]:
		return -1
	}
	return 0
}

// futureMarks and pastMarks are the words that set a clause's tense
// besides verbs in -ed and the irregular pasts of habit.go. Read-only.
var (
	planMarks   = setOf("scheduled", "planned", "expected", "due", "slated")
	presentBe   = setOf("is", "are", "am", "'s", "’s", "remains", "remain")
	futureMarks = setOf("upcoming", "forthcoming", "tomorrow", "next")
	determiners = setOf("the", "a", "an", "this", "that", "its", "his", "her", "their", "our")
	pastMarks   = setOf("was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "previously", "former")
	// clauseStarts open a subordinate clause, whose verb is not the
	// date's: "told investors on Oct. 31 that the merger would …".
	clauseStarts = setOf("that", "which", "who", "whom", "whose", "when", "where", "after", "before",
		"because", "while", "if", "since", "until", "although", "though", "unless", "but")
)
