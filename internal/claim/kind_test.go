package claim

import "testing"

func TestIsCreditNote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"first published", "This story was first published by the Coastline Courier and is republished under a content-sharing agreement.", true},
		{"originally appeared", "This article originally appeared on Fenwick Daily.", true},
		{"republished with permission", "Republished with permission of the Ostmark Tribune.", true},
		{"source line", "Source: Valdran Press Agency", true},
		{"via dash", "Via — Harlow Wire", true},
		{"italic marks", "*This report was first published in the Lindqvist Post.*", true},
		{"bracketed outlet", "(Norland Sport Agency)", true},
		{"bracketed agency", "(AP).", true},
		{"bracketed aside", "(The mayor who actually built the dam herself)", false},
		{"prose about a publication", "The report was first published in 1964 and revised twice since.", false},
		{"source in prose", "A source close to the council said the vote would be delayed.", false},
		{"long sentence opening like a note", "First published in 1964, the guide to the valley's dams has been revised nine times, most recently after the floods of 2019, when engineers found that two of the spillways described in it had never been built as planned.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isCreditNote(tc.in); got != tc.want {
				t.Errorf("isCreditNote(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
