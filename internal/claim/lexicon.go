package claim

import (
	"strconv"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// The lexicons below are small hand-written tables: no maintained Go
// library offers English role titles, antonym pairs or number words, and
// the lists only need to cover the slots news rewrites actually change.

// numberWords maps spelled-out numbers to their value.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "dozen": 12,
}

// multipliers scale the number before them ("two dozen", "3 million").
var multipliers = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}

// numberValue parses one token's folded form as a number.
func numberValue(norm string) (float64, bool) {
	if v, ok := numberWords[norm]; ok {
		return v, true
	}
	if !isDigitStart(norm) {
		return 0, false
	}
	s := strings.ReplaceAll(norm, ",", "")
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "th"), "st"), "nd"), "rd")
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9,
	"sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// roleNouns are titles a person holds; roleModifiers change which title it
// is ("deputy minister", "former ambassador", "foreign minister").
var roleNouns = setOf(`minister president ambassador secretary director chief head chairman
chairwoman chair spokesman spokeswoman spokesperson governor senator mayor general commander
chancellor premier envoy adviser advisor diplomat officer official king queen prince judge
prosecutor ceo founder leader lawmaker congressman congresswoman mp undersecretary admiral colonel
captain sergeant lieutenant marshal attorney president-elect vice-president`)

var roleModifiers = setOf(`former ex outgoing incoming current acting deputy vice assistant interim
retired prime foreign defense defence interior finance justice health economy trade education
first second top`)

// roleSynonyms maps titles that name the same post to one of them.
var roleSynonyms = map[string]string{
	"head": "chief", "leader": "chief", "commander": "chief", "chair": "chairman",
	"chairwoman": "chairman", "spokeswoman": "spokesman", "spokesperson": "spokesman",
	"advisor": "adviser", "officer": "official", "ex": "former", "defence": "defense",
	"envoy": "ambassador",
}

// isRoleWord reports whether a folded word is part of a title.
func isRoleWord(norm string) bool { return roleNouns[norm] || roleModifiers[norm] }

// antonyms pairs words (folded, as they appear) whose swap flips a
// statement's sense. Both directions are looked up.
var antonymPairs = [][2]string{
	{"acceptable", "unacceptable"}, {"tolerable", "unacceptable"}, {"tolerable", "intolerable"},
	{"acceptable", "intolerable"}, {"tenable", "untenable"}, {"elusive", "clear"},
	{"elusive", "obvious"}, {"constructive", "unproductive"}, {"productive", "unproductive"},
	{"constructive", "destructive"}, {"rise", "fall"}, {"rose", "fell"}, {"risen", "fallen"},
	{"rising", "falling"}, {"increase", "decrease"}, {"increased", "decreased"},
	{"approve", "reject"}, {"approved", "rejected"}, {"accept", "reject"}, {"accepted", "rejected"},
	{"confirm", "deny"}, {"confirmed", "denied"}, {"confirms", "denies"}, {"agree", "disagree"},
	{"agreed", "disagreed"}, {"win", "lose"}, {"won", "lost"}, {"success", "failure"},
	{"succeeded", "failed"}, {"possible", "impossible"}, {"likely", "unlikely"},
	{"legal", "illegal"}, {"support", "oppose"}, {"supported", "opposed"}, {"true", "false"},
	{"guilty", "innocent"}, {"open", "closed"}, {"allowed", "banned"}, {"allow", "ban"},
	{"welcomed", "condemned"}, {"praised", "criticised"}, {"praised", "criticized"},
	{"optimistic", "pessimistic"}, {"positive", "negative"}, {"strengthen", "weaken"},
	{"secret", "public"}, {"official", "unofficial"},
}

// antonymSet is built from antonymPairs once per Diverge call; it is a
// function, not a package variable, so there is no shared mutable state.
func antonymSet() map[[2]string]bool {
	m := make(map[[2]string]bool, 4*len(antonymPairs))
	env := snowballstem.NewEnv("")
	stem := func(w string) string {
		env.SetCurrent(w)
		english.Stem(env)
		return canon(w, env.Current())
	}
	for _, p := range antonymPairs {
		m[p] = true
		m[[2]string{p[1], p[0]}] = true
		// Stems too, so "approves" meets "rejects".
		a, b := stem(p[0]), stem(p[1])
		if a != b {
			m[[2]string{a, b}] = true
			m[[2]string{b, a}] = true
		}
	}
	return m
}

// isNegation reports whether the token with folded form norm starting at
// byte start of text negates its clause. It accepts both "doesn't" as one
// token and "doesn" + "t" as two.
func isNegation(text, norm string, start int) bool {
	if norm == "not" && strings.HasSuffix(strings.TrimRight(text[:start], " "), " or") {
		return false // "whether or not" asserts nothing
	}
	// "not only … but also" adds and "spare no effort" promises: neither
	// denies anything.
	if after := text[min(len(text), start+len(norm)):]; norm == "not" && strings.HasPrefix(after, " only ") {
		return false
	}
	if norm == "no" {
		// Only the word before matters: lower-casing all the text before
		// it, for every "no", made Diverge quadratic in the article.
		before := strings.TrimRight(text[max(0, start-10):start], " ")
		i := len(before)
		for i > 0 && ('a' <= before[i-1]|0x20 && before[i-1]|0x20 <= 'z') {
			i--
		}
		before = strings.ToLower(before[i:]) // the letters of the word before: "``spare" gives "spare"
		if before == "spare" || before == "spared" || before == "spares" || before == "sparing" {
			return false
		}
	}
	switch norm {
	case "not", "no", "never", "without", "nor", "cannot", "neither", "n't", "none", "nobody", "nothing":
		return true
	}
	if strings.HasSuffix(norm, "n't") && len(norm) > 3 {
		return true
	}
	if (norm == "t" || norm == "nt") && start > 0 {
		c := text[:start]
		return strings.HasSuffix(c, "n'") || strings.HasSuffix(c, "n’")
	}
	return false
}

// canonical folds a few spelling and word-choice variants that translations
// into English produce for the same thing, so they count as the same term.
var canonical = map[string]string{
	"fall": "autumn", "kiev": "kyiv", "u.s": "us", "u.s.": "us", "u.": "us", "usa": "us", "america": "us",
	"american": "us", "sergei": "sergey", "negoti": "talk", "discuss": "talk", "convers": "talk",
	"meet": "met", "meeting": "met", "nbc": "nbc", "zelenskyy": "zelenski", "zelensky": "zelenski",
	"ex": "former",
}

// calques maps words (by folded form or stem) that rewrites and machine
// translations into English use for the same thing in news copy to one
// stem: "14 persons perished" says what "14 people were killed" says, "were
// compelled to leave" what "were forced to leave". General news
// vocabulary only; a wider thesaurus would join words that only look alike
// in one sense ("study" the report, "study" the noun) far more often.
var calques = map[string]string{
	// people
	"person": "peopl", "inhabit": "resid", "inhabitants": "resid", "residents": "resid",
	// death
	"kill": "die", "perish": "die", "dead": "die", "death": "die", "deceas": "die", "die": "die",
	"died": "die", "dies": "die",
	// coercion and shelter
	"compel": "forc", "oblig": "forc", "dwell": "home", "dwellings": "home",
	// the press
	"edition": "newspap", "editions": "newspap",
	// care, transport, stopping, starting
	"hospitalis": "hospit", "hospitalised": "hospit", "railway": "rail", "railroad": "rail",
	"halt": "suspend", "stop": "suspend", "stopped": "suspend", "commenc": "start", "begin": "start",
	"began": "start", "begun": "start", "complet": "finish",
	// officialdom and inquiry
	"government": "govern", "governmental": "govern", "studi": "examin", "exploit": "oper",
	// speed
	"quick": "fast", "quicker": "fast", "quickly": "fast", "faster": "fast", "rapid": "fast",
	// aircraft
	"plane": "aircraft", "planes": "aircraft", "airplan": "aircraft", "aeroplan": "aircraft",
	// units written short
	"gw": "gigawatt", "mw": "megawatt", "kw": "kilowatt", "km": "kilometr", "kilomet": "kilometr",
	"kilometer": "kilometr", "kilometers": "kilometr", "kg": "kilogram",
}

// canon returns the term a token counts as: its canonical variant (looked
// up by folded form, then by stem), a number word as its digits
// ("Fourteen" is "14"), a calque's common stem, else its stem.
func canon(norm, stem string) string {
	if c, ok := canonical[norm]; ok {
		return c
	}
	if c, ok := canonical[stem]; ok {
		return c
	}
	if v, ok := numberWords[norm]; ok {
		if _, mul := multipliers[norm]; !mul {
			return formatNumber(v)
		}
	}
	if c, ok := calques[norm]; ok {
		return c
	}
	if c, ok := calques[stem]; ok {
		return c
	}
	return stem
}
