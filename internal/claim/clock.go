package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clockAt is a time of day written in a statement ("7:20", "6h30",
// "8.26am", "12pm", "24:00"), in minutes after midnight. A 12-hour time
// without a.m. or p.m. ("1:40") may be in either half of the day: alt is
// the other reading, -1 when there is none.
type clockAt struct {
	start, end int // bytes in the article's text
	min, alt   int
}

// same reports whether two times can be one: "1:40 p.m." is "13:40" and
// may be "1:40", but "12pm" is not "24:00".
func (x clockAt) same(y clockAt) bool {
	return x.min == y.min || x.alt >= 0 && x.alt == y.min || y.alt >= 0 && y.alt == x.min
}

// dayHalves are the markers of a 12-hour time, lower case, dots kept: the
// English ones and the Greek (π.μ. / μ.μ.) the MultiLing translations use.
var dayHalves = []struct {
	marker string
	pm     bool
}{
	{"a.m.", false}, {"p.m.", true}, {"a.m", false}, {"p.m", true}, {"am", false}, {"pm", true},
	{"π.μ.", false}, {"μ.μ.", true}, {"πμ", false}, {"μμ", true},
}

// clockTimes returns the times of day in text[start:end]. Every language
// writes them its own way ("7:20", "7h20", "7.20am"), and translations
// keep them as figures, so they are read here rather than compared as
// numbers, which they are not: "1:40 p.m." translated as "13:40" is the
// same time. A regular expression cannot say "followed by a.m." without
// consuming it, nor check what precedes a match, hence the scanner.
func clockTimes(text string, start, end int) []clockAt {
	var out []clockAt
	s := text[:end]
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r < '0' || r > '9' || !clockBoundary(s, i) {
			i += w
			continue
		}
		c, next, ok := readClock(s, i)
		if ok {
			out = append(out, c)
		}
		i = next
	}
	return out
}

// clockBoundary reports whether a number may start at i: not inside a word
// or another number ("14.07.2005", "3/7:20"). Arabic and Hebrew write
// "and", "at" and "in" as a letter joined to the next word, figures
// included ("و09:47" is "and 09:47").
func clockBoundary(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.In(r, unicode.Arabic, unicode.Hebrew) {
		return true
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".,:/", r)
}

// inBrackets reports whether text[i] is inside a bracket opened after
// start: "11:39 local time (14:39 UTC)" gives the time again in another
// zone.
func inBrackets(text string, start, i int) bool {
	depth := 0
	for _, c := range []byte(text[start:i]) {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		}
	}
	return depth > 0
}

// readClock reads a time of day starting at the digit at i and returns it
// and where scanning resumes. An hour alone or with a dot ("12pm",
// "8.26am") needs a.m. or p.m.; "7:20" and "6h30" need none.
func readClock(s string, i int) (clockAt, int, bool) {
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j-i > 2 {
		return clockAt{}, j, false
	}
	h := atoi(s[i:j])
	padded := j-i == 2 && s[i] == '0'
	m, sep, k := 0, byte(0), j
	if j < len(s) && strings.IndexByte(":hH.", s[j]) >= 0 && twoDigits(s, j+1) {
		sep, m, k = s[j], atoi(s[j+1:j+3]), j+3
		// Seconds ("20:36:08") belong to the time.
		if sep == ':' && k < len(s) && s[k] == ':' && twoDigits(s, k+1) {
			k += 3
		}
	}
	// A time is not part of a longer figure ("7:205", "6h30m" is a duration).
	if r, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsDigit(r) || sep != 0 && sep != '.' && unicode.IsLetter(r) && !startsDayHalf(s[k:]) {
		return clockAt{}, k, false
	}
	half, end := dayHalf(s, k)
	switch {
	case m > 59:
		return clockAt{}, k, false
	case half != 0:
		if h < 1 || h > 12 {
			return clockAt{}, end, false
		}
		mins := h%12*60 + m
		if half > 0 {
			mins += 12 * 60
		}
		return clockAt{start: i, end: end, min: mins, alt: -1}, end, true
	case sep == 0 || sep == '.':
		return clockAt{}, k, false // a count, or a decimal ("8.26")
	case h > 24 || h == 24 && m > 0:
		return clockAt{}, k, false
	case h == 24:
		return clockAt{start: i, end: k, min: 0, alt: -1}, k, true
	case h == 0 || h > 12 || padded:
		return clockAt{start: i, end: k, min: h*60 + m, alt: -1}, k, true
	default:
		return clockAt{start: i, end: k, min: h*60 + m, alt: (h+12)%24*60 + m}, k, true
	}
}

// dayHalf reads an a.m. or p.m. marker at k, after at most one space: -1
// for a.m., 1 for p.m., 0 for none, and the end of the marker.
func dayHalf(s string, k int) (int, int) {
	at := k
	if at < len(s) && s[at] == ' ' {
		at++
	}
	rest := strings.ToLower(s[at:min(len(s), at+12)])
	for _, d := range dayHalves {
		if !strings.HasPrefix(rest, d.marker) {
			continue
		}
		end := at + len(d.marker)
		if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) {
			continue // "am" in "among"
		}
		if d.pm {
			return 1, end
		}
		return -1, end
	}
	return 0, k
}

func startsDayHalf(s string) bool {
	h, _ := dayHalf(s, 0)
	return h != 0
}

func twoDigits(s string, i int) bool {
	return i+2 <= len(s) && s[i] >= '0' && s[i] <= '9' && s[i+1] >= '0' && s[i+1] <= '9'
}

func atoi(d string) int {
	n := 0
	for _, c := range []byte(d) {
		n = n*10 + int(c-'0')
	}
	return n
}
