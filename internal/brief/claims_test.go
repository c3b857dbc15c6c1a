package brief

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// section returns the lines of the brief between heading and the next
// blank line.
func section(brief, heading string) []string {
	i := strings.Index(brief, "\n## "+heading+"\n\n")
	if i < 0 {
		return nil
	}
	rest := brief[i+len("\n## "+heading+"\n\n"):]
	if j := strings.Index(rest, "\n\n"); j >= 0 {
		rest = rest[:j]
	}
	return strings.Split(strings.TrimRight(rest, "\n"), "\n")
}

func TestWriteClaimCaps(t *testing.T) {
	arts := []*news.Article{
		article("c1", "Pell Courier", "Short.", time.Time{}),
		article("c2", "Oxmere Echo", "Short.", time.Time{}),
	}
	var claims []Claim
	for i := range 11 {
		claims = append(claims, Claim{Text: fmt.Sprintf("Corroborated statement number %02d.", i), Articles: []string{"c1", "c2"}, Origins: 2 + i%3})
	}
	vague := []string{"the rain went on.", "people were worried.", "it was a long night.", "nobody knew what to do.", "the road was busy."}
	for _, v := range vague {
		claims = append(claims, Claim{Text: "Locally, " + v, Articles: []string{"c1"}, Origins: 1, SingleSource: true, Kind: "fact"})
	}
	// In order of specificity: 7, 6, 4 and 2 numbers and names.
	specific := []Claim{
		{Text: "Engineer Hal Brodin said 14 of the 40 sluice gates on the Orrin Dam had failed in 2025.", Articles: []string{"c2"}, Origins: 1, SingleSource: true},
		{Text: "Mayor Ruth Ekholm met Governor Alva Stig in Oxmere.", Articles: []string{"c1"}, Origins: 1},
		{Text: "The county paid 3.2 million crowns to Vessel Works for repairs.", Articles: []string{"c1"}, Origins: 1, Kind: "fact"},
		{Text: "Fourteen families moved to the Stalby school.", Articles: []string{"c2"}, Origins: 1},
	}
	claims = append(claims, specific...)
	claims = append(claims,
		Claim{Text: "In my view the county failed everyone with 99 excuses in Stalby.", Articles: []string{"c2"}, Origins: 1, Kind: "commentary"},
		Claim{Text: "Elsewhere, the Harlen film festival opened with 40 premieres.", Articles: []string{"c1"}, Origins: 1, Kind: "filler"},
		Claim{Text: "Why did nobody in Oxmere listen?", Articles: []string{"c2"}, Origins: 2, Kind: "Commentary"},
	)
	cite := func(id string) string { return map[string]string{"c1": "[1]", "c2": "[2]"}[id] }
	got := Write(Input{Articles: arts, Claims: claims}, cite)

	t.Run("at most 8 corroborated, most origins first", func(t *testing.T) {
		lines := section(got, "What is corroborated")
		if len(lines) != maxCorroborated+1 {
			t.Fatalf("Write(caps) corroborated has %d lines, want %d and a remainder line:\n%s", len(lines), maxCorroborated, got)
		}
		if !strings.Contains(lines[0], "(4 independent origins;") || !strings.Contains(lines[7], "(2 independent origins;") {
			t.Errorf("Write(caps) corroborated not by origins: first %q, last %q", lines[0], lines[7])
		}
		if want := "- … and 3 more corroborated claims (see the claims table)."; lines[8] != want {
			t.Errorf("Write(caps) corroborated remainder = %q, want %q", lines[8], want)
		}
	})
	t.Run("at most 6 single-source, the specific ones", func(t *testing.T) {
		lines := section(got, "Single-source")
		if len(lines) != maxSingleSource+1 {
			t.Fatalf("Write(caps) single-source has %d lines, want %d and a remainder line:\n%s", len(lines), maxSingleSource, got)
		}
		for i, c := range specific {
			if !strings.HasPrefix(lines[i], "- "+c.Text) {
				t.Errorf("Write(caps) single-source line %d = %q, want %q (most specific first)", i, lines[i], c.Text)
			}
		}
		if want := "- … and 3 more single-source claims (see the claims table)."; lines[6] != want {
			t.Errorf("Write(caps) single-source remainder = %q, want %q", lines[6], want)
		}
	})
	t.Run("commentary and filler kept apart", func(t *testing.T) {
		for _, s := range []string{"In my view", "film festival", "Why did nobody"} {
			if strings.Contains(got, s) {
				t.Errorf("Write(caps) lists %q, want commentary and filler left out", s)
			}
		}
		want := "\n\nCommentary and filler kept apart: 3 statements [1][2].\n"
		if !strings.Contains(got, want) {
			t.Errorf("Write(caps) lacks %q:\n%s", want, got)
		}
		if strings.Index(got, want) < strings.Index(got, "## Single-source") {
			t.Errorf("Write(caps) puts the commentary line before the claim lists")
		}
	})
	t.Run("no remainder line under the caps", func(t *testing.T) {
		out := Write(Input{Articles: arts, Claims: specific}, cite)
		if strings.Contains(out, "more single-source") || strings.Contains(out, "kept apart") {
			t.Errorf("Write(4 facts) = %q, want no remainder nor commentary line", out)
		}
	})
}

func TestSpecificity(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"The rain went on.", 0},
		{"Fourteen families moved to the Stalby school.", 2},                   // fourteen, Stalby
		{"\"We are tired,\" said Mara Quist.", 2},                              // Mara, Quist; "We" opens a quote
		{"I said 40 and then 40 again.", 1},                                    // I is no name, 40 counted once
		{"It rained. Then Oxmere flooded on 3 May.", 3},                        // Then opens a sentence
		{"Engineer Hal Brodin said 14 of the 40 gates had failed in 2025.", 5}, // Hal, Brodin, 14, 40, 2025
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := specificity(tc.text); got != tc.want {
				t.Errorf("specificity(%q) = %d, want %d", tc.text, got, tc.want)
			}
		})
	}
}

func TestNoCommentLast(t *testing.T) {
	arts := []*news.Article{
		article("c1", "Pell Courier", "Short.", time.Time{}),
		article("c2", "Oxmere Echo", "Short.", time.Time{}),
		article("c3", "Stalby Post", "Short.", time.Time{}),
	}
	claims := []Claim{
		{Text: "Vessa Hydro declined to comment.", Articles: []string{"c1", "c2", "c3"}, Origins: 3},
		{Text: "The dam's owner did not immediately respond to a request for comment on Tuesday.", Articles: []string{"c1", "c2"}, Origins: 2},
		{Text: "Engineers found 14 failed sluice gates on the Orrin Dam.", Articles: []string{"c1", "c2"}, Origins: 2},
	}
	cite := func(id string) string { return map[string]string{"c1": "[1]", "c2": "[2]", "c3": "[3]"}[id] }
	lines := section(Write(Input{Articles: arts, Claims: claims}, cite), "What is corroborated")
	if len(lines) != 3 || !strings.Contains(lines[0], "sluice gates") {
		t.Errorf("corroborated = %q, want the sluice gates first and the two no-comment lines after", lines)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Vessa Hydro declined to comment.", true},
		{"A spokesman could not be reached for comment.", true},
		{"The company didn't return calls seeking comment.", true},
		{"Le ministère n'a pas souhaité commenter.", true},
		{"The council declined to raise the levy again.", false},
		{"She commented on the vote at length.", false},
	} {
		if got := noComment(tt.text); got != tt.want {
			t.Errorf("noComment(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestWriteNothingCorroborated checks that a story of several articles
// whose facts all trace back to one origin says so, rather than leaving
// out the section a reader looks for first.
func TestWriteNothingCorroborated(t *testing.T) {
	two := []*news.Article{
		article("c1", "Pell Courier", "Short.", time.Time{}),
		article("c2", "Oxmere Echo", "Short.", time.Time{}),
	}
	const nothing = "Nothing: every factual claim traces back to a single origin, however many outlets repeat it."
	repeated := Claim{Text: "The Orrin Dam lost 14 sluice gates.", Articles: []string{"c1", "c2"}, Origins: 1, SingleSource: true}
	confirmed := Claim{Text: "The Orrin Dam lost 14 sluice gates.", Articles: []string{"c1", "c2"}, Origins: 2}
	opinion := Claim{Text: "In my view the county failed.", Articles: []string{"c1", "c2"}, Origins: 1, Kind: "commentary"}
	tests := []struct {
		name    string
		arts    []*news.Article
		claims  []Claim
		nothing bool
	}{
		{"two outlets retelling one report", two, []Claim{repeated}, true},
		{"one corroborated claim", two, []Claim{repeated, confirmed}, false},
		{"one article: nothing to corroborate it", two[:1], []Claim{{Text: repeated.Text, Articles: []string{"c1"}, Origins: 1, SingleSource: true}}, false},
		{"only commentary", two, []Claim{opinion}, false},
	}
	cite := func(id string) string { return map[string]string{"c1": "[1]", "c2": "[2]"}[id] }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Write(Input{Articles: tt.arts, Claims: tt.claims}, cite)
			lines := section(got, "What is corroborated")
			if has := len(lines) == 1 && lines[0] == nothing; has != tt.nothing {
				t.Errorf("Write(%s) corroborated section %q, want the nothing line: %v\n%s", tt.name, lines, tt.nothing, got)
			}
		})
	}
}
