package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a segment, with what span building needs to know.
// The tokeniser is hand-written rather than taken from textproc or uax29
// because names need their own rules: "U.S." and "al-Assad" stay one word,
// a possessive "’s" is cut off but remembered, and the gap before each word
// decides whether a capitalised run may continue.
type word struct {
	start, end int    // byte span in Article.Text, possessive excluded
	text       string // Text[start:end]
	key        string // fold(text)
	gap        string // text between the previous word (or segment start) and this one
	cap        bool   // starts with an upper-case letter
	caps       bool   // all letters upper case, at least two
	digit      bool   // holds a digit
	poss       bool   // followed by a possessive 's, which ends a name
	initial    bool   // first word of a sentence, line, quote or after a colon
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text[lo:hi] into words.
func tokenize(text string, lo, hi int) []word {
	var out []word
	prevEnd := lo
	i := lo
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i = scanWord(text, i, hi)
		w := word{start: start, end: i, gap: text[prevEnd:start]}
		prevEnd = i
		// Possessive: "Putin’s", "Putin's".
		for _, suf := range []string{"’s", "'s", "’S", "'S"} {
			if strings.HasSuffix(text[w.start:w.end], suf) && w.end-len(suf) > w.start {
				w.end -= len(suf)
				w.poss = true
				break
			}
		}
		w.text = text[w.start:w.end]
		w.key = fold(w.text)
		w.cap = isUpperStart(w.text) || strings.HasPrefix(w.key, "al ") || strings.HasPrefix(w.key, "el ")
		w.caps = isAllCaps(w.text)
		w.digit = strings.IndexFunc(w.text, unicode.IsDigit) >= 0
		out = append(out, w)
	}
	return out
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, hi int) int {
	start := i
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case isWordRune(r):
			i += n
			continue
		case isApostrophe(r):
			// Inside a word only when a letter follows: "O’Brien", "Putin’s";
			// an elided article ends the word: "dell'Institute", "l'Élysée".
			if nr, _ := utf8.DecodeRuneInString(text[i+n : hi]); i+n < hi && unicode.IsLetter(nr) {
				if unicode.IsUpper(nr) && elisions[strings.ToLower(text[start:i])] {
					return i
				}
				i += n
				continue
			}
		case r == '.':
			// Dotted acronyms: "U.S.", "D.C.", "E.U.".
			if dotted(text[start:i]) {
				rest := text[i+1 : hi]
				nr, nn := utf8.DecodeRuneInString(rest)
				if len(rest) > 0 && unicode.IsUpper(nr) {
					if after, _ := utf8.DecodeRuneInString(rest[nn:]); len(rest) > nn && after == '.' {
						i += 1 + nn
						continue
					}
				}
				if strings.Contains(text[start:i], ".") {
					return i + 1
				}
			}
		case r == '-':
			// Arabic article: "al-Assad", "el-Sisi".
			w := strings.ToLower(text[start:i])
			if w == "al" || w == "el" {
				if nr, _ := utf8.DecodeRuneInString(text[i+1 : hi]); i+1 < hi && unicode.IsUpper(nr) {
					i++
					continue
				}
			}
		}
		break
	}
	return i
}

// dotted reports whether s is upper-case letters separated by dots ("U", "U.S").
func dotted(s string) bool {
	if s == "" {
		return false
	}
	want := true // expecting a letter
	for _, r := range s {
		if want {
			if !unicode.IsUpper(r) {
				return false
			}
		} else if r != '.' {
			return false
		}
		want = !want
	}
	return !want
}

// openers are characters after which the next word starts a clause, so its
// capital letter says nothing about it being a name.
const openers = ":“\"«„‘(['¿¡•*–—>|"

// segments returns the article's sentences further cut at line breaks, as
// word lists with initial positions marked.
func segments(text string, sents [][2]int) [][]word {
	var out [][]word
	for _, s := range sents {
		lo := s[0]
		for lo < s[1] {
			hi := strings.IndexByte(text[lo:s[1]], '\n')
			if hi < 0 {
				hi = s[1]
			} else {
				hi += lo
			}
			if ws := tokenize(text, lo, hi); len(ws) > 0 {
				markInitial(ws)
				out = append(out, ws)
			}
			lo = hi + 1
		}
	}
	return out
}

func markInitial(ws []word) {
	for i := range ws {
		if i == 0 {
			ws[i].initial = true
			continue
		}
		g := ws[i].gap
		if g == "'" || g == "’" {
			continue // after an elision: "dell'Institute"
		}
		if strings.ContainsAny(g, openers) && !strings.HasPrefix(g, "-") || strings.Contains(g, "- ") {
			ws[i].initial = true
			continue
		}
		// A sentence end the splitter missed: ". " after a word that is
		// neither an initial nor an abbreviation.
		if t := strings.TrimSpace(g); t != "" && strings.ContainsAny(t, ".!?…") && strings.Trim(t, ".!?…”\"’)") == "" {
			p := ws[i-1]
			if utf8.RuneCountInString(p.text) > 1 && !abbreviations[p.key] {
				ws[i].initial = true
			}
		}
	}
}

// elisions are the Romance articles and prepositions written onto the next
// word with an apostrophe.
var elisions = wordSet(`l d dell all nell dall sull un qu j n s c quell`)

// abbreviations end with a dot that does not end the sentence.
var abbreviations = wordSet(`mr mrs ms dr prof gen sen rep gov st lt col capt sgt adm jr sr no vs rev hon`)
