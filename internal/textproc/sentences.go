package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The splitter is rule-based rather than neurosnap/sentences (Punkt): Punkt
// ships English training only, while crosscheck reads text in many
// languages and machine translations of it; rules on punctuation, letter
// case and a short abbreviation list work the same for all of them,
// keep exact byte offsets by construction, treat line breaks as the
// paragraph breaks they are in extracted text, and run in one pass with no
// allocation beyond the result.

// titleAbbrevs precede a name, so a period after them never ends a
// sentence ("Mr. Smith", "Gen. Milley", "Sra. López").
var titleAbbrevs = setOf(`mr mrs ms messrs dr prof gen sen rep gov lt col capt cpt sgt maj
	adm cmdr cdr brig pres supt insp rev hon fr sr sra srta dña dra ing avv dott
	sig sigg mme mlle mgr hr hrn st ste pfc amb atty`)

// otherAbbrevs usually do not end a sentence but can ("… of Acme Inc. The
// firm"), so a period after them ends one only before a capitalised
// function word.
var otherAbbrevs = setOf(`jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
	thu thur thurs fri sat sun inc corp ltd co llc plc bros jr vs etc no nos nr vol
	fig approx dept est ave blvd rd univ cf al ca op pp p tel ed eds art abs min max
	bzw ggf usw evtl vgl ecc pág núm cit ibid`)

func setOf(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// Sentences splits text into sentences and returns their byte spans, in
// order, without surrounding white space. A line break ends a sentence
// (extracted text puts paragraphs, headings and list items on lines of
// their own) unless the next line starts in lower case after a line that
// does not end in punctuation, which is hard-wrapped prose. Within a line,
// '.', '!', '?', '…' and their CJK, Arabic and Devanagari counterparts end
// a sentence, with closing quotes and brackets kept inside it, unless the
// next word starts in lower case, the period follows an initial ("J.
// Smith"), a title ("Dr.") or another abbreviation ("U.S.", "a.m.", "Jan.")
// not followed by a capitalised function word of lang (or of English).
func Sentences(text string, lang string) []news.Sentence {
	wrapped := isHardWrapped(text)
	out := make([]news.Sentence, 0, len(text)/100+1)
	start := -1 // start of the sentence being read, -1 between sentences
	emit := func(end int) {
		end = start + len(strings.TrimRightFunc(text[start:end], isSpace))
		if end > start {
			out = append(out, news.Sentence{Start: start, End: end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if start >= 0 && !(wrapped && !blankLineAt(text, i+1)) && !softWrap(text, start, i) {
				emit(i)
			}
			i += size
		case isSpace(r):
			i += size
		case isTerminator(r):
			if start < 0 {
				start = i
			}
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isTerminator(r2) && !isCloser(r2) {
					break
				}
				j += s2
			}
			if endsSentence(text, start, i, j, r, lang, wrapped) {
				emit(j)
			}
			i = j
		default:
			if start < 0 {
				start = i
			}
			i += size
		}
	}
	if start >= 0 {
		emit(len(text))
	}
	return out
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '؟', '।', '॥', '｡':
		return true
	}
	return false
}

// isWideTerminator reports terminators of scripts written without spaces
// between sentences.
func isWideTerminator(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '｡'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '‘', '„', '«', '‹', '(', '[', '{', '「', '『', '（', '¿', '¡', '-', '–', '—':
		return true
	}
	return false
}

// blankLineAt reports whether the line starting at text[i] is blank or
// the text ends there: a paragraph break even in hard-wrapped text.
func blankLineAt(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			return true
		}
		if !isSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// isHardWrapped reports text broken into lines of a fixed width, like
// wire copy and mail archives (DUC 2004): most lines run close to the
// longest, which is short, and most line breaks fall inside a sentence.
// There only blank lines are paragraph breaks. Extracted web text, with
// one paragraph per line, has long lines that end in punctuation.
func isHardWrapped(text string) bool {
	var lines, long, joined, open, maxLen int
	prevOpen, prevLine := false, false
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimFunc(line, isSpace)
		if line == "" {
			prevLine = false
			continue
		}
		n := utf8.RuneCountInString(line)
		if n > 120 {
			return false
		}
		if prevLine {
			joined++
			if prevOpen {
				open++
			}
		}
		last, _ := utf8.DecodeLastRuneInString(line)
		prevOpen = !isTerminator(last) && !isCloser(last) && last != ':'
		prevLine = true
		lines++
		maxLen = max(maxLen, n)
		if n >= 40 {
			long++
		}
	}
	return joined >= 3 && 2*open >= joined && 10*long >= 6*lines && maxLen <= 120
}

// softWrap reports whether the line break at nl continues the sentence
// begun at start: the line so far does not end in punctuation and the next
// line starts with a lower-case letter.
func softWrap(text string, start, nl int) bool {
	prev := strings.TrimRightFunc(text[start:nl], isSpace)
	if prev == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if isTerminator(last) || isCloser(last) || last == ':' || last == ';' {
		return false
	}
	for i := nl + 1; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			return false
		}
		if !isSpace(r) {
			return unicode.IsLower(r)
		}
		i += size
	}
	return false
}

// endsSentence decides whether the terminator run text[term:after], whose
// first rune is r, ends the sentence that began at start.
func endsSentence(text string, start, term, after int, r rune, lang string, wrapped bool) bool {
	if after >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[after:])
	if !isSpace(next) {
		// "3.5", "msn.com", "U.S.A" — a sentence end needs a space after
		// it, except in scripts that use none.
		return isWideTerminator(r)
	}
	// Look at the first letter of the next word, past spaces and opening
	// quotes; a line break ends the sentence anyway.
	k := after
	for k < len(text) {
		c, size := utf8.DecodeRuneInString(text[k:])
		if c == '\n' && (!wrapped || blankLineAt(text, k+1)) {
			return true
		}
		if !isSpace(c) && !isOpener(c) {
			break
		}
		k += size
	}
	if k >= len(text) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(text[k:])
	if unicode.IsLower(first) {
		return false
	}
	if r != '.' || after-term > 1 && text[term+1] == '.' {
		return true // '!', '?', ellipses: next word is not lower case
	}
	if dottedOrdinals[lang] && ordinalBefore(text, start, term) {
		// A day or an ordinal written with a full stop: "am 10. März",
		// "der 3. Platz" in German, "10. března" in Czech. A function
		// word after it still starts a sentence ("stieg auf 14. Die
		// Polizei …").
		return startsWithFunctionWord(text[k:], lang)
	}
	word := wordBefore(text, start, term)
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	switch {
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(first0(word)):
		// An initial ("J. Smith", "В. Путин") goes on with a name; a
		// capitalised function word after it starts a sentence ("runs on
		// the Xbox One X. So, a little better…").
		return startsWithFunctionWord(text[k:], lang)
	case titleAbbrevs[lw]:
		return false
	case strings.Contains(word, ".") || otherAbbrevs[lw]:
		return startsWithFunctionWord(text[k:], lang)
	}
	return true
}

// ordinalBefore reports whether text[start:term] ends in a number of one
// or two digits standing alone ("am 10", not "3.10" or "B10").
func ordinalBefore(text string, start, term int) bool {
	i := term
	for i > start && term-i < 3 && '0' <= text[i-1] && text[i-1] <= '9' {
		i--
	}
	if i == term || term-i > 2 {
		return false
	}
	if i == start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return isSpace(r) || isOpener(r)
}

// dottedOrdinals are the languages that write an ordinal, and so a day of
// the month, with a full stop after the number.
var dottedOrdinals = map[string]bool{"de": true, "cs": true, "sk": true, "pl": true, "sl": true, "hr": true,
	"hu": true, "fi": true, "da": true, "no": true, "nb": true}

func first0(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// wordBefore returns the letters and inner periods just before text[term],
// not reaching before start: "U.S" for "the U.S.", "Dr" for "Dr.".
func wordBefore(text string, start, term int) string {
	i := term
	for i > start {
		r, size := utf8.DecodeLastRuneInString(text[start:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return strings.Trim(text[i:term], ".")
}

// startsWithFunctionWord reports whether s starts with a word that is a
// stop word of lang or of English, as sentences often do and names do not.
func startsWithFunctionWord(s, lang string) bool {
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		end += size
	}
	if end == 0 {
		return false
	}
	w := Fold(s[:end])
	return IsStop(w, lang) || IsStop(w, "en")
}
