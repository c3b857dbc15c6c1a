package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
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
	months     []int           // months named, for the filler test
	centroid   float64         // similarity to the story's centroid
	commentary bool
	filler     bool
}

// statements splits one article into statements.
func statements(d *doc, di int) []*stmt {
	var out []*stmt
	// A repeated paragraph is one statement said twice, not two.
	seen := make(map[string]bool)
	for si, s := range d.sents {
		for _, c := range clauses(d, s) {
			toks := d.tokensIn(c[0], c[1])
			if contentCount(toks) < minContent {
				continue
			}
			key := normKey(toks)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, &stmt{doc: di, sent: si, start: c[0], end: c[1], toks: toks})
		}
	}
	return out
}

func normKey(toks []news.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Norm)
		b.WriteByte(' ')
	}
	return b.String()
}

func contentCount(toks []news.Token) int {
	n := 0
	for _, t := range toks {
		if !t.Stop {
			n++
		}
	}
	return n
}

// clauses splits a sentence at ";" and at ", and" / ", while" / " while"
// when both halves are statements: enough content words each, and the
// second half opens with a subject and a verb. A noun phrase joined by
// ", and" ("the fate of X, and the search for Y") stays whole, because
// splitting it would separate two halves of one reported fact.
func clauses(d *doc, s news.Sentence) [][2]int {
	text := d.art.Text
	sent := text[s.Start:s.End]
	var cuts [][3]int // left end, right start, kind (0 ";", 1 conjunction)
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
		}
	}
	var out [][2]int
	from := s.Start
	for _, c := range cuts {
		left := d.tokensIn(from, c[0])
		right := d.tokensIn(c[1], s.End)
		if contentCount(left) < minClause || contentCount(right) < minClause {
			continue
		}
		if c[2] == 1 && !opensClause(text, right) {
			continue
		}
		out = append(out, [2]int{from, c[0]})
		from = c[1]
	}
	return append(out, [2]int{from, s.End})
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
