package claim

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

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

// TestQuestionCorroboratesNothing: a subheading that asks is not grouped
// with the statement that answers it in another article, while the two
// statements that assert the same thing are.
func TestQuestionCorroboratesNothing(t *testing.T) {
	arts := []*news.Article{
		art("a", "Prosecutors in Tarnholm dropped the fraud case against the ferry operator Halvard Brenn on Tuesday.\n"+
			"What charges does Brenn face in Vessa?\n"+
			"Brenn still faces charges of tax evasion in Vessa, where a trial is due in June."),
		art("b", "Prosecutors in Tarnholm have dropped the fraud case against ferry operator Halvard Brenn.\n"+
			"Brenn still faces charges of tax evasion in Vessa, with a trial due in June, his lawyer said."),
	}
	claims := Extract(arts, nil, nil)
	q := claimWith(arts, claims, "What charges does Brenn face")
	if q == nil {
		t.Fatal("no claim holds the question")
	}
	if len(q.Articles) != 1 {
		t.Errorf("claim of the question = %q in %v, want it alone in its article", q.Text, q.Articles)
	}
	if c := claimWith(arts, claims, "still faces charges of tax evasion"); c == nil || len(c.Articles) != 2 {
		t.Errorf("claim of the answer = %+v, want both articles", c)
	}
}

// TestStatementsCapped: a document of thousands of sentences enters the
// claims with its first MaxStatements statements only.
func TestStatementsCapped(t *testing.T) {
	var b strings.Builder
	for i := range MaxStatements + 500 {
		fmt.Fprintf(&b, "Ferry %d left Marlow harbour for Kettle Island with %d passengers aboard. ", i, i%300+2)
	}
	a := art("long", b.String())
	d := newDoc(a)
	if got := len(statements(d, 0)); got != MaxStatements {
		t.Errorf("statements(%d-sentence article) = %d, want %d", MaxStatements+500, got, MaxStatements)
	}
	textproc.Analyze(a)
	if !Capped(a) {
		t.Errorf("Capped(%d-sentence article) = false, want true", MaxStatements+500)
	}
	short := art("short", "Ferry 1 left Marlow harbour for Kettle Island with 40 passengers aboard.")
	textproc.Analyze(short)
	if Capped(short) {
		t.Error("Capped(one-sentence article) = true, want false")
	}
}

func TestIsDateline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Saturday, 1 January 2005", true},
		{"Σάββατο, 1 Ιανουαρίου 2005", true},
		{"2015; 28: 685-690.", true},
		{"14 dead, 41 injured", false},                                         // no year: a count
		{"The dam at Merrow gave way in 2026 after nine days of rain.", false}, // a statement with a year
	}
	for _, tc := range tests {
		a := art("x", tc.text)
		textproc.Analyze(a)
		if got := isDateline(a.Tokens); got != tc.want {
			t.Errorf("isDateline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsListHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The 2026 reopening tour dates:", true},
		{"Here are the steps you can take:", true},
		{"The harbour master said:", false},
		{"The minister told reporters on Friday:", false},
		{"All four men were taken to the Stalby county jail, where they are being held without bail on the following charges:", false},
		{"The 2026 reopening tour dates", false},
	}
	for _, tt := range tests {
		a := art("a", tt.text)
		d := newDoc(a)
		if got := isListHeading(tt.text, d.tokensIn(0, len(tt.text))); got != tt.want {
			t.Errorf("isListHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Tervo 9 racing bike", true},
		{"Kaldbrook rescue boats on the flooded square", true},
		{"Merrow Dam spillway gates and control house", true},
		{"Tarnholm Ferries Ltd., Osterby, Norland", true},
		{"Vessa harbour crane (40-tonne, electric)", true},
		// Said, not shown: a full stop, a verb, or a date.
		{"The Tervo 9 racing bike.", false},
		{"The ferry is back in service", false},
		{"The minister said so", false},
		{"June 19 – Osterby @ Harbour Hall", false},
		{"“Everyone got out”", false},
		// Too long for a label.
		{"Rescue boats from three neighbouring towns on the flooded market square of lower Kaldbrook at dawn", false},
	}
	for _, tt := range tests {
		d := newDoc(art("a", tt.text))
		if got := isCaption(tt.text, d.tokensIn(0, len(tt.text))); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCaptionsAreNoClaims: two outlets' captions of one photo corroborate
// nothing, and a clause of a sentence, which has no full stop of its own,
// is no caption.
func TestCaptionsAreNoClaims(t *testing.T) {
	arts := []*news.Article{
		art("a", "Rescue boats on the flooded square\n\nThe Merrow Dam gave way on Tuesday, and 14 people died in Kaldbrook."),
		art("b", "Rescue boats on the flooded square\n\nFourteen people died in Kaldbrook after the Merrow Dam gave way on Tuesday."),
	}
	for _, a := range arts {
		textproc.Analyze(a)
	}
	claims := Extract(arts, nil, nil)
	if c := claimWith(arts, claims, "Rescue boats"); c != nil {
		t.Errorf("the caption is claim %q", c.Text)
	}
	if c := claimWith(arts, claims, "gave way on Tuesday"); c == nil || len(c.Articles) != 2 {
		t.Errorf("the dam's claim = %+v, want one claim of both articles", c)
	}
}
