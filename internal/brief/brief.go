package brief

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Claim is one statement aligned across a story's articles, as the claim
// package found it. Text is the claim's own sentence as one article says it.
type Claim struct {
	Text         string
	Articles     []string // IDs of the articles that make the claim
	Origins      int      // independent origins behind those articles
	SingleSource bool
	// Kind is "fact", "commentary" (the writer's own voice) or "filler"
	// (about another event); "" counts as "fact".
	Kind string
}

// Value is one of the competing values of a divergence and the articles
// that give it. Context is the aligned wording around the value in the
// first of those articles (claim.Value.Context), shown instead of the
// whole claim when present.
type Value struct {
	Value    string
	Articles []string
	Context  string
}

// Divergence is a point where outlets disagree: Kind (the claim package's
// "number", "date", "name", "role", "quote_attribution" or "meaning"), the
// claim it is about, and the values each group of articles gives.
type Divergence struct {
	Kind   string
	Claim  string
	Values []Value
}

// Input is everything a brief is written from.
type Input struct {
	Title       string
	Articles    []*news.Article
	Claims      []Claim
	Divergences []Divergence
	// Origin is the outlet of the story's original report, e.g. "NBC
	// News"; OriginAbsent says that outlet has no article in the corpus
	// and is known only from other articles' attributions.
	Origin       string
	OriginAbsent bool
	// Capped lists the articles whose claims were read from their first
	// CappedAt statements only (see claim.MaxStatements).
	Capped   []string
	CappedAt int
}

// Write returns the Markdown brief of one story: a header with counts and
// the original report, a short cited summary, the corroborated and the
// single-source claims (capped, commentary and filler kept apart), the
// divergences and a timeline. Every line that states something cites the
// articles that say it through cite, which maps an article ID to a short
// label such as "[2]". Sentences are the articles' own (summary, claims,
// date contexts; the summary's only drop wire datelines and a leading
// "But" or "Meanwhile,") or fixed templates filled with counts, names and
// dates taken from the input, so the brief says nothing no article says.
// The output depends only on the input: sections and items are sorted
// with explicit tie-breaks.
func Write(in Input, cite func(articleID string) string) string {
	arts := map[string]*news.Article{}
	for _, a := range in.Articles {
		if a != nil {
			arts[a.ID] = a
		}
	}
	cites := func(ids []string) string {
		var b strings.Builder
		for _, id := range sortedIDs(ids, cite) {
			b.WriteString(cite(id))
		}
		return b.String()
	}
	var b strings.Builder
	title := in.Title
	if title == "" {
		title = "Story brief"
	}
	fmt.Fprintf(&b, "# %s\n\n", escape(oneLine(title)))
	writeHeader(&b, in, len(arts))
	if len(in.Capped) > 0 {
		fmt.Fprintf(&b, "\nClaims were read from the first %d statements only of %s, longer than any news article.\n", in.CappedAt, cites(in.Capped))
	}
	writeLead(&b, in.Articles, in.Claims, cites)
	writeClaims(&b, in.Claims, arts, cites)
	writeDivergences(&b, in.Divergences, cites)
	writeTimeline(&b, in.Articles, cite, cites)
	return b.String()
}

// writeHeader writes the counts line and the original report.
func writeHeader(b *strings.Builder, in Input, narts int) {
	outlets := map[string]bool{}
	for _, a := range in.Articles {
		if a != nil {
			outlets[outletOf(a)] = true
		}
	}
	fmt.Fprintf(b, "%s, %s.", plural(narts, "article"), plural(len(outlets), "outlet"))
	if origin := escape(oneLine(in.Origin)); origin != "" {
		if in.OriginAbsent {
			fmt.Fprintf(b, " Original report: %s (not in the corpus; known from attributions).", origin)
		} else {
			fmt.Fprintf(b, " Original report: %s.", origin)
		}
	}
	b.WriteString("\n")
}

func outletOf(a *news.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return a.ID
}

// sortedIDs orders article IDs by their citation label (numerically when
// the labels are like "[12]"), dropping duplicates.
func sortedIDs(ids []string, cite func(string) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	key := func(id string) (int, string) {
		l := cite(id)
		n := 0
		digits := false
		for _, r := range l {
			if r >= '0' && r <= '9' {
				n = n*10 + int(r-'0')
				digits = true
			}
		}
		if !digits {
			n = 1 << 30
		}
		return n, l
	}
	sort.SliceStable(out, func(i, j int) bool {
		ni, li := key(out[i])
		nj, lj := key(out[j])
		if ni != nj {
			return ni < nj
		}
		if li != lj {
			return li < lj
		}
		return out[i] < out[j]
	})
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// oneLine collapses runs of white space, line breaks included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escape keeps article text from being read as Markdown markup or as
// citation brackets.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", `\<`)

func escape(s string) string { return mdEscaper.Replace(s) }
