package claim

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxQuote bounds a quoted passage, so that one unbalanced quotation mark
// does not turn the rest of an article into a quote.
const maxQuote = 2000

// speaker is a run of capitalised words, optionally after "the".
const speaker = `((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*|he|she|they)`

const speechVerb = `(?:said|says|added|adds|told|tells|explained|stated|wrote|writes|declared|insisted|warned|recalled|noted)`

var (
	// after a closing mark: ‘,” said X’, ‘,” X said’, ‘,” X told …’.
	speakerAfterRe = regexp.MustCompile(`^[\s,.]*(?:` + speechVerb + `\s+` + speaker + `|` + speaker + `\s+` + speechVerb + `\b)`)
	// before an opening mark: ‘X said: “’, ‘X: “’, ‘According to X, “’.
	// A bare name needs the colon: "Meanwhile, “…" names nobody.
	speakerBeforeRe = regexp.MustCompile(`(?:` + speaker + `\s+` + speechVerb + `(?:\s+[\p{Ll}\s]{0,40})?\s*[:,]|` +
		speaker + `\s*:|[Aa]ccording to\s+` + speaker + `\s*,)\s*$`)
)

// findQuotes finds the quoted passages of a text and, where the text says
// so next to the marks, who spoke them. Curly and guillemet quotes pair by
// shape; straight double quotes pair in turn within a paragraph, and
// the old wire convention of two backticks and two apostrophes likewise.
func findQuotes(text string) []quote {
	var out []quote
	open, mark := -1, 0 // start of the quoted words, width of the opening mark
	var closer rune
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		// Wire copy in the old ASCII convention quotes ``like this''.
		if open < 0 && strings.HasPrefix(text[i:], "``") {
			open, mark, closer = i+2, 2, '`'
			i += 2
			continue
		}
		if open >= 0 && closer == '`' && strings.HasPrefix(text[i:], "''") {
			out = append(out, quote{start: open, end: i, speaker: quoteSpeaker(text, open-mark, i+2)})
			open = -1
			i += 2
			continue
		}
		switch {
		case open < 0 && (r == '“' || r == '«' || r == '"'):
			open, mark = i+n, n
			closer = '"'
			switch r {
			case '“':
				closer = '”'
			case '«':
				closer = '»'
			}
		case open >= 0 && r == closer && closer != '`':
			out = append(out, quote{start: open, end: i, speaker: quoteSpeaker(text, open-mark, i+n)})
			open = -1
		case open >= 0 && r == '\n' && text[min(i+1, len(text)-1)] == '\n' && closer == '`':
			open = -1 // nor do ASCII quotes run across blank lines
		case open >= 0 && r == '\n' && closer == '"':
			open = -1 // straight quotes do not run across paragraphs
		case open >= 0 && i-open > maxQuote:
			open = -1
		}
		i += n
	}
	return out
}

// quoteSpeaker reads the attribution around a quote whose opening mark
// starts at open and whose closing mark ends at after.
func quoteSpeaker(text string, open, after int) string {
	tail := text[after:min(len(text), after+120)]
	if nl := strings.IndexByte(tail, '\n'); nl >= 0 {
		tail = tail[:nl]
	}
	if m := speakerAfterRe.FindStringSubmatch(tail); m != nil {
		return cleanSpeaker(firstNonEmpty(m[1:]))
	}
	head := text[max(0, open-120):max(0, open)]
	if nl := strings.LastIndexByte(head, '\n'); nl >= 0 {
		head = head[nl+1:]
	}
	if m := speakerBeforeRe.FindStringSubmatch(head); m != nil {
		return cleanSpeaker(firstNonEmpty(m[1:]))
	}
	return ""
}

func firstNonEmpty(ss []string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// cleanSpeaker drops pronouns (the speaker is then unknown) and a leading
// "the".
func cleanSpeaker(s string) string {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i":
		return ""
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	return strings.TrimRight(s, ".,")
}

// bare returns text[start:end] with quoted passages blanked out, so that
// what a speaker said is not read as the writer's own voice.
func (d *doc) bare(start, end int) string {
	b := []byte(d.art.Text[start:end])
	for _, q := range d.quotes {
		lo, hi := max(q.start, start), min(q.end, end)
		for k := lo; k < hi; k++ {
			b[k-start] = ' '
		}
	}
	return string(b)
}

// quoteFindings finds the same quoted words attributed to different
// speakers.
func quoteFindings(a, b *view) []finding {
	var fs []finding
	for _, qa := range quotesIn(a) {
		for _, qb := range quotesIn(b) {
			if qa.speaker == "" || qb.speaker == "" || sameSpeaker(qa.speaker, qb.speaker) {
				continue
			}
			if quoteOverlap(a.doc, qa, b.doc, qb) < 0.5 {
				continue
			}
			fs = append(fs, finding{kind: DivQuote,
				a: side{article: a.doc.art.ID, value: qa.speaker, context: quoteContext(a.doc, qa)},
				b: side{article: b.doc.art.ID, value: qb.speaker, context: quoteContext(b.doc, qb)}})
		}
	}
	return fs
}

func quotesIn(v *view) []quote {
	var out []quote
	for _, q := range v.doc.quotes {
		if q.start < v.ref.End && q.end > v.ref.Start {
			out = append(out, q)
		}
	}
	return out
}

func sameSpeaker(x, y string) bool {
	wx, wy := strings.Fields(fold(x)), strings.Fields(fold(y))
	set := make(map[string]bool)
	for _, w := range wx {
		set[nameForm(w)] = true
	}
	for _, w := range wy {
		if set[nameForm(w)] {
			return true // "Lukashenko" and "Alexander Lukashenko"
		}
	}
	return false
}

// quoteOverlap is the Jaccard similarity of two quotes' content words.
func quoteOverlap(da *doc, qa quote, db *doc, qb quote) float64 {
	set := func(d *doc, q quote) map[string]bool {
		m := make(map[string]bool)
		for _, t := range d.tokensIn(q.start, q.end) {
			if !t.Stop {
				m[canon(t.Norm, t.Stem)] = true
			}
		}
		return m
	}
	x, y := set(da, qa), set(db, qb)
	if len(x) < 3 || len(y) < 3 {
		return 0
	}
	return jaccard(x, y)
}

func quoteContext(d *doc, q quote) string {
	s := strings.TrimSpace(d.art.Text[q.start:q.end])
	if len(s) > 200 {
		cut := 200
		for cut > 0 && s[cut] != ' ' {
			cut--
		}
		s = s[:cut] + "…"
	}
	return "“" + s + "” — " + q.speaker
}
