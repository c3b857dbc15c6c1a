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
	gapLo      int    // the gap before the word is Text[gapLo:start]
	key        string // fold(Text[start:end])
	gap        gapKind
	cap        bool   // starts with an upper-case letter
	caps       bool   // all letters upper case, at least two
	digit      bool   // holds a digit
	poss       bool   // followed by a possessive 's, which ends a name
	initial    bool   // first word of a sentence, line, quote or after a colon
	single     bool   // one character: an initial
	plain      bool   // key is lowered[start:end]: ASCII letters and digits only
	lx         lexBit // the word lists key is in
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize appends the words of text[lo:hi] to out. lowered is text with
// ASCII letters lower-cased, byte for byte, so that the key of a plain ASCII
// word is a substring of it and costs no allocation.
func tokenize(out []word, text, lowered string, lo, hi int) []word {
	prevEnd := lo
	i := lo
	for i < hi {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:hi]); !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i = scanWord(text, i, hi)
		w := word{start: start, end: i, gapLo: prevEnd, gap: classifyGap(text[prevEnd:start])}
		prevEnd = i
		// Possessive: "Putin’s", "Putin's".
		if n := possessive(text[w.start:w.end]); n > 0 {
			w.end -= n
			w.poss = true
		}
		wt := text[w.start:w.end]
		plain, digit := true, false
		for k := 0; k < len(wt); k++ {
			switch c := wt[k]; {
			case c >= '0' && c <= '9':
				digit = true
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			default:
				plain = false
			}
		}
		if plain {
			w.key = lowered[w.start:w.end]
		} else {
			w.key = fold(wt)
			digit = strings.IndexFunc(wt, unicode.IsDigit) >= 0
		}
		w.plain = plain
		w.digit = digit
		w.single = len(wt) == 1 || utf8.RuneCountInString(wt) == 1
		w.cap = isUpperStart(wt) || !plain && (strings.HasPrefix(w.key, "al ") || strings.HasPrefix(w.key, "el "))
		w.caps = isAllCaps(wt)
		if !digit {
			w.lx = wordBits(w.key, w.cap)
			if !plain && greekStart(wt) {
				w.lx |= greekWords[w.key]
			}
			if w.lx&lxGaz != 0 && !w.caps {
				if e := gazetteer[w.key]; e.Acronym {
					w.lx &^= lxGaz // "Un", "It": not UN, IT
				}
			}
		}
		out = append(out, w)
	}
	return out
}

// greekStart reports whether s begins with a Greek letter.
func greekStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0370 && r <= 0x03ff || r >= 0x1f00 && r <= 0x1fff
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// possessive returns the length of a possessive "'s" ending s, or 0.
func possessive(s string) int {
	if n := len(s); n < 3 || s[n-1] != 's' && s[n-1] != 'S' {
		return 0
	}
	for _, suf := range [...]string{"’s", "'s", "’S", "'S"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return len(suf)
		}
	}
	return 0
}

// lowerASCII returns s with ASCII letters lower-cased and every other byte
// kept, so offsets into it are offsets into s.
func lowerASCII(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, hi int) int {
	start := i
	script := 0 // 1 once a cased letter is seen, 2 an uncased one
	for i < hi {
		if c := text[i]; c < utf8.RuneSelf && isASCIIWord(c) {
			if script == 2 && (c|0x20 >= 'a' && c|0x20 <= 'z') {
				return i // "インストールPC"
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case isWordRune(r):
			if r < 0x0530 && script != 2 {
				// Latin, Greek and Cyrillic (modifier letters such as the
				// Ukrainian ʼ included): the common case, no lookup.
				script = 1
			} else if unicode.IsLetter(r) {
				k := 2
				if r < 0x0530 || cased(r) {
					k = 1
				}
				if script == 0 && i > start {
					script = 1 // ASCII letters came first
					if firstLetter(text[start:i]) == 0 {
						script = k // digits only so far
					}
				}
				if script != 0 && script != k {
					// Japanese and Chinese run Latin names into the
					// words around them ("PCをインストールすると"): a
					// change between cased and uncased script ends the
					// word.
					return i
				}
				script = k
			}
			i += n
			continue
		case isApostrophe(r):
			// Inside a word only when a letter follows: "O’Brien", "Putin’s";
			// an elided article ends the word: "dell'Institute", "l'Élysée",
			// and "l'océan", whose "océan" may begin a name ("océan Indien").
			if nr, _ := utf8.DecodeRuneInString(text[i+n : hi]); i+n < hi && unicode.IsLetter(nr) {
				if elisions[strings.ToLower(text[start:i])] {
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

// cased reports whether r is a letter of a script with capitals.
func cased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) }

// firstLetter returns the first letter of s, or 0 when it has none (a
// word of digits continues into letters of either kind: "2x", "2019年").
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
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
// word lists with initial positions marked. All words share one backing
// array.
// The words are appended to buf[:0] (grown when needed), so a caller may
// lend a buffer from an earlier article; the array used is returned with
// the segments for the caller to keep.
func segments(text, lowered string, sents [][2]int, buf []word) ([][]word, []word) {
	// Words are at most one more than the separators; hyphens and other
	// punctuation split a few more, hence the margin.
	n := strings.Count(text, " ") + strings.Count(text, "\n")
	words := buf[:0]
	if need := n + n/8 + 16; cap(words) < need {
		words = make([]word, 0, need)
	}
	bounds := make([][2]int, 0, 2*len(sents)+4)
	for _, s := range sents {
		lo := s[0]
		for lo < s[1] {
			hi := strings.IndexByte(text[lo:s[1]], '\n')
			if hi < 0 {
				hi = s[1]
			} else {
				hi += lo
			}
			n := len(words)
			if words = tokenize(words, text, lowered, lo, hi); len(words) > n {
				markInitial(text, words[n:])
				// A colon also starts a segment of its own: names never run
				// across one, and "Read also: Shocking Footage Shows Bridge
				// Swaying" must be judged as the headline it ends with.
				for k := n + 1; k < len(words); k++ {
					if words[k].gap&gColon != 0 {
						bounds = append(bounds, [2]int{n, k})
						n = k
					}
				}
				bounds = append(bounds, [2]int{n, len(words)})
			}
			lo = hi + 1
		}
	}
	out := make([][]word, len(bounds))
	for i, b := range bounds {
		out[i] = words[b[0]:b[1]:b[1]]
	}
	return out, words
}

func markInitial(text string, ws []word) {
	for i := range ws {
		if i == 0 {
			ws[i].initial = true
			continue
		}
		if ws[i].gap&gOneSpace != 0 {
			continue
		}
		g := text[ws[i].gapLo:ws[i].start]
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
			if !p.single && !p.is(lxAbbrev) {
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

// gapKind describes the text between two words, worked out once so that
// span building tests bits rather than strings.
type gapKind uint16

const (
	gSpace         gapKind = 1 << iota // only spaces, tabs and no-break spaces
	gOneSpace                          // exactly one space
	gHyphen                            // exactly one hyphen
	gHasHyphen                         // a hyphen somewhere
	gDotSpace                          // a dot, then only spaces: after "J." or "Gen."
	gDotSpaceStart                     // starts with ". "
	gComma                             // a comma, maybe with spaces around
	gColon                             // a colon somewhere
	gElision                           // the apostrophe after an elided article: "d'État"
)

func classifyGap(g string) gapKind {
	if g == " " {
		return gSpace | gOneSpace
	}
	if g == "" {
		return 0
	}
	if g == "'" || g == "’" {
		return gElision
	}
	var k gapKind
	if allSpace(g) {
		k |= gSpace
	}
	switch g {
	case "-", "‐", "‑":
		k |= gHyphen
	}
	if strings.ContainsAny(g, "-‐‑") {
		k |= gHasHyphen
	}
	if g[0] == '.' && len(g) > 1 && allSpace(g[1:]) {
		k |= gDotSpace
	}
	if strings.HasPrefix(g, ". ") {
		k |= gDotSpaceStart
	}
	if strings.TrimSpace(g) == "," {
		k |= gComma
	}
	if strings.IndexByte(g, ':') >= 0 {
		k |= gColon
	}
	return k
}

func allSpace(g string) bool {
	for _, r := range g {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return g != ""
}
