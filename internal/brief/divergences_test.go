package brief

import (
	"strings"
	"testing"
)

func TestWriteDivergences(t *testing.T) {
	claim := "At least 14 people were killed and more than 2,300 were forced from their homes after part of the Orrin Dam gave way early on Tuesday, officials said."
	ds := []Divergence{
		{Kind: "meaning", Claim: claim, Values: []Value{
			{Value: "had not received", Articles: []string{"a1"}, Context: "ministry had not received"},
			{Value: "received", Articles: []string{"a3"}, Context: "ministry received"}}},
		{Kind: "quote_attribution", Claim: claim, Values: []Value{
			{Value: "Governor Alva Stig", Articles: []string{"a1", "a3"}, Context: "“We will not rest until every family has a roof over its head,” — Governor Alva Stig"},
			{Value: "Hal Brodin", Articles: []string{"a2"}, Context: "“We will not rest until every family has a roof over its head,” — Hal Brodin"}}},
		{Kind: "role", Claim: claim, Values: []Value{
			{Value: "Deputy Minister", Articles: []string{"a1"}, Context: "Deputy Minister"},
			{Value: "minister", Articles: []string{"a3"}, Context: "the minister"}}},
		{Kind: "name", Claim: claim, Values: []Value{
			{Value: "Ilyas Korovin", Articles: []string{"a1"}},
			{Value: "Ilias Korovine", Articles: []string{"a3"}}}},
		{Kind: "date", Claim: claim, Values: []Value{
			{Value: "Tuesday", Articles: []string{"a1", "a3"}, Context: "early on Tuesday, sending"},
			{Value: "Wednesday", Articles: []string{"a2"}, Context: "collapsed on Wednesday, sending"}}},
		{Kind: "number", Claim: claim, Values: []Value{
			{Value: "41", Articles: []string{"a2"}, Context: "least 41 people"},
			{Value: "14", Articles: []string{"a1", "a3"}, Context: "least 14 people"}}},
		{Kind: "spelling_style", Values: []Value{{Value: "x", Articles: []string{"a1"}}, {Value: "y", Articles: []string{"a2"}}}},
	}
	var b strings.Builder
	cite := citeOf(Input{})
	writeDivergences(&b, ds, func(ids []string) string {
		var out string
		for _, id := range sortedIDs(ids, cite) {
			out += cite(id)
		}
		return out
	})
	want := strings.Join([]string{
		"- **number**: “least **14** people” [1][3] vs “least **41** people” [2]",
		"- **date**: “early on **Tuesday**, sending” [1][3] vs “collapsed on **Wednesday**, sending” [2]",
		"- **name spelling**: “Ilias Korovine” [3] vs “Ilyas Korovin” [1], in “At least 14 people were killed and more than 2,300 were forced from their homes after part of the Orrin Dam…”",
		"- **role or title**: “Deputy Minister” [1] vs “the **minister**” [3]",
		"- **quote attributed to another speaker**: “We will not rest until every family has a roof over its head” — Governor Alva Stig [1][3] vs Hal Brodin [2]",
		"- **meaning**: “ministry **had not received**” [1] vs “ministry **received**” [3]",
		"- **spelling style**: “x” [1] vs “y” [2]",
	}, "\n")
	if got := strings.Join(section("\n"+b.String(), "Where outlets diverge"), "\n"); got != want {
		t.Errorf("writeDivergences =\n%s\nwant\n%s", got, want)
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short enough", 20, "short enough"},
		{"cut at a word boundary please", 12, "cut at a…"},
		{"trailing, comma here", 10, "trailing…"},
		{"unbrokenlongword", 5, "unbro…"},
		{"Ūnicode ēverywhere", 3, "Ūn…"}, {"Ūnicode", 1, "…"},
	}
	for _, tc := range tests {
		t.Run(tc.s, func(t *testing.T) {
			if got := shorten(tc.s, tc.n); got != tc.want {
				t.Errorf("shorten(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
			}
		})
	}
}
