package claim

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// minContent is the fewest content words a statement needs: headings such
// as "BTW?" or "Hot News" say nothing a reader could check.
const minContent = 3

// minClause is the fewest content words each half of a split sentence
// needs to count as a statement of its own.
const minClause = 4

// stmt is one statement: a sentence, or a clause of a long one.
type stmt struct {
	doc        int // index of the article in the story
	sent       int // index of the sentence in the article
	start, end int
	toks       []news.Token
	terms      map[string]float64 // TF-IDF weights, unit length
	nameTerms  map[string]bool    // terms only ever capitalised here
	roleTerms  map[string]bool    // terms that are words of a title ("deputy", "minister")
	ents       map[string]bool
	named      map[string]bool // the entities of known kind among ents
	slots      map[string]bool // numbers and dates
	quoted     map[string]bool // terms inside a direct quote of minQuoteTerms or more; nil when none
	months     []int           // months named, for the filler test
	centroid   float64         // similarity to the story's centroid
	commentary bool
	question   bool // asks rather than states: corroborates no statement
	filler     bool
	embedded   bool   // the text of an embedded post (a tweet), not the outlet's
	key        string // normKey of toks: the wording, the same in copies
}

// statements splits one article into statements.
func statements(d *doc, di int) []*stmt {
	var out []*stmt
	// A repeated paragraph is one statement said twice, not two.
	seen := make(map[string]bool)
	posts := embeddedPosts(d.art)
	for si, s := range d.sents {
		if isCreditNote(d.art.Text[s.Start:s.End]) || isCaption(d.art.Text[s.Start:s.End], d.tokensIn(s.Start, s.End)) {
			continue
		}
		for _, c := range clauses(d, s) {
			toks := d.tokensIn(c[0], c[1])
			if contentCount(toks) < minContent || isDateline(toks) || isListHeading(d.art.Text[c[0]:c[1]], toks) {
				continue
			}
			key := normKey(toks)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, &stmt{doc: di, sent: si, start: c[0], end: c[1], toks: toks, embedded: within(posts, c[0], c[1]), key: key})
			if len(out) == MaxStatements {
				return out
			}
		}
	}
	return out
}

// Capped reports whether article a has more statements than enter the
// claims (MaxStatements).
func Capped(a *news.Article) bool {
	if a == nil || len(a.Sentences) < MaxStatements/4 {
		return false // clauses split a sentence in a few at most
	}
	return len(statements(newDoc(a), 0)) == MaxStatements
}

// MaxStatements is how many statements of one article enter the claims.
// A news article has tens; a document of thousands (a transcript, a dump
// of templated listings) would make statement grouping, which compares
// statements across articles, cost time and memory quadratic in its
// length: two 1.6 MB texts of templated sentences needed 8 GB. The rest of
// such a document is still read by every other stage.
const MaxStatements = 3000

func normKey(toks []news.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Norm)
		b.WriteByte(' ')
	}
	return b.String()
}

// isDateline reports whether a statement is only a date ("Saturday, 1
// January 2005", in any language) or a bibliographic reference ("2015;
// 28: 685-690"): a handful of words, half of them numbers, one a year.
// Every translation of a dated report repeats its dateline, which then
// stood as a claim corroborated by twenty articles.
func isDateline(toks []news.Token) bool {
	words, digits, year := 0, 0, false
	for _, t := range toks {
		if t.Stop {
			continue
		}
		words++
		if n, err := strconv.Atoi(t.Norm); err == nil {
			digits++
			year = year || n >= 1800 && n <= 2100 && len(t.Norm) == 4
		}
	}
	return words <= 5 && year && 2*digits >= words
}

// isListHeading reports whether a statement only introduces what follows
// ("The 2026 tour dates:", "Here are the steps you can take:"): short, it
// ends with a colon and names no speaker's verb, so no quotation follows
// it. Two outlets printing the same list heading corroborate nothing. A
// long sentence before a colon ("All four were taken to the county jail,
// where they are held on these charges:") still reports something.
func isListHeading(text string, toks []news.Token) bool {
	if !strings.HasSuffix(strings.TrimSpace(text), ":") || contentCount(toks) > maxHeadingWords {
		return false
	}
	for _, t := range toks {
		if reporting[t.Stem] || speechTimeWords[t.Norm] {
			return false
		}
	}
	return true
}

// isCaption reports whether a sentence is a caption, heading or label
// rather than something said: a few words, no full stop, no verb among
// the few that are always verbs ("16-inch MacBook Pro", "Touch Bar and
// Escape Key", "Apple AirPods 2 with wireless charging case"). A review
// names its product in every other caption, and two outlets' captions
// of one product stood as a claim corroborated twice. A line with a date
// ("June 19 – Charlotte, NC @ PNC Pavilion") is a row of a schedule,
// which states when something happens, and stays.
func isCaption(text string, toks []news.Token) bool {
	text = strings.TrimSpace(text)
	if text == "" || contentCount(toks) > maxHeadingWords {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text); strings.ContainsRune(".!?…\"”’'»", r) {
		return false
	}
	for _, t := range toks {
		if verbLike[t.Norm] || isDateWord(t.Norm) {
			return false
		}
	}
	return true
}

// maxHeadingWords is the most content words a list heading has.
const maxHeadingWords = 8

func contentCount(toks []news.Token) int {
	n := 0
	for _, t := range toks {
		if !t.Stop {
			n++
		}
	}
	return n
}

// clauses splits a sentence into statements where both halves are
// statements: enough content words each, and
//   - at ";";
//   - at ", and" / ", while" / " while" when the second half opens with a
//     subject and a verb: a pronoun, a determiner or name, or a count of
//     people or things ("…, and at least six people are still missing");
//   - at a bare comma before such a count when the first half has a verb of
//     its own, the comma splice of machine translation ("Not less than 14
//     persons perished, more than 2,300 were compelled to leave");
//   - at ", adding" / ", saying" after a clause with a verb.
//
// A noun phrase joined by ", and" ("the fate of X, and the search for Y")
// stays whole, because splitting it would separate two halves of one
// reported fact; so does a list ("six aircraft, 40 camera towers and 250
// firefighters"), whose items have no verb.
func clauses(d *doc, s news.Sentence) [][2]int {
	text := d.art.Text
	sent := text[s.Start:s.End]
	var cuts [][3]int // left end, right start, kind (0 ";", 1 conjunction, 2 comma, 3 participle)
	for i := 0; i < len(sent); i++ {
		switch {
		case sent[i] == ';':
			cuts = append(cuts, [3]int{s.Start + i, s.Start + skipSpace(sent, i+1), 0})
		case strings.HasPrefix(sent[i:], ", and "):
			cuts = append(cuts, [3]int{s.Start + i, s.Start + skipSpace(sent, i+6), 1})
		case strings.HasPrefix(sent[i:], ", while "):
			cuts = append(cuts, [3]int{s.Start + i, s.Start + skipSpace(sent, i+8), 1})
		case strings.HasPrefix(sent[i:], " while ") && i > 0 && sent[i-1] != ',':
			cuts = append(cuts, [3]int{s.Start + i, s.Start + skipSpace(sent, i+7), 1})
		case strings.HasPrefix(sent[i:], ", adding "), strings.HasPrefix(sent[i:], ", saying "):
			// A reporting verb's second statement: ‘"…," he said, adding
			// that 31 people were being treated in hospital’.
			cuts = append(cuts, [3]int{s.Start + i, s.Start + skipSpace(sent, i+1), 3})
		case sent[i] == ',' && i+1 < len(sent) && sent[i+1] == ' ':
			// A comma splice, as machine translation writes two facts:
			// "Not less than 14 persons perished, more than 2,300 were
			// compelled to leave the homes".
			cuts = append(cuts, [3]int{s.Start + i, s.Start + skipSpace(sent, i+1), 2})
		}
	}
	var out [][2]int
	from := s.Start
	for _, c := range cuts {
		// A quotation is one thing its speaker said: cut inside it, the
		// first half loses its speaker and the second opens mid-quote.
		if d.inQuote(c[0]) {
			continue
		}
		left := d.tokensIn(from, c[0])
		right := d.tokensIn(c[1], s.End)
		if contentCount(left) < minClause || contentCount(right) < minClause {
			continue
		}
		if c[2] == 1 && !opensClause(text, right) && !opensCount(right) {
			continue
		}
		if c[2] == 2 && (!opensCount(right) || !hasVerb(left)) {
			continue
		}
		if c[2] == 3 && !hasVerb(left) {
			continue
		}
		out = append(out, [2]int{from, c[0]})
		from = c[1]
	}
	return append(out, [2]int{from, s.End})
}

// inQuote reports whether text offset off lies inside one of the
// article's quoted passages.
func (d *doc) inQuote(off int) bool {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].end > off })
	return i < len(d.quotes) && d.quotes[i].start <= off
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

var subjectPronouns = setOf(`he she it they we i you this that these those there`)

var determiners = setOf(`the a an his her its their our my your some many most all several both`)

var verbLike = setOf(`is are was were be been has have had will would can could may might must
shall should said says say told tells did does do added reported announced claimed denied
confirmed warned insisted`)

// opensClause reports whether tokens start with a subject followed soon by
// a verb: a pronoun, or a determiner or capitalised name with a verb-like
// word among the next four words.
func opensClause(text string, toks []news.Token) bool {
	if len(toks) == 0 {
		return false
	}
	first := toks[0].Norm
	if first == "that" {
		// "told that layoffs will begin, and that a planned meeting will
		// be postponed": the second "that" goes on with what was told.
		// Only a "that" followed by its verb is a subject ("and that was
		// the end of it").
		return len(toks) > 1 && verbLike[toks[1].Norm]
	}
	if subjectPronouns[first] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[toks[0].Start:])
	if !determiners[first] && !unicode.IsUpper(r) {
		return false
	}
	for i := 1; i < len(toks) && i <= 4; i++ {
		n := toks[i].Norm
		if verbLike[n] || (len(n) > 4 && strings.HasSuffix(n, "ed")) {
			return true
		}
	}
	return false
}

// countOpeners are the words that may stand before the number of a count
// that is a clause's subject: "at least six people are", "more than 2,300
// were", "not less than 14 persons".
var countOpeners = setOf(`at least more than less fewer over about around nearly almost some
roughly up to not no`)

// opensCount reports whether tokens start with a count — a number after at
// most three words such as "at least" or "more than" — followed within
// four words by a verb.
func opensCount(toks []news.Token) bool {
	num := -1
	for i := 0; i < len(toks) && i <= 3; i++ {
		n := toks[i].Norm
		if _, ok := numberValue(n); ok {
			if _, mul := multipliers[n]; !mul {
				num = i
				break
			}
		}
		if !countOpeners[n] {
			return false
		}
	}
	if num < 0 {
		return false
	}
	for i := num + 1; i < len(toks) && i <= num+4; i++ {
		if isVerbLike(toks[i].Norm) {
			return true
		}
	}
	return false
}

// hasVerb reports whether tokens hold a verb-like word.
func hasVerb(toks []news.Token) bool {
	for _, t := range toks {
		if isVerbLike(t.Norm) {
			return true
		}
	}
	return false
}

// isVerbLike is the cheap verb test clauses use: an auxiliary or reporting
// verb, or a word in -ed.
func isVerbLike(n string) bool {
	return verbLike[n] || (len(n) > 4 && strings.HasSuffix(n, "ed"))
}

// embeddedPosts returns the spans of a's text that are embedded posts: the
// line before each embedded post's byline, which cleaning removed ("— Name
// (@handle) March 3, 2020") and whose place it recorded. Two outlets that
// embed one tweet carry its author's words, one origin, not two reports.
func embeddedPosts(a *news.Article) [][2]int {
	var out [][2]int
	for _, r := range a.Boilerplate {
		if r.Reason != textproc.ReasonEmbed || r.At <= 0 || r.At > len(a.Text) {
			continue
		}
		start := strings.LastIndexByte(a.Text[:r.At], '\n') + 1
		out = append(out, [2]int{start, r.At})
	}
	return out
}

func within(spans [][2]int, start, end int) bool {
	for _, s := range spans {
		if start >= s[0] && end <= s[1] {
			return true
		}
	}
	return false
}
