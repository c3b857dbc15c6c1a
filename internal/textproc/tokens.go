package textproc

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
	"github.com/blevesearch/snowballstem/turkish"
	"github.com/clipperhouse/uax29/v2/words"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// stemmers are the Snowball stemmers by ISO 639-1 code.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"ar": arabic.Stem, "da": danish.Stem, "nl": dutch.Stem, "en": english.Stem,
	"fi": finnish.Stem, "fr": french.Stem, "de": german.Stem, "hu": hungarian.Stem,
	"it": italian.Stem, "no": norwegian.Stem, "nb": norwegian.Stem, "pt": portuguese.Stem,
	"ro": romanian.Stem, "ru": russian.Stem, "es": spanish.Stem, "sv": swedish.Stem,
	"tr": turkish.Stem,
}

// Tokenize splits text into words (Unicode UAX #29 word boundaries) and
// returns one Token per word or number with its byte offsets into text.
// Punctuation, symbols and emoji are not tokens. Norm is Fold(word); Stem is
// the Snowball stem for lang, folded, or Norm when lang has no stemmer or the
// token is a number; Stop marks lang's stop words. Token.Sentence is left 0:
// Analyze, which knows the sentences, sets it.
func Tokenize(text string, lang string) []news.Token {
	tz := tokenizers.Get().(*tokenizer)
	defer tokenizers.Put(tz)
	return tz.tokenize(text, lang)
}

// tokenizers lends each Tokenize call a tokenizer whose word cache is warm
// from earlier articles: ingestion tokenises every article, and the same few
// thousand words make up most of them. The cache only remembers what pure
// functions (Fold, the stemmers, the stop lists) return, so no result
// depends on which tokenizer a call gets.
var tokenizers = sync.Pool{New: func() any { return newTokenizer(maxCachedWords) }}

// maxCachedWords bounds a tokenizer's cache (about 2 MB): past it the cache
// starts again empty, which keeps memory flat on a vocabulary that grows
// for ever (names, invented words) at the cost of a few articles' misses.
const maxCachedWords = 1 << 14

// tokenizer tokenises text in one language at a time, remembering what it
// derived from each word form it met.
type tokenizer struct {
	lang  string
	max   int
	words map[string]wordInfo // by surface form
	env   *snowballstem.Env
}

// wordInfo is what Tokenize derives from a (non-number) word form.
type wordInfo struct {
	norm, stem string
	stop       bool
}

func newTokenizer(limit int) *tokenizer {
	return &tokenizer{max: limit, words: make(map[string]wordInfo, 1024), env: snowballstem.NewEnv("")}
}

func (tz *tokenizer) tokenize(text, lang string) []news.Token {
	if lang != tz.lang {
		clear(tz.words)
		tz.lang = lang
	}
	stem := stemmers[lang]
	stops := stopSets[lang]
	// News prose averages a word per five to six bytes; running short
	// would copy the whole slice, running over costs little.
	toks := make([]news.Token, 0, len(text)/5+8)
	// UAX #29 always breaks at a line feed, so lines can be segmented one
	// by one, and most lines are ASCII, where the rules reduce to a few
	// byte tests (asciiWordEnd): those skip the general segmenter.
	for lo := 0; lo < len(text); {
		hi := strings.IndexByte(text[lo:], '\n')
		if hi < 0 {
			hi = len(text)
		} else {
			hi += lo
		}
		if line := text[lo:hi]; isASCII(line) {
			for i := 0; i < len(line); {
				if !isASCIIWordByte(line[i]) {
					i++
					continue
				}
				end := asciiWordEnd(line, i)
				toks = tz.add(toks, text, lo+i, lo+end, stem, stops)
				i = end
			}
		} else {
			it := words.FromString(line)
			for it.Next() {
				toks = tz.add(toks, text, lo+it.Start(), lo+it.End(), stem, stops)
			}
		}
		lo = hi + 1
	}
	return toks
}

// add appends the token for the segment text[start:end], if it is a word
// or number.
func (tz *tokenizer) add(toks []news.Token, text string, start, end int, stem func(*snowballstem.Env) bool, stops map[string]bool) []news.Token {
	w := text[start:end]
	num, ok := wordKind(w)
	if !ok {
		return toks
	}
	t := news.Token{Start: start, End: end}
	if num {
		// Numbers are not cached: they vary too much to repeat.
		t.Norm = Fold(w)
		t.Stem = t.Norm
		return append(toks, t)
	}
	info, seen := tz.words[w]
	if !seen {
		info = tz.derive(w, stem, stops)
		if len(tz.words) >= tz.max {
			clear(tz.words)
		}
		// The key is copied so that the cache never keeps an article's
		// text alive.
		tz.words[strings.Clone(w)] = info
	}
	t.Norm, t.Stem, t.Stop = info.norm, info.stem, info.stop
	return append(toks, t)
}

// isASCIIWordByte reports the ASCII letters, digits and the underscore
// (UAX #29 ALetter, Numeric, ExtendNumLet), which always join each other.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }

// asciiWordEnd returns the end of the UAX #29 word segment starting at s[i]
// (a word byte) in ASCII text s without line breaks. Past the runs of word
// bytes, one punctuation byte joins two letters (rules WB6 and WB7: ':',
// '.', '\”) or two digits (WB11 and WB12: ',', ';', '.', '\”); every
// other byte ends the segment. TestASCIIWordsMatchUAX29 holds it to the
// general segmenter.
func asciiWordEnd(s string, i int) int {
	for {
		for i < len(s) && isASCIIWordByte(s[i]) {
			i++
		}
		if i+1 >= len(s) {
			return i
		}
		prev, mid, next := s[i-1], s[i], s[i+1]
		switch {
		case isASCIILetter(prev) && isASCIILetter(next) && (mid == ':' || mid == '.' || mid == '\''):
		case isASCIIDigit(prev) && isASCIIDigit(next) && (mid == ',' || mid == ';' || mid == '.' || mid == '\''):
		default:
			return i
		}
		i++
	}
}

// derive computes the forms of word w.
func (tz *tokenizer) derive(w string, stem func(*snowballstem.Env) bool, stops map[string]bool) wordInfo {
	// Norm must not share memory with w (a substring of the text), since
	// it outlives the article in the cache.
	norm := Fold(w)
	if norm == w {
		norm = strings.Clone(w)
	}
	info := wordInfo{norm: norm, stem: norm, stop: stops[norm]}
	if stem == nil || info.stop {
		// Stop words' stems are never compared (Article.Stems skips
		// them), so they keep Norm and cost no stemming.
		return info
	}
	// Stem the lower-cased form with its diacritics: the stemmers' suffix
	// rules are written for them (French é, Russian й), and folding the
	// stem afterwards still lets spellings with and without accents meet.
	// For ASCII words that form is Norm itself.
	lower := norm
	if !isASCII(w) {
		lower = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	}
	tz.env.SetCurrent(lower)
	stem(tz.env)
	info.stem = Fold(tz.env.Current())
	if info.stem == norm {
		info.stem = norm // one string for both, not two equal ones
	}
	return info
}

// wordKind reports whether the UAX #29 segment w is a token at all (it holds
// a letter or digit) and whether it is a number (starts with a digit).
func wordKind(w string) (num, ok bool) {
	first := true
	for _, r := range w {
		if r < utf8.RuneSelf {
			if '0' <= r && r <= '9' {
				return first, true
			}
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				return false, true
			}
		} else if unicode.IsLetter(r) {
			return false, true
		} else if unicode.IsDigit(r) {
			return first, true
		}
		first = false
	}
	return false, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
