package cluster

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/translit"
	"github.com/mozillazg/go-unidecode"
)

// features is what clustering uses of one article.
type features struct {
	terms   vec // 1+log tf of content stems (names down-weighted), title stems boosted; unit length
	anchors vec // language-independent anchors: folded name words and numbers; unit length
	// numbers and skeletons are what links articles in different
	// languages: numbers, and consonant skeletons of name words (of every
	// content word in a script without capitals, where names cannot be
	// told apart); 1+log tf, not yet weighted (see crossVector).
	numbers, skeletons vec
}

func extract(a *news.Article, opt Options) features {
	names := nameSpans(a)
	// Tokens are in text order, so each span's tokens are found by binary
	// search on their starts.
	inName := make([]bool, len(a.Tokens))
	for _, s := range names {
		i, _ := slices.BinarySearchFunc(a.Tokens, s[0], func(t news.Token, start int) int { return t.Start - start })
		for ; i < len(a.Tokens) && a.Tokens[i].End <= s[1]; i++ {
			inName[i] = true
		}
	}
	tf := vec{}
	anchors := vec{}
	numbers, skeletons := vec{}, vec{}
	for i, t := range a.Tokens {
		if t.Stop || t.Stem == "" {
			continue
		}
		if isNumber(t.Norm) {
			// Numbers carry across languages and tell events apart (a death
			// toll, a date); short ones such as list markers do not.
			if n := numberKey(t.Norm); len(n) >= 2 {
				anchors["#"+n]++
				numbers["#"+n]++
			}
			continue
		}
		if !inName[i] && t.Start >= 0 && t.End <= len(a.Text) && t.Start < t.End && translit.Uncased(a.Text[t.Start:t.End]) {
			addSkeleton(skeletons, fold(a.Text[t.Start:t.End]))
		}
		if utf8.RuneCountInString(t.Stem) < 2 {
			continue
		}
		w := 1.0
		if inName[i] {
			// Names say who, not what happened: a follow-up event with the
			// same people must not join the earlier story on names alone.
			w = opt.NameTermWeight
		}
		tf[t.Stem] += w
	}
	for _, s := range names {
		for _, w := range strings.FieldsFunc(fold(a.Text[s[0]:s[1]]), notWordRune) {
			if utf8.RuneCountInString(w) >= 2 {
				anchors[w]++
			}
			addSkeleton(skeletons, w)
		}
	}
	for _, w := range titleStems(a) {
		tf[w] += opt.TitleWeight
	}
	logTF(tf)
	logTF(anchors)
	logTF(numbers)
	logTF(skeletons)
	return features{terms: tf.unit(), anchors: anchors.unit(), numbers: numbers, skeletons: skeletons}
}

func logTF(v vec) {
	for k, x := range v {
		if x > 0 {
			v[k] = 1 + math.Log(1+x) - math.Log(2)
		}
	}
}

// titleStems returns the stems of the article tokens whose norms occur in
// the title: the title has no tokens of its own, and matching it against the
// body's norms reuses the body's stemming.
func titleStems(a *news.Article) []string {
	if a.Title == "" {
		return nil
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(fold(a.Title), notWordRune) {
		words[w] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range a.Tokens {
		if t.Stop || seen[t.Stem] || !words[t.Norm] || isNumber(t.Norm) {
			continue
		}
		seen[t.Stem] = true
		out = append(out, t.Stem)
	}
	return out
}

// nameSpans returns the byte spans of names: the article's mentions when the
// entity stage found any, else runs of capitalised tokens that do not open a
// sentence, a rough stand-in so clustering works on articles without
// mentions.
func nameSpans(a *news.Article) [][2]int {
	var out [][2]int
	if len(a.Mentions) > 0 {
		for _, m := range a.Mentions {
			if m.Start >= 0 && m.End <= len(a.Text) && m.Start < m.End {
				out = append(out, [2]int{m.Start, m.End})
			}
		}
		return out
	}
	prevSentence := -1
	open := false
	for _, t := range a.Tokens {
		first := t.Sentence != prevSentence
		prevSentence = t.Sentence
		if t.Start < 0 || t.End > len(a.Text) || t.Start >= t.End {
			open = false
			continue
		}
		r, _ := utf8.DecodeRuneInString(a.Text[t.Start:])
		if first || t.Stop || !unicode.IsUpper(r) {
			open = false
			continue
		}
		if open && gapIsSpace(a.Text[out[len(out)-1][1]:t.Start]) {
			out[len(out)-1][1] = t.End
			continue
		}
		out = append(out, [2]int{t.Start, t.End})
		open = true
	}
	return out
}

func gapIsSpace(s string) bool {
	return strings.TrimSpace(s) == "" && len(s) <= 2
}

// fold lowercases and transliterates to ASCII, so that names written with
// or without diacritics, or in another script, compare equal more often.
func fold(s string) string {
	return translit.Fold(s)
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return unicode.IsDigit([]rune(s)[0])
}

// numberKey writes a number in ASCII digits without separators, so that
// "7,9" and "7.9", or "2005" in Arabic-Indic digits, compare equal.
func numberKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == ',' {
			return -1
		}
		return r
	}, unidecode.Unidecode(s))
}
