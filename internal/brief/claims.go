package brief

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The claim lists are capped: the brief is read before the claims table,
// which has them all.
const (
	maxCorroborated = 8
	maxSingleSource = 6
)

// writeClaims writes the corroborated and the single-source claims of
// kind fact, each list capped, and one line counting the commentary and
// filler statements left out of both.
func writeClaims(b *strings.Builder, claims []Claim, arts map[string]*news.Article, cites func([]string) string) {
	var corroborated, single, apart []Claim
	for _, c := range claims {
		if strings.TrimSpace(c.Text) == "" || len(c.Articles) == 0 {
			continue
		}
		switch {
		case !isFact(c):
			apart = append(apart, c)
		case c.SingleSource || c.Origins <= 1:
			single = append(single, c)
		default:
			corroborated = append(corroborated, c)
		}
	}
	quiet := map[string]bool{}
	for _, c := range claims {
		if noComment(c.Text) {
			quiet[c.Text] = true
		}
	}
	sort.SliceStable(corroborated, func(i, j int) bool {
		x, y := corroborated[i], corroborated[j]
		if quiet[x.Text] != quiet[y.Text] {
			return quiet[y.Text]
		}
		if x.Origins != y.Origins {
			return x.Origins > y.Origins
		}
		if len(x.Articles) != len(y.Articles) {
			return len(x.Articles) > len(y.Articles)
		}
		return x.Text < y.Text
	})
	if len(corroborated) == 0 && len(single) > 0 && len(arts) > 1 {
		// Saying so is the finding: five outlets retelling one report
		// look like confirmation until a reader is told otherwise.
		b.WriteString("\n## What is corroborated\n\nNothing: every factual claim traces back to a single origin, however many outlets repeat it.\n")
	}
	writeClaimList(b, "What is corroborated", "corroborated", corroborated, maxCorroborated, arts, cites)

	// A single-source claim earns its place by what it pins down: numbers
	// and names can be checked, a stray quote fragment cannot.
	spec := make(map[string]int, len(single))
	for _, c := range single {
		spec[c.Text] = specificity(c.Text)
	}
	sort.SliceStable(single, func(i, j int) bool {
		x, y := single[i], single[j]
		if quiet[x.Text] != quiet[y.Text] {
			return quiet[y.Text]
		}
		if spec[x.Text] != spec[y.Text] {
			return spec[x.Text] > spec[y.Text]
		}
		if len(x.Articles) != len(y.Articles) {
			return len(x.Articles) > len(y.Articles)
		}
		return x.Text < y.Text
	})
	writeClaimList(b, "Single-source", "single-source", single, maxSingleSource, arts, cites)

	if len(apart) > 0 {
		var ids []string
		for _, c := range apart {
			ids = append(ids, c.Articles...)
		}
		fmt.Fprintf(b, "\nCommentary and filler kept apart: %s %s.\n", plural(len(apart), "statement"), cites(ids))
	}
}

// noComment reports a statement that someone would not or could not
// comment ("WeWork declined to comment.", "did not respond to a request for
// comment"): every outlet that asked writes one, so it tops the list of
// corroborated claims while saying nothing about the story. Such claims go
// last in their list.
func noComment(text string) bool {
	return noCommentRE.MatchString(text)
}

var noCommentRE = regexp.MustCompile(`(?i)\b(?:declined|refused|did not (?:immediately )?(?:want|wish)) to (?:comment|elaborate|be interviewed)|(?:did not|didn['’]t|could not|couldn['’]t) (?:immediately )?(?:respond|reply|return)[^.]{0,40}\b(?:comment|calls?|messages?|emails?|requests?)|could not be reached for comment|(?:had )?no (?:immediate )?comment|n['’]a pas (?:souhaité|voulu) (?:commenter|réagir)|declinó (?:hacer )?comentar|wollte sich (?:zunächst )?nicht (?:dazu )?äußern|отказал(?:ся|ась|ись) от комментариев`)

// isFact reports whether c belongs in the claim lists: the claim package
// marks the writer's own voice "commentary" and inserts about another
// event "filler".
func isFact(c Claim) bool {
	switch strings.ToLower(strings.TrimSpace(c.Kind)) {
	case "commentary", "filler":
		return false
	}
	return true
}

// writeClaimList writes at most limit claims of cs, already in order, under
// heading, and a line counting the rest.
func writeClaimList(b *strings.Builder, heading, what string, cs []Claim, limit int, arts map[string]*news.Article, cites func([]string) string) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n", heading)
	for _, c := range cs[:min(limit, len(cs))] {
		outlets := map[string]bool{}
		for _, id := range c.Articles {
			if a := arts[id]; a != nil {
				outlets[outletOf(a)] = true
			} else {
				outlets[id] = true
			}
		}
		origins := max(c.Origins, 1)
		word := "independent origins"
		if origins == 1 {
			word = "independent origin"
		}
		fmt.Fprintf(b, "- %s (%d %s; %s) %s\n", escape(oneLine(c.Text)), origins, word, plural(len(outlets), "outlet"), cites(c.Articles))
	}
	if rest := len(cs) - limit; rest > 0 {
		fmt.Fprintf(b, "- … and %d more %s %s (see the claims table).\n", rest, what, pluralWord(rest, "claim"))
	}
}

// numberWords are spelled-out numbers, which pin a claim down as digits do
// ("Fourteen people have died"). Read-only.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true,
	"fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "hundred": true, "hundreds": true, "thousand": true,
	"thousands": true, "million": true, "millions": true, "billion": true, "dozen": true, "dozens": true,
}

// specificity counts the distinct numbers and names in text: words with a
// digit, spelled-out numbers, and capitalised words that do not merely
// start a sentence or a quotation. It is a cheap stand-in for "how much
// this claim pins down", written by hand because only this ranking needs
// it; the entity package's mentions are not carried by Claim.
func specificity(text string) int {
	seen := map[string]bool{}
	words := strings.Fields(text)
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core == "" {
			continue
		}
		lower := strings.ToLower(core)
		switch {
		case strings.IndexFunc(core, unicode.IsDigit) >= 0 || numberWords[lower]:
			seen[lower] = true
		case unicode.IsUpper([]rune(core)[0]) && core != "I" && !startsClause(words, i):
			seen[lower] = true
		}
	}
	return len(seen)
}

// startsClause reports whether words[i] opens the sentence or a quotation,
// where any word is capitalised.
func startsClause(words []string, i int) bool {
	if i == 0 || strings.ContainsAny(words[i][:1], "\"“‘'(") {
		return true
	}
	prev := words[i-1]
	return strings.ContainsAny(prev[len(prev)-1:], ".!?:")
}

// pluralWord is word, with an s when n is not 1.
func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
