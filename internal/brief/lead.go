package brief

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// leadBytes is the length of the brief's summary, citations aside: about
// four sentences, what a reader takes in before deciding to read on.
const leadBytes = 600

// leadParams are Summary's parameters, except that a one-article story
// still prefers its opening sentences. Summary's parameters already keep
// only sentences that stand alone, so what DUC 2004 measures is what the
// brief shows.
var leadParams = func() summaryParams {
	p := defaultParams
	p.oneDocShared = true
	return p
}()

// writeLead writes the "Summary" section: the sentences the summariser
// picks (Summary's own selection, restricted to whole sentences, with
// sentences shortened as in Summary, see tighten), in the order of
// their place in their articles, each with the articles that carry the
// sentence word for word. Sentences of commentary and filler claims are
// left out, as they are from the claim lists, and so are sentences that
// cannot stand alone.
func writeLead(b *strings.Builder, arts []*news.Article, claims []Claim, cites func([]string) string) {
	apart := map[string]bool{}
	for _, c := range claims {
		if !isFact(c) {
			apart[oneLine(c.Text)] = true
		}
	}
	var cands []candidate
	carriers := map[string][]string{}
	for _, c := range candidates(arts, leadParams) {
		if apart[c.orig] || !standsAlone(c.text) || thinAfterCredit(c.text) {
			continue
		}
		cands = append(cands, c)
		carriers[c.text] = append(carriers[c.text], arts[c.doc].ID)
	}
	picked := pick(cands, leadBytes, leadParams, true)
	if len(picked) == 0 {
		return
	}
	// Picked by weight, read in story order: an article's opening comes
	// before its details, whichever the summariser found first.
	sort.SliceStable(picked, func(i, j int) bool { return picked[i].pos < picked[j].pos })
	b.WriteString("\n## Summary\n\n")
	for i, c := range picked {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(escape(c.text) + " " + cites(carriers[c.text]))
	}
	b.WriteString("\n")
}

// openingCreditRE is a credit that opens a sentence, up to the punctuation
// after it: "According to a report –", "According to the Harbour Times,".
var openingCreditRE = regexp.MustCompile(`^(?i)(?:according to|as reported by|citing)\s+[^,;:–—-]{1,60}?\s*[,;:–—-]+\s*`)

// thinAfterCredit reports a sentence that, its opening credit aside, is
// shorter than a summary sentence may be: "According to a report – the
// talks are still going on." passes the length test only on the words
// that say where it comes from, and tells a reader next to nothing.
func thinAfterCredit(s string) bool {
	m := openingCreditRE.FindStringIndex(s)
	return m != nil && len(rougeTokens(s[m[1]:])) < leadParams.minWords
}

// danglingStarts are sentence openings that point back to a sentence the
// summary may not show ("She declined to say ..."). Read-only.
var danglingStarts = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "his": true, "her": true, "its": true,
	"their": true, "this": true, "these": true, "those": true, "but": true, "and": true, "meanwhile": true,
	"or": true, "so": true, "him": true, "them": true, "which": true,
}

// standsAlone reports whether s reads on its own, out of its article and
// as a report: it does not start with a pronoun or a connective pointing
// back, it is not a piece of a quotation the sentence splitter cut
// (unbalanced quote marks) nor a quotation without its speaker, and
// outside quotation marks it does not speak as "I", "we" or to "you"
// (a blog's own voice, not what happened).
// bareSurname is a sentence opening with one capitalised word as the
// speaker: "Haugland said", "Korovin, who flew in,", "Sommer told".
var bareSurname = regexp.MustCompile(`^(\p{Lu}\p{Ll}+)(, who| (said|says|told|added|noted|stressed|warned|explained|insisted))\b`)

// speakerNouns open sentences as bareSurname does but name who speaks.
var speakerNouns = map[string]bool{
	"officials": true, "police": true, "witnesses": true, "residents": true, "analysts": true, "experts": true,
	"authorities": true, "doctors": true, "investigators": true, "prosecutors": true, "rescuers": true,
	"reports": true, "sources": true, "organisers": true, "organizers": true, "critics": true, "officers": true,
	"protesters": true, "scientists": true, "engineers": true, "firefighters": true, "farmers": true,
	"lawyers": true, "diplomats": true, "observers": true, "others": true, "many": true, "some": true,
	"both": true, "everyone": true, "nobody": true, "survivors": true, "neighbours": true, "neighbors": true,
	"economists": true, "researchers": true, "activists": true, "workers": true, "unions": true, "fishermen": true,
}

func standsAlone(s string) bool {
	// Wire copy writes quotation marks as `` and ''.
	s = strings.ReplaceAll(strings.ReplaceAll(s, "``", "“"), "''", "”")
	if strings.Count(s, `"`)%2 != 0 || strings.Count(s, "“") != strings.Count(s, "”") {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimLeft(s, `"“‘'`), " ")
	if danglingStarts[strings.ToLower(strings.TrimRight(first, ",;:"))] {
		return false
	}
	// tighten keeps a connective before a pronoun ("Still, it ...") so
	// that the sentence is left out here.
	if leadingConnective.MatchString(s) {
		return false
	}
	// "Haugland said ..." names someone by the surname an earlier sentence
	// of the article introduced: out of that context the reader does not
	// know who speaks.
	if m := bareSurname.FindStringSubmatch(s); m != nil && !speakerNouns[strings.ToLower(m[1])] {
		return false
	}
	outside := unquoted(s)
	if strings.Trim(outside, " .,;:!?—-") == "" || shouts(outside) || !endsLikeSentence(s) {
		return false
	}
	// A quotation whose speaker is a pronoun ("..., she said.") does not
	// say who speaks.
	if speaker, _, _ := strings.Cut(strings.TrimLeft(outside, " .,;:!?—-"), " "); danglingStarts[strings.ToLower(speaker)] && strings.ContainsAny(s, `"“`) {
		return false
	}
	// A question asks; a summary reports. A quoted question is a speaker's.
	if strings.HasSuffix(strings.TrimRight(outside, " "), "?") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(outside)) {
		if firstPerson[strings.Trim(w, ".,;:!?()")] {
			return false
		}
	}
	return true
}

// shouts reports whether most of s's words of two letters or more are
// in capitals: a headline or section label caught in the body text
// ("A U.S. PAWN, OR A RUNAWAY AGENCY?"), not a sentence.
func shouts(s string) bool {
	upper, words := 0, 0
	for _, w := range strings.Fields(s) {
		letters, caps := 0, 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					caps++
				}
			}
		}
		if letters < 2 {
			continue
		}
		words++
		if caps == letters {
			upper++
		}
	}
	return words >= 3 && 2*upper > words
}

// firstPerson are the words of a writer speaking for themselves or to the
// reader. Read-only.
var firstPerson = map[string]bool{"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true, "your": true}

// unquoted returns s without its double-quoted passages (straight or
// curly quotes; s is known to have them balanced).
func unquoted(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '"':
			in = !in
		case r == '“':
			in = true
		case r == '”':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// endsLikeSentence reports whether s ends as a sentence does, with a full
// stop, an exclamation or question mark or an ellipsis, perhaps inside a
// closing quotation mark or bracket. A line of a list ("July 22 – Blossom
// Music Center, Cuyahoga Falls, OH") or a heading ("Tour dates:") is no
// sentence for a summary.
func endsLikeSentence(s string) bool {
	s = strings.TrimRight(s, " \t”’\"')]»")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
