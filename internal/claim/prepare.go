package claim

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/clipperhouse/uax29/v2/words"
	"github.com/crosscheck-news/crosscheck/internal/translit"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// doc is one article as claim reads it: the article's own sentences and
// tokens when textproc filled them in, or a plain English analysis made
// here when it did not (so Extract also works on bare text, e.g. in tests
// and tools that skip textproc).
type doc struct {
	art   *news.Article
	sents []news.Sentence
	toks  []news.Token
	// quotes are the quoted passages of the whole text, with their speakers.
	quotes []quote
}

func newDoc(a *news.Article) *doc {
	d := &doc{art: a, sents: validSentences(a), toks: validTokens(a)}
	if len(d.sents) == 0 && strings.TrimSpace(a.Text) != "" {
		d.sents = splitSentences(a.Text)
	}
	if len(d.toks) == 0 && len(d.sents) > 0 {
		d.toks = tokenize(a.Text, d.sents)
	}
	d.quotes = findQuotes(a.Text)
	return d
}

// validSentences returns the article's sentences that lie inside its text,
// in order; a malformed article must not make Extract panic.
func validSentences(a *news.Article) []news.Sentence {
	out := make([]news.Sentence, 0, len(a.Sentences))
	for _, s := range a.Sentences {
		if s.Start >= 0 && s.Start < s.End && s.End <= len(a.Text) {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// validTokens returns the article's tokens that lie inside its text, in
// order.
func validTokens(a *news.Article) []news.Token {
	out := make([]news.Token, 0, len(a.Tokens))
	for _, t := range a.Tokens {
		if t.Start >= 0 && t.Start < t.End && t.End <= len(a.Text) {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// tokensIn returns the tokens lying inside [start, end).
func (d *doc) tokensIn(start, end int) []news.Token {
	lo := lowerBound(d.toks, start)
	hi := lo
	for hi < len(d.toks) && d.toks[hi].End <= end {
		hi++
	}
	return d.toks[lo:hi]
}

func lowerBound(toks []news.Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// splitSentences is the fallback splitter: a sentence ends at a line break,
// or at . ! ? … (plus closing quotes) followed by space and an upper-case
// letter, digit or opening quote. textproc's splitter is better; this one
// only has to be good enough for text that did not go through it.
func splitSentences(text string) []news.Sentence {
	var out []news.Sentence
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, news.Sentence{Start: s, End: e})
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i)
			start = i + n
			i += n
			continue
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' {
					j += n2
					continue
				}
				break
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k > j && k < len(text) && !(r == '.' && j == i+n && abbreviation(text[:i])) {
				r3, _ := utf8.DecodeRuneInString(text[k:])
				if unicode.IsUpper(r3) || unicode.IsDigit(r3) || r3 == '"' || r3 == '“' || r3 == '‘' || r3 == '(' {
					emit(j)
					start = k
					i = k
					continue
				}
			}
			i = j
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

// abbreviations end with a period that does not end the sentence.
var abbreviations = setOf(`mr mrs ms dr prof st gen sen rep gov lt col capt sgt no vs jr sr
inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec`)

// abbreviation reports whether the word ending before a period is an
// initial ("Robert L. Kreel") or a common abbreviation ("Dr.", "Sept.").
func abbreviation(before string) bool {
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	w := before[i:]
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[strings.ToLower(w)] || strings.Contains(w, ".") // "U.S."
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// tokenize is the fallback tokeniser (UAX #29 words, folded, English
// Snowball stems, a short English stop list).
func tokenize(text string, sents []news.Sentence) []news.Token {
	env := snowballstem.NewEnv("")
	var toks []news.Token
	it := words.FromString(text)
	s := 0
	for it.Next() {
		w := it.Value()
		if !hasAlnum(w) {
			continue
		}
		for s+1 < len(sents) && it.Start() >= sents[s+1].Start {
			s++
		}
		norm := fold(w)
		t := news.Token{Start: it.Start(), End: it.End(), Sentence: s, Norm: norm, Stem: norm}
		if !isDigitStart(norm) {
			env.SetCurrent(norm)
			english.Stem(env)
			t.Stem = env.Current()
			t.Stop = stopWords[norm]
		}
		toks = append(toks, t)
	}
	return toks
}

func fold(w string) string {
	if !isASCII(w) {
		w = strings.ReplaceAll(strings.ReplaceAll(w, "’", "'"), "‘", "'")
		w = translit.Unidecode(w)
	}
	return strings.ToLower(w)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isDigitStart(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// stopWords is the fallback English stop list. Negations are deliberately
// stop words here as in textproc; alignment re-admits them (see newView).
var stopWords = setOf(`a an the and or but if then so of to in on at by for with from as into
onto about over under after before than that this these those there here is are was were be been
being am has have had do does did will would shall should can could may might must it its it's he
she they them their his her him we us our i me my you your who whom which what when where why how
not no nor never also just only very too such some any all each both other another more most same
own up down out off again further once while during until against between through above below
because whether itself themselves himself herself`)

func setOf(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
