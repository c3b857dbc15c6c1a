package brief

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// article builds an Article with sentence spans from a plain splitter
// (. ! ? before a space or the end), enough for these fictional fixtures.
func article(id, outlet, text string, published time.Time) *news.Article {
	a := &news.Article{ID: id, Outlet: outlet, Text: text, Published: published, Language: "en"}
	start := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ') {
			s := start
			for s < i && text[s] == ' ' {
				s++
			}
			a.Sentences = append(a.Sentences, news.Sentence{Start: s, End: i + 1})
			start = i + 1
		}
	}
	return a
}

// ferryStory is a fictional story: three outlets on a bridge closure.
func ferryStory() Input {
	a1 := article("a1", "Harbor Times",
		"The town council of Marrowby closed the Lindqvist Bridge on Tuesday after inspectors found three cracked cables. "+
			"Mayor Odile Penhaligon said the closure would last at least six weeks. "+
			"The council will vote on an emergency budget on March 13.",
		time.Date(2026, 3, 5, 8, 0, 0, 0, time.UTC))
	a2 := article("a2", "Metro Post",
		"According to the Harbor Times, the Lindqvist Bridge shut on Tuesday. "+
			"Mayor Odile Penhaligon expects the work to take eight weeks. "+
			"The cables were last replaced in April 2019.",
		time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC))
	a3 := article("a3", "Valley Wire",
		"Ferry crews on the Sallow estuary doubled their shifts on Wednesday. "+
			"Captain Ines Varga said the queue at the quay was the longest in eleven years. "+
			"The ferry company expects crowds to ease in the autumn.",
		time.Date(2026, 3, 6, 7, 30, 0, 0, time.UTC))
	return Input{
		Title:    "Marrowby's Lindqvist Bridge closed",
		Articles: []*news.Article{a3, a1, a2},
		Origin:   "Harbor Times",
		Claims: []Claim{
			{Text: "Ferry crews on the Sallow estuary doubled their shifts on Wednesday.", Articles: []string{"a3"}, Origins: 1, SingleSource: true},
			{Text: "The town council of Marrowby closed the Lindqvist Bridge on Tuesday after inspectors found three cracked cables.", Articles: []string{"a2", "a1"}, Origins: 1, SingleSource: true},
			{Text: "The ferry company expects crowds to ease in the autumn.", Articles: []string{"a3"}, Origins: 1},
			{Text: "Traffic over the estuary stopped on Tuesday.", Articles: []string{"a1", "a3"}, Origins: 2},
			{Text: "Captain Ines Varga said the queue at the quay was the longest in eleven years.", Articles: []string{"a3"}, Origins: 1, SingleSource: true, Kind: "commentary"},
		},
		Divergences: []Divergence{
			{Kind: "quote_attribution", Claim: "Mayor Odile Penhaligon said the closure would last at least six weeks.",
				Values: []Value{{Value: "Penhaligon", Articles: []string{"a1"}, Context: "“the closure would last at least six weeks” — Penhaligon"},
					{Value: "the council", Articles: []string{"a2"}, Context: "“the closure would last at least six weeks” — the council"}}},
			{Kind: "number", Claim: "Mayor Odile Penhaligon said the closure would last at least six weeks.",
				Values: []Value{{Value: "eight", Articles: []string{"a2"}, Context: "take eight weeks"}, {Value: "six", Articles: []string{"a1"}, Context: "least six weeks"}}},
			{Kind: "name", Claim: "lone value", Values: []Value{{Value: "x", Articles: []string{"a1"}}}},
		},
	}
}

func citeOf(in Input) func(string) string {
	labels := map[string]string{}
	for i, id := range []string{"a1", "a2", "a3"} {
		labels[id] = "[" + string(rune('1'+i)) + "]"
	}
	return func(id string) string { return labels[id] }
}

func TestWriteGolden(t *testing.T) {
	in := ferryStory()
	got := Write(in, citeOf(in))
	path := filepath.Join("testdata", "ferry.golden.md")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("write %s: %v", path, err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s (run with -update to create it): %v", path, err)
	}
	if got != string(want) {
		t.Errorf("Write(ferry) differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestWriteProperties(t *testing.T) {
	in := ferryStory()
	cite := citeOf(in)
	got := Write(in, cite)
	sections := []string{"\n\n## Summary\n\n", "## What is corroborated", "## Single-source", "Commentary and filler kept apart", "## Where outlets diverge", "## Timeline"}
	last := -1
	for _, s := range sections {
		i := strings.Index(got, s)
		if i < 0 || i < last {
			t.Errorf("Write(ferry): section %q missing or out of order", s)
		}
		last = i
	}
	t.Run("every item cites an article", func(t *testing.T) {
		for _, line := range strings.Split(got, "\n") {
			if strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "- … and ") && !strings.Contains(line, "[1]") && !strings.Contains(line, "[2]") && !strings.Contains(line, "[3]") {
				t.Errorf("Write(ferry) line without a citation: %q", line)
			}
		}
	})
	t.Run("claims by origins", func(t *testing.T) {
		if !strings.Contains(got, "- Traffic over the estuary stopped on Tuesday. (2 independent origins; 2 outlets) [1][3]") {
			t.Errorf("Write(ferry) lacks the corroborated claim with its counts and cites:\n%s", got)
		}
		if !strings.Contains(got, "(1 independent origin; 2 outlets) [1][2]") {
			t.Errorf("Write(ferry) lacks the single-origin claim carried by two outlets:\n%s", got)
		}
	})
	t.Run("divergence needs two values", func(t *testing.T) {
		if strings.Contains(got, "lone value") {
			t.Errorf("Write(ferry) shows a divergence with one value")
		}
		if !strings.Contains(got, "“take **eight** weeks” [2] vs “least **six** weeks” [1]") {
			t.Errorf("Write(ferry) lacks the competing values:\n%s", got)
		}
	})
	t.Run("timeline in order", func(t *testing.T) {
		order := []string{"April 2019", "Tuesday 3 March 2026", "5 March 2026 08:00 UTC", "13 March 2026", "autumn"}
		last := -1
		for _, s := range order {
			i := strings.Index(got, "**"+s+"**")
			if i < 0 || i < last {
				t.Errorf("Write(ferry) timeline: %q missing or out of order:\n%s", s, got)
			}
			last = i
		}
	})
	t.Run("deterministic", func(t *testing.T) {
		if again := Write(ferryStory(), cite); again != got {
			t.Errorf("Write(ferry) changed between two calls")
		}
	})
	t.Run("markup in text is escaped", func(t *testing.T) {
		in := Input{Articles: in.Articles, Claims: []Claim{{Text: "A *bold* [claim]", Articles: []string{"a1"}, Origins: 1}}}
		if out := Write(in, cite); !strings.Contains(out, `A \*bold\* \[claim\]`) {
			t.Errorf("Write(markup) = %q, want the markup escaped", out)
		}
	})
}

func TestWriteEmpty(t *testing.T) {
	got := Write(Input{}, func(string) string { return "[?]" })
	if got != "# Story brief\n\n0 articles, 0 outlets.\n" {
		t.Errorf("Write(empty) = %q", got)
	}
}

func TestWriteCapped(t *testing.T) {
	got := Write(Input{Capped: []string{"b"}, CappedAt: 3000}, func(id string) string { return "[2]" })
	if want := "Claims were read from the first 3000 statements only of [2], longer than any news article."; !strings.Contains(got, want) {
		t.Errorf("Write(capped) = %q, want a line %q", got, want)
	}
}

func TestTimelineUndated(t *testing.T) {
	a := article("u1", "Quay Courier", "Talks resume in September. Autumn. The first meeting took place in April in Pellby.", time.Time{})
	b := article("u2", "Fen Gazette", "Officials expect an agreement by the autumn at the latest. They met on Thursday. Talks broke down in December last year.", time.Time{})
	got := Write(Input{Articles: []*news.Article{a, b}}, func(id string) string { return map[string]string{"u1": "[1]", "u2": "[2]"}[id] })
	want := []string{
		"- **December last year**: Talks broke down in December last year. [2]",
		"- **April**: The first meeting took place in April in Pellby. [1]",
		"- **September**: Talks resume in September. [1]",
		"- **Thursday**: They met on Thursday. [2]",
		"- **autumn**: Officials expect an agreement by the autumn at the latest. [2] (autumn also named by [1])",
	}
	i := strings.Index(got, "## Timeline\n\n")
	if i < 0 {
		t.Fatalf("Write(undated) has no timeline:\n%s", got)
	}
	if lines := strings.TrimSpace(got[i+len("## Timeline\n\n"):]); lines != strings.Join(want, "\n") {
		t.Errorf("Write(undated) timeline =\n%s\nwant\n%s", lines, strings.Join(want, "\n"))
	}
}

// TestTimelineFragmentThenSentence: when an article's own full sentence
// replaces its fragment ("Autumn.") as a date's context, the article is
// the one cited, not also one "also naming" the date.
func TestTimelineFragmentThenSentence(t *testing.T) {
	a := article("u3", "Quay Courier", "Autumn. Both envoys expect a deal before the autumn ends in Pellby.", time.Time{})
	b := article("u2", "Fen Gazette", "Officials expect an agreement by the autumn at the latest.", time.Time{})
	got := Write(Input{Articles: []*news.Article{a, b}}, func(id string) string { return map[string]string{"u3": "[1]", "u2": "[2]"}[id] })
	want := "- **autumn**: Both envoys expect a deal before the autumn ends in Pellby. [1] (autumn also named by [2])\n"
	if !strings.Contains(got, want) {
		t.Errorf("Write timeline =\n%s\nwant a line\n%s", got, want)
	}
}

func TestWriteHeader(t *testing.T) {
	arts := []*news.Article{article("h1", "Pell Courier", "Short.", time.Time{}), article("h2", "Pell Courier", "Short.", time.Time{})}
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{"origin in the corpus", Input{Articles: arts, Origin: "Pell Courier"}, "2 articles, 1 outlet. Original report: Pell Courier.\n"},
		{"origin known from attributions", Input{Articles: arts, Origin: "Harlen Broadcasting", OriginAbsent: true},
			"2 articles, 1 outlet. Original report: Harlen Broadcasting (not in the corpus; known from attributions).\n"},
		{"no origin", Input{Articles: arts, OriginAbsent: true}, "2 articles, 1 outlet.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Write(tc.in, func(string) string { return "[1]" })
			if _, line, _ := strings.Cut(got, "\n\n"); !strings.HasPrefix(line, tc.want) {
				t.Errorf("Write(%s) header = %q, want %q", tc.name, line, tc.want)
			}
		})
	}
}
