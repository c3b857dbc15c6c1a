package server

import (
	"html/template"
	"strings"
	"unicode"
)

// maxDiffWords bounds the word diff: contexts are a sentence or two, and
// the quadratic table of a longer text is not worth its cost.
const maxDiffWords = 400

// wordDiff marks with <mark> the words of a that are not in a longest
// common subsequence with b, comparing words case- and
// punctuation-insensitively. A hand-written LCS keeps this free of a diff
// dependency for a few dozen words.
func wordDiff(a, b string) template.HTML {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > maxDiffWords || len(wb) > maxDiffWords || len(wb) == 0 {
		return template.HTML(template.HTMLEscapeString(a)) //nolint:gosec // escaped
	}
	keep := commonWords(wa, wb)
	var out strings.Builder
	for i, w := range wa {
		if i > 0 {
			out.WriteByte(' ')
		}
		e := template.HTMLEscapeString(w)
		if keep[i] {
			out.WriteString(e)
		} else {
			out.WriteString("<mark>" + e + "</mark>")
		}
	}
	return template.HTML(out.String()) //nolint:gosec // every word is escaped
}

// commonWords reports, for each word of a, whether it is part of a longest
// common subsequence with b.
func commonWords(a, b []string) []bool {
	na, nb := normWords(a), normWords(b)
	// l[i][j] is the LCS length of na[i:] and nb[j:].
	l := make([][]int, len(na)+1)
	for i := range l {
		l[i] = make([]int, len(nb)+1)
	}
	for i := len(na) - 1; i >= 0; i-- {
		for j := len(nb) - 1; j >= 0; j-- {
			if na[i] == nb[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	keep := make([]bool, len(na))
	for i, j := 0, 0; i < len(na) && j < len(nb); {
		switch {
		case na[i] == nb[j]:
			keep[i] = true
			i++
			j++
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	return keep
}

func normWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }))
	}
	return out
}
