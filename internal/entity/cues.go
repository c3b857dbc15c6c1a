package entity

import "strings"

// Indexes of mentionMeta.votes, in kindOrder.
const (
	votePerson = iota
	voteOrg
	votePlace
)

// cues reads the words around ws[lo:hi], a name whose kind the name itself
// does not tell, and votes for what it is: a person ("colonel Radek Sommer",
// "Pirhonen said", "Agnes Sommer, 67,", "Katrin Holm, who"), an organisation
// ("Vessa Hydro spokeswoman", "Vessa Hydro's executives", "the utility
// Vessa Hydro", "Vessa Hydro, a regional utility") or a place ("in
// Kaldbrook", "the Vessa valley", "the town of Kaldbrook", "Lower Kaldbrook,
// a town of about 18,000"). Strong cues count 3, weak ones 1; finish adds
// the votes of every mention of the name in the article.
func (f *finder) cues(ws []word, lo, hi int) (v [3]int) {
	if lo > 0 && ws[lo].gap&gSpace != 0 && !ws[lo-1].cap {
		p := &ws[lo-1]
		switch {
		case p.is(lxTitle | lxRole):
			v[votePerson] += 2
		case p.key == "said" || p.key == "says":
			v[votePerson]++
		case p.is(lxOrgNoun):
			v[voteOrg] += 2
		case p.is(lxPlaceNoun | lxPlaceHead):
			v[votePlace] += 2 // "the dam Merrow", "city Kaldbrook"
		case p.key == "to" && lo > 1 && p.gap&gSpace != 0 && motionVerbs[ws[lo-2].key] && endsPhrase(ws, hi):
			v[votePlace]++ // "fled to Orsund"
		case p.key == "of" && lo > 1 && p.gap&gSpace != 0 && (!ws[lo-2].cap || ws[lo-2].initial) && (ws[lo-2].is(lxPlaceNoun) || placeOf[ws[lo-2].key]):
			v[votePlace] += 3 // "the town of Kaldbrook", "upstream of Merrow"
		case (p.key == "for" || p.key == "at") && lo > 1 && p.gap&gSpace != 0 && ws[lo-2].is(lxOrgFollow):
			v[voteOrg] += 2 // "spokeswoman for", "executives at"
		case (p.is(lxPlacePrep) || p.key == "at" || p.key == "from") && endsPhrase(ws, hi):
			v[votePlace]++
		case p.key == "the" && lo > 1 && p.gap&gSpace != 0 && (ws[lo-2].key == "in" || ws[lo-2].key == "at" || ws[lo-2].key == "near") && endsPhrase(ws, hi):
			v[votePlace]++
		}
	}
	if hi >= len(ws) {
		return v
	}
	n := &ws[hi]
	switch {
	case ws[hi-1].poss:
		// "Vessa Hydro's executives"; but "Korovin's spokeswoman" is a person's.
		if !n.cap && n.is(lxOrgFollow) && !strings.HasPrefix(n.key, "spokes") && n.gap&gSpace != 0 {
			v[voteOrg] += 3
		}
	case n.gap&gSpace != 0 && !n.cap:
		switch {
		case n.is(lxSpeech):
			if !inStatement(ws, hi+1) {
				v[votePerson] += 2
			}
		case n.is(lxOrgFollow):
			if hi-lo == 1 && !ws[lo].caps {
				v[voteOrg]++ // "Putin spokesman" is a person's
			} else {
				v[voteOrg] += 3
			}
		case n.is(lxPlaceNoun|lxPlaceHead) && n.key != "state" && n.key != "states":
			v[votePlace] += 3 // "the Vessa valley", "the Harrow weir"; not "Xi state visit"
		case n.is(lxAdmin) && hi-lo == 1:
			v[votePerson] += 2 // "the Biden administration"
		}
	case n.gap&gComma != 0:
		apposition(ws, hi, &v)
	}
	return v
}

// endsPhrase reports whether the name ending before ws[hi] ends its noun
// phrase: "in Kaldbrook, where", "in Kaldbrook on Tuesday", but not "in the
// Lavrov meeting", where it is only a modifier.
func endsPhrase(ws []word, hi int) bool {
	if hi >= len(ws) || ws[hi].gap&gSpace == 0 {
		return true
	}
	n := &ws[hi]
	return n.cap || n.digit || n.is(lxBreak|lxHeadlineLower|lxCalendar|lxSpeech) || strings.HasSuffix(n.key, "ed") || phraseEnders[n.key]
}

// motionVerbs go before "to" and a place.
var motionVerbs = wordSet(`fled flew travelled traveled moved returned went drove evacuated headed
	sailed relocated`)

// phraseEnders start a clause or an adverbial after a complete noun phrase.
var phraseEnders = wordSet(`after before since until during because while although though unless
	than where when`)

// placeOf are words that go before "of" and a place.
var placeOf = wordSet(`upstream downstream north south east west outside districts outskirts
	suburbs centre center streets residents mayor`)

// apposition reads what follows "Name," for what the name is: an age
// ("Jonas Eklund, 54,"), "who", or the head noun of a short descriptive
// phrase ("a retired teacher", "a regional utility", "a town of about").
func apposition(ws []word, i int, v *[3]int) {
	n := &ws[i]
	switch {
	case n.digit && n.end-n.start <= 3 && i+1 < len(ws) && ws[i+1].gap&gComma != 0:
		v[votePerson] += 3
		return
	case n.key == "who":
		v[votePerson] += 2
		return
	}
	for k := i; k < len(ws) && k < i+6; k++ {
		w := &ws[k]
		if k > i && w.gap&gSpace == 0 || w.cap || w.digit || clauseWords[w.key] {
			return
		}
		if w.poss {
			continue // "the group's chair": the head comes later
		}
		switch {
		case w.is(lxRole | lxTitle):
			// "Vessa, colonel Radek Sommer": a title of the next name.
			if k+1 < len(ws) && ws[k+1].cap && ws[k+1].gap&gSpace != 0 {
				return
			}
			v[votePerson] += 2
			return
		case w.is(lxOrgNoun):
			v[voteOrg] += 3
			return
		case w.is(lxPlaceNoun):
			v[votePlace] += 3
			return
		}
	}
}

// clauseWords start a relative clause, not an apposition: "Aldous Point,
// which the grid operator...".
var clauseWords = wordSet(`which where that when while whose whom`)

// inStatement reports whether ws[i:] starts with "in a statement", which
// organisations say as often as people.
func inStatement(ws []word, i int) bool {
	return i+2 < len(ws) && ws[i].key == "in" && (ws[i+1].key == "a" || ws[i+1].key == "its") && ws[i+2].key == "statement"
}
