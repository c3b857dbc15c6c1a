package entity

// lexBit marks the word lists a folded word belongs to. Every word of an
// article is looked up once, in lexicon, when it is tokenised; span
// building then tests bits instead of probing a dozen maps per word, which
// is what kept Mentions from keeping up with ingestion.
type lexBit uint32

const (
	lxCommon lexBit = 1 << iota
	lxBreak
	lxCalendar
	lxTitle
	lxTitleMod
	lxDept
	lxRole
	lxSpeech
	lxOrgHead
	lxPlaceHead
	lxDemonym
	lxOfLike
	lxParticle
	lxNonAcronym
	lxAbbrev
	lxHeadlineLower
	lxAdmin
	lxPlaceStart
	lxOrgTail
	lxGaz       // a one-word gazetteer alias
	lxFirst     // a known given name
	lxPlaceNoun // "town", "valley": what a place is called in apposition
	lxOrgNoun   // "utility", "company": what an organisation is called
	lxOrgFollow // "spokeswoman", "executives": what follows an organisation's name
	lxPlacePrep // "in", "near": what goes before a place
	lxPronoun
	lxGazLower  // written in lower case inside a gazetteer name ("Nations unies", "océan Indien")
	lxEventHead // "Championships", "Games": what a named event ends in
)

func (w *word) is(b lexBit) bool { return w.lx&b != 0 }

// lexicon maps folded words to their lexBits.
var lexicon = buildLexicon()

func buildLexicon() map[string]lexBit {
	m := make(map[string]lexBit, 4096)
	add := func(set map[string]bool, b lexBit) {
		for w := range set {
			m[w] |= b
		}
	}
	add(commonWords, lxCommon)
	add(breakWords, lxBreak)
	add(calendarWords, lxCalendar)
	add(titles, lxTitle)
	add(titleModifiers, lxTitleMod)
	add(departments, lxDept)
	add(roleWords, lxRole)
	add(speechVerbs, lxSpeech)
	add(orgHeads, lxOrgHead)
	add(placeHeads, lxPlaceHead)
	add(eventHeads, lxEventHead)
	add(demonyms, lxDemonym)
	add(ofLike, lxOfLike)
	add(particles, lxParticle)
	add(nonAcronyms, lxNonAcronym)
	add(abbreviations, lxAbbrev)
	add(headlineLower, lxHeadlineLower)
	add(adminWords, lxAdmin)
	add(placeStarts, lxPlaceStart)
	add(companyTails, lxOrgTail)
	add(placeNouns, lxPlaceNoun)
	add(orgNouns, lxOrgNoun)
	add(orgFollowers, lxOrgFollow)
	add(placePreps, lxPlacePrep)
	add(pronouns, lxPronoun)
	add(firstNames, lxFirst)
	for k := range gazetteer {
		m[k] |= lxGaz
	}
	add(gazLowerWords, lxGazLower)
	return m
}

// wordBits returns the lexBits of a folded word; capitalised words in no
// list are also tried as given names by their transliteration key, so
// unlisted spellings ("Serhij") still count.
func wordBits(key string, capital bool) lexBit {
	b := lexicon[key]
	if capital && b == 0 && len(key) >= 4 {
		var buf [64]byte
		if k := translitAppend(buf[:0], key); len(k) >= 4 && firstNames[string(k)] {
			b |= lxFirst
		} else if derivedDemonym(key) {
			b |= lxDemonym
		}
	}
	return b
}
