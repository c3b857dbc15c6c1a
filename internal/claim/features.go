package claim

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// dateSpan is a date expression found in a run of tokens: token indices
// [i, j), a key that is equal for equal dates ("6-24", "month-4", "thursday")
// and the month it names (0 when none).
type dateSpan struct {
	i, j  int
	key   string
	month int
}

// monthOnly prefixes the key of a date that names only a month.
const monthOnly = "month-"

// findDates finds month-day, day-month, month, weekday and ISO dates.
func findDates(text string, toks []news.Token) []dateSpan {
	var out []dateSpan
	day := func(k int) (int, bool) {
		if k < 0 || k >= len(toks) {
			return 0, false
		}
		v, ok := numberValue(toks[k].Norm)
		if !ok || !isDigitStart(toks[k].Norm) || v < 1 || v > 31 || v != math.Trunc(v) {
			return 0, false
		}
		return int(v), true
	}
	for i := 0; i < len(toks); i++ {
		n := toks[i].Norm
		if m, ok := months[n]; ok {
			if n == "may" && !isCapitalised(text, toks[i]) {
				continue // the verb, not the month
			}
			if d, ok := day(i + 1); ok {
				out = append(out, dateSpan{i, i + 2, itoa(m) + "-" + itoa(d), m})
				i++
				continue
			}
			if d, ok := day(i - 1); ok && (len(out) == 0 || out[len(out)-1].j <= i-1) {
				out = append(out, dateSpan{i - 1, i + 1, itoa(m) + "-" + itoa(d), m})
				continue
			}
			out = append(out, dateSpan{i, i + 1, monthOnly + itoa(m), m})
			continue
		}
		if weekdays[n] {
			out = append(out, dateSpan{i, i + 1, n, 0})
			continue
		}
		// ISO 2023-06-24 comes out of word segmentation as three numbers
		// joined by hyphens.
		if len(n) == 4 && isDigitStart(n) && i+2 < len(toks) &&
			text[toks[i].End:toks[i+1].Start] == "-" && text[toks[i+1].End:toks[i+2].Start] == "-" {
			m, ok1 := numberValue(toks[i+1].Norm)
			d, ok2 := numberValue(toks[i+2].Norm)
			if ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				out = append(out, dateSpan{i, i + 3, itoa(int(m)) + "-" + itoa(int(d)), int(m)})
				i += 2
			}
		}
	}
	return out
}

func isDateWord(norm string) bool {
	_, m := months[norm]
	return m || weekdays[norm]
}

// percentTerm is the term of "percent", "per cent" and "%".
var percentTerm = canon("percent", "percent")

func itoa(n int) string { return formatNumber(float64(n)) }

func isCapitalised(text string, t news.Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return unicode.IsUpper(r)
}

// features fills in a statement's term counts, entities, numbers and dates.
// Term counts become TF-IDF weights later, once the story's document
// frequencies are known.
func features(d *doc, s *stmt, names Names) {
	text := d.art.Text
	s.terms = make(map[string]float64)
	s.nameTerms = make(map[string]bool)
	s.roleTerms = make(map[string]bool)
	lower := make(map[string]bool)
	for _, t := range s.toks {
		if t.Stop {
			continue
		}
		term := canon(t.Norm, t.Stem)
		s.terms[term]++
		if isRoleWord(t.Norm) {
			s.roleTerms[term] = true
		}
		if isCapitalised(text, t) {
			s.nameTerms[term] = true
		} else {
			lower[term] = true
		}
	}
	// "40%", "40 per cent" and "40 percent" are one word to a reader:
	// the sign is no token, and "cent" alone is another word.
	for i, t := range s.toks {
		switch {
		case isDigitStart(t.Norm) && strings.HasPrefix(strings.TrimLeft(text[t.End:], " \u00a0"), "%"):
			s.terms[percentTerm]++
		case t.Norm == "cent" && i > 0 && s.toks[i-1].Norm == "per":
			s.terms[percentTerm]++
			if c := canon(t.Norm, t.Stem); !t.Stop && s.terms[c] > 0 {
				if s.terms[c]--; s.terms[c] == 0 {
					delete(s.terms, c)
				}
			}
		}
	}
	for term := range lower {
		delete(s.nameTerms, term)
	}
	s.ents = make(map[string]bool)
	s.named = s.ents
	if len(d.art.Mentions) > 0 {
		// Only mentions of a known kind say the statement is about
		// someone or somewhere; an unclassified capitalised phrase
		// ("Track 2 Diplomacy") may be a term of the story itself.
		s.named = make(map[string]bool)
		for _, m := range d.art.Mentions {
			if m.Start < s.start || m.End > s.end {
				continue
			}
			k := entityKey(d.art.ID, m, names)
			s.ents[k] = true
			if m.Kind != "" {
				s.named[k] = true
			}
		}
	} else {
		// Without entity mentions, capitalised words other than the first
		// stand in for names.
		for i, t := range s.toks {
			if i == 0 || t.Stop || isRoleWord(t.Norm) || isDateWord(t.Norm) || !isCapitalised(text, t) {
				continue
			}
			s.ents["c:"+canon(t.Norm, t.Stem)] = true
		}
	}
	s.quoted = quotedTerms(d, s)
	s.slots = make(map[string]bool)
	dates := findDates(text, s.toks)
	inDate := make(map[int]bool)
	for _, ds := range dates {
		s.slots["d:"+ds.key] = true
		if ds.month > 0 {
			s.months = append(s.months, ds.month)
		}
		for k := ds.i; k < ds.j; k++ {
			inDate[k] = true
		}
	}
	for i, t := range s.toks {
		if inDate[i] || !isDigitStart(t.Norm) {
			continue
		}
		if v, ok := numberValue(t.Norm); ok {
			s.slots["n:"+formatNumber(v)] = true
		}
	}
}

// minQuoteTerms is how many distinct terms a statement's quoted words
// need for quotedTerms to count them: "Got her!" is too short to tell
// two quotes apart.
const minQuoteTerms = 3

// quotedTerms returns the terms of a statement's words that stand inside
// quotation marks, nil when they are fewer than minQuoteTerms.
func quotedTerms(d *doc, s *stmt) map[string]bool {
	// The article's quotes are in text order; only those overlapping the
	// statement matter.
	lo := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].end > s.start })
	hi := lo
	for hi < len(d.quotes) && d.quotes[hi].start < s.end {
		hi++
	}
	if lo == hi {
		return nil
	}
	var out map[string]bool
	for _, t := range s.toks {
		if t.Stop {
			continue
		}
		for _, q := range d.quotes[lo:hi] {
			if t.Start >= q.start && t.End <= q.end {
				if out == nil {
					out = make(map[string]bool)
				}
				out[canon(t.Norm, t.Stem)] = true
				break
			}
		}
	}
	if len(out) < minQuoteTerms {
		return nil
	}
	return out
}

// entityKey names the entity a mention belongs to: the resolved entity
// when names knows it, else the folded mention text.
func entityKey(articleID string, m news.Mention, names Names) string {
	if names != nil {
		if id, ok := names.Lookup(articleID, m.Start); ok {
			return "e:" + id
		}
	}
	return "m:" + fold(strings.TrimSpace(m.Text))
}

// weigh turns term counts into unit-length TF-IDF vectors, with document
// frequencies counted over the story's statements so that words every
// outlet repeats (the main names) weigh less than the words that tell
// statements apart.
func weigh(stmts []*stmt) {
	df := make(map[string]int)
	for _, s := range stmts {
		for t := range s.terms {
			df[t]++
		}
	}
	n := float64(len(stmts))
	for _, s := range stmts {
		var norm float64
		// In a fixed order: the norm is a sum of floats, and a sum in map
		// order differed in its last bit from run to run, enough to move a
		// score across a rounding boundary and change the claims.
		for _, t := range slices.Sorted(maps.Keys(s.terms)) {
			c := s.terms[t]
			w := (1 + math.Log(c)) * math.Log(1+n/float64(df[t]))
			s.terms[t] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		for t := range s.terms {
			s.terms[t] /= norm
		}
	}
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func cosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot float64
	for t, w := range a {
		dot += w * b[t]
	}
	return dot
}
