package claim

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Kinds of Claim.
const (
	KindFact       = "fact"
	KindCommentary = "commentary"
	KindFiller     = "filler"
)

var (
	quotedRe = regexp.MustCompile("“[^”]*”|\"[^\"]*\"|«[^»]*»|``.*?''")
	// opinionRe finds phrases by which a writer speaks for themself.
	opinionRe = regexp.MustCompile(`(?i)\b(in my (view|opinion)|i think|i believe|i suspect|one would (assume|think|expect)|let'?s be (clear|honest)|btw|imho|imo|frankly|needless to say|of course|obviously|mark my words)\b`)
	// firstPersonRe finds the words by which a writer speaks as themself
	// or to the reader: first and second person; "us" only in lower case,
	// so "the US" is not one.
	firstPersonRe = regexp.MustCompile(`\b(I|I'm|I’m|I've|I’ve|me|Me|my|My|mine|we|We|our|Our|ours|us|you|You|your|Your|yours)\b`)
	hyphenatedRe  = regexp.MustCompile(`\S*\p{L}-\p{L}\S*`)
	// emphasisRe finds function words shouted in capitals, a blogger's
	// habit that news copy does not have.
	emphasisRe = regexp.MustCompile(`\b(NOT|IS|ARE|WAS|WERE|DOES|DO|DID|WILL|CAN|NEVER|VERY|ALL|MUST)\b`)
	// otherEventRe finds the phrases that introduce an unrelated report:
	// anywhere in the statement, or opening it ("Meanwhile in Tarnholm the
	// deputies…", "Elsewhere, …", "Also on Monday, …").
	otherEventRe = regexp.MustCompile(`(?i)\b(another (media |news )?report|in other news|in a separate (development|report|incident)|separately,|on the other hand, (another|a different)|in an unrelated)\b|^\W*(meanwhile|elsewhere|separately|in other news|also on|on another note|read also|also read|see also)\b`)
)

// creditNoteRe finds the notes by which a publication credits where its
// copy came from ("This story was first published by …", "Republished with
// permission of …", "Source: …"). They are provenance's evidence, read
// there from the text; as claims they would stand as single-source facts
// that no one reported.
var creditNoteRe = regexp.MustCompile(`(?i)^\W*(?:this (?:story|article|report|piece|post) (?:was |is |has been )?(?:first |originally )?(?:published|appeared|posted|produced)|(?:first|originally) (?:published|appeared) (?:by|in|on|at)|(?:re-?published|reprinted|reproduced) (?:with (?:the )?permission|under|from|by|courtesy)|(?:source|sources|via|credit|credits|fuente|fonte|quelle|источник)\s*[:\-–—])`)

// maxCreditWords bounds a credit note: a long sentence that opens like one
// ("First published in 1964, the guide …") is prose.
const maxCreditWords = 30

// bareCreditRe finds a name alone in brackets, the credit a syndicated
// copy ends with ("(Norland Sport Agency)", "(AP)").
var bareCreditRe = regexp.MustCompile(`^\s*\(\s*(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s*){1,6}\)\s*\.?\s*$`)

// isCreditNote reports whether a sentence is a credit note.
func isCreditNote(text string) bool {
	return (creditNoteRe.MatchString(text) && len(strings.Fields(text)) <= maxCreditWords) || bareCreditRe.MatchString(text)
}

// isCommentary reports whether a statement is the writer's own voice:
// first person, a question, an opinion marker or shouted emphasis. Quoted
// speech is removed first, since a quoted "we" is the speaker's, not the
// writer's.
func isCommentary(text string) bool {
	commentary, _ := voice(text)
	return commentary
}

// voice reports whether a statement is commentary (see isCommentary) and
// whether it asks, outside quotations: a subheading ("What charges does
// Assange face in the US?") or a rhetorical question. A question confirms
// nothing, so it is never grouped with a statement that asserts. One pass
// strips the quotations for both.
func voice(text string) (commentary, question bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return false, false
	}
	aside := strings.HasPrefix(t, "(") && strings.HasSuffix(strings.TrimRight(t, ".…"), ")")
	bare := quotedRe.ReplaceAllString(t, " ")
	if strings.TrimSpace(bare) == "" {
		return aside, false
	}
	if endsInQuestion(bare) {
		return true, true
	}
	if aside {
		return true, false // a whole-sentence aside
	}
	// Hyphenated compounds and slugs ("ex-us-officials") hold no pronouns.
	bare = hyphenatedRe.ReplaceAllString(bare, " ")
	return firstPersonRe.MatchString(bare) || opinionRe.MatchString(bare) || emphasisRe.MatchString(bare), false
}

func endsInQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == '…' }), "?")
}

// markFiller flags statements about another event: far from the story's
// centroid and either naming none of the story's main entities, dated far
// from the story's dates, or introduced as another report.
func markFiller(docs []*doc, stmts []*stmt) {
	if len(docs) < 2 {
		return // one article has no story to stray from
	}
	perDoc := make([]map[string]float64, len(docs))
	counts := make([]int, len(docs))
	for _, s := range stmts {
		if perDoc[s.doc] == nil {
			perDoc[s.doc] = make(map[string]float64)
		}
		for t, w := range s.terms {
			perDoc[s.doc][t] += w
		}
		counts[s.doc]++
	}
	centroid := make(map[string]float64)
	for d, v := range perDoc {
		for t, w := range v {
			centroid[t] += w / float64(counts[d])
		}
	}
	var norm float64
	for _, w := range centroid {
		norm += w * w
	}
	norm = math.Sqrt(norm)
	if norm == 0 {
		return
	}
	for t := range centroid {
		centroid[t] /= norm
	}

	entDocs := make(map[string]map[int]bool)
	monthDocs := make(map[int]map[int]bool)
	termDocs := make(map[string]map[int]bool)
	for _, s := range stmts {
		for t := range s.terms {
			if termDocs[t] == nil {
				termDocs[t] = make(map[int]bool)
			}
			termDocs[t][s.doc] = true
		}
		for e := range s.ents {
			if entDocs[e] == nil {
				entDocs[e] = make(map[int]bool)
			}
			entDocs[e][s.doc] = true
		}
		for _, m := range s.months {
			if monthDocs[m] == nil {
				monthDocs[m] = make(map[int]bool)
			}
			monthDocs[m][s.doc] = true
		}
	}
	// An entity named by two articles belongs to the story.
	const need = 2
	var storyMonths []int
	for m, ds := range monthDocs {
		if len(ds) >= 2 {
			storyMonths = append(storyMonths, m)
		}
	}
	sims := make([]float64, len(stmts))
	for i, s := range stmts {
		s.centroid = cosine(s.terms, centroid)
		sims[i] = s.centroid
	}
	// "Far from the centroid" is relative: one sentence is never close to
	// a whole story, so the bar is the story's median statement.
	slices.Sort(sims)
	median := sims[len(sims)/2]
	for _, s := range stmts {
		if s.centroid >= median {
			continue
		}
		main := false
		for e := range s.named {
			if len(entDocs[e]) >= need {
				main = true
				break
			}
		}
		// A statement naming nobody ("he will leave this post soon") leans
		// on the names around it, so only one naming others counts.
		// With two articles, a name only one of them uses is as likely
		// background as another event, so the test needs three or more.
		// New people (a resident, an MP) are the stuff of one outlet's
		// own reporting, so the statement must also say nothing in the
		// story's words: another event has its own.
		strange := len(docs) >= 3 && len(s.named) > 0 && !main && keyTerms(s, termDocs) < minKeyTerms
		text := docs[s.doc].art.Text[s.start:s.end]
		s.filler = strange || farDate(s.months, storyMonths) || otherEventRe.MatchString(text)
	}
	inheritQuoted(docs, stmts)
	inheritParagraph(docs, stmts, median)
}

// minKeyTerms is how many of the story's words (used by two articles or
// more) a statement naming only people nobody else names must use to
// count as part of the story: a resident's account of the flood speaks of
// the river and the streets, a pop singer's cancelled tour of neither.
const minKeyTerms = 2

// keyTerms counts the terms of s that an article other than its own uses
// too.
func keyTerms(s *stmt, termDocs map[string]map[int]bool) int {
	n := 0
	for t := range s.terms {
		if ds := termDocs[t]; len(ds) >= 2 && ds[s.doc] {
			n++
		}
	}
	return n
}

// inheritParagraph extends a filler verdict to the statements after it in
// the same paragraph that are as far from the story: an inserted item is a
// paragraph ("Meanwhile in Tarnholm the deputies approved… The second
// reading is planned for April."), and only its first sentence carries
// the marker.
func inheritParagraph(docs []*doc, stmts []*stmt, median float64) {
	for i := 1; i < len(stmts); i++ {
		s, prev := stmts[i], stmts[i-1]
		if s.filler || !prev.filler || prev.doc != s.doc || s.centroid >= median {
			continue
		}
		if !strings.Contains(docs[s.doc].art.Text[prev.end:s.start], "\n") {
			s.filler = true
		}
	}
}

// inheritQuoted gives a statement that continues a quotation begun in an
// earlier statement that statement's filler verdict: the sentences of one
// quoted passage are one insert, or none, together.
func inheritQuoted(docs []*doc, stmts []*stmt) {
	for i, s := range stmts {
		for _, q := range docs[s.doc].quotes {
			if q.start >= s.start || q.end <= s.start {
				continue
			}
			for j := i - 1; j >= 0 && stmts[j].doc == s.doc; j-- {
				if stmts[j].start <= q.start {
					s.filler = stmts[j].filler
					break
				}
			}
		}
	}
}

// farDate reports whether a statement names only months at least two
// months away from every month the story's articles share.
func farDate(ms, story []int) bool {
	if len(ms) == 0 || len(story) == 0 {
		return false
	}
	for _, m := range ms {
		for _, sm := range story {
			d := m - sm
			if d < 0 {
				d = -d
			}
			d = min(d, 12-d)
			if d < 2 {
				return false
			}
		}
	}
	return true
}
