package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Trafilatura keeps some page furniture that sits inside the article
// container: newsletter and share prompts, "Advertisement" markers,
// copyright lines, bare dates, and lists of links to other stories.
// The filters below drop such lines one by one. They look only at the
// line's own wording and at whether the page shows it as a link, never
// at the site, so they carry over to outlets the benchmark never saw.

// maxBoilerWords bounds the lines the phrase filter may drop: furniture is
// short, and a long line that happens to contain "subscribe" is prose.
const maxBoilerWords = 16

// boilerLine matches whole lines that are furniture in any article.
var boilerLine = regexp.MustCompile(`(?i)^(` +
	`advertisements?|advertising|sponsored( content)?|ad|` +
	`(story )?continues? (reading )?below( advertisement)?|continue reading( (below|the main story))?|` +
	`(print|email|share) (this )?(article|story|page)|order reprints|text size|tags?:?|` +
	`(thanks?( you)? for (signing up|subscribing))!?|` +
	`(see|read) (more|also):.*|also on [\w-]+(\.[\w-]+)*\.[a-z]{2,}\b.*|` +
	`(most popular|most read|don'?t miss|recommended|related( (articles|stories|content|coverage|posts))?):?` +
	`)[.!]?$`)

// boilerPhrase matches furniture wherever it occurs in a short line.
var boilerPhrase = regexp.MustCompile(`(?i)` +
	`all rights reserved|^copyright\b|^©|` +
	`\bclick(ing)? here\b|(^|[.!?]\s+)subscribe (to|now)\b|\bnewsletters?$|\byour inbox\b|` +
	`\bshare (it|this)( story| article)? with\b|\berror processing your subscription\b|` +
	`\bfollow us (on|at)\b`)

// dateAnchors are the tokens that make a line of numbers a date: a month
// or a publishing verb. Bare times ("4:14 p.m.") are left alone, as live
// blogs use them as entry headings.
var dateAnchors = fieldSet(`jan january feb february mar march apr april may jun june jul july
	aug august sep sept september oct october nov november dec december updated published posted`)

// dateWords are the other tokens a bare date or time line may hold.
var dateWords = fieldSet(`mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
	am pm a m p at on last modified utc gmt est edt cst cdt pst pdt bst cet cest`)

func fieldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isDateLine reports whether line says nothing but a date or time, such
// as "Updated at 1:23 p.m." or "October 12, 2017".
func isDateLine(line string) bool {
	toks := tokens(line)
	if len(toks) == 0 || len(toks) > 10 {
		return false
	}
	digits, anchor := false, false
	for _, t := range toks {
		switch {
		case isDigits(t):
			digits = true
		case dateAnchors[t]:
			anchor = true
		case !dateWords[t]:
			return false
		}
	}
	return digits && anchor
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isBoilerplate reports whether line is page furniture by its wording.
func isBoilerplate(line string) bool {
	if len(tokens(line)) > maxBoilerWords {
		return false
	}
	return boilerLine.MatchString(strings.TrimSpace(line)) || boilerPhrase.MatchString(line) || isDateLine(line)
}

// linkLines returns the normalised lines of every link on the page, each
// block inside a link on a line of its own: a teaser card wrapped in one
// <a> (headline, then summary) gives two lines, as the body renders it.
func linkLines(doc *html.Node) map[string]bool {
	out := make(map[string]bool)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, l := range strings.Split(render(n), "\n") {
				if t := normLine(l); t != "" {
					out[t] = true
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// normLine is the form lines and link texts are compared in.
func normLine(s string) string {
	return strings.Join(tokens(s), " ")
}

// dropLinkLists removes runs of lines that are each the whole text of a
// link ("more stories" boxes, tag clouds, category menus), and runs of
// teaser cards: a link headline followed by one short line of summary.
// A lone link line inside prose is kept, as it is often a subheading or a
// source, and so are runs of fewer than minRun links (minCards cards).
func dropLinkLists(lines []string, links map[string]bool, minRun int) []string {
	isLink := make([]bool, len(lines))
	for i, l := range lines {
		isLink[i] = links[normLine(l)] && !isURL(l)
	}
	var out []string
	for i := 0; i < len(lines); {
		if !isLink[i] {
			out = append(out, lines[i])
			i++
			continue
		}
		j, nLinks, nSub := i, 0, 0
		for j < len(lines) {
			switch {
			case isLink[j]:
				nLinks++
			case isLink[j-1] && len(tokens(lines[j])) <= maxBoilerWords:
				nSub++ // a card's summary line
			default:
				goto done
			}
			j++
		}
	done:
		if (nSub == 0 && nLinks >= minRun) || (nSub > 0 && nLinks >= max(minRun, minCards)) {
			i = j
			continue
		}
		out = append(out, lines[i:j]...)
		i = j
	}
	return out
}

// isURL reports whether line is a bare web address: a link that shows its
// own address is a cited source, kept even in a row of them.
func isURL(line string) bool {
	l := strings.TrimSpace(line)
	return !strings.ContainsAny(l, " \t") && (strings.Contains(l, "://") || strings.HasPrefix(strings.ToLower(l), "www."))
}

// minCards is the fewest teaser cards that make a list: two could be a
// linked subheading followed by a short paragraph.
const minCards = 3
