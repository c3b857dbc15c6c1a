package eval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/report"
)

func TestParseClaimLabels(t *testing.T) {
	const a, b, c = "0123456789ab", "ba9876543210", "00000000000f"
	tests := []struct {
		name, text string
		want       []claimPair
		err        string
	}{
		{"comments and blanks", "# note\n\n" + a + "\t" + b + "\tsame\tgrouped\tx\ty\n" + a + "\t" + c + "\tdifferent\tnear\tx\tz\n",
			[]claimPair{{a, b, true, "grouped"}, {a, c, false, "near"}}, ""},
		{"too few fields", a + "\t" + b + "\tsame\n", nil, "claim_labels.tsv:1"},
		{"short key", "0123\t" + b + "\tsame\tgrouped\tx\ty\n", nil, "claim_labels.tsv:1"},
		{"not hex", "0123456789ag\t" + b + "\tsame\tgrouped\tx\ty\n", nil, "claim_labels.tsv:1"},
		{"one statement twice", a + "\t" + a + "\tsame\tgrouped\tx\ty\n", nil, "claim_labels.tsv:1"},
		{"bad label", a + "\t" + b + "\tmaybe\tgrouped\tx\ty\n", nil, `label "maybe"`},
		{"bad sampling", a + "\t" + b + "\tsame\trandom\tx\ty\n", nil, `sampling "random"`},
		{"labelled twice", a + "\t" + b + "\tsame\tgrouped\tx\ty\n" + b + "\t" + a + "\tdifferent\tnear\ty\tx\n", nil, "claim_labels.tsv:2: the pair"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseClaimLabels(tt.text)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want one naming %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d pairs, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("pair %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
	// The shipped labels must parse.
	if got, err := parseClaimLabels(claimLabels); err != nil || len(got) < 100 {
		t.Fatalf("claim_labels.tsv: %d pairs, %v", len(got), err)
	}
}

// TestClaimsTable: pairs are joined when one claim holds both wordings,
// wherever they stand and however they are spaced.
func TestClaimsTable(t *testing.T) {
	text1 := "The dam gave way on Tuesday. The town was flooded."
	text2 := "On Tuesday the dam  gave way.\nSchools stayed shut."
	doc := &report.Document{
		Articles: []report.Article{{ID: "a1", Text: text1}, {ID: "a2", Text: text2}},
		Stories: []report.Story{{ID: "s1", Claims: []report.Claim{
			{ID: "c1", Sentences: []report.SentenceRef{{Article: "a1", Start: 0, End: 28}, {Article: "a2", Start: 0, End: 29}}},
			{ID: "c2", Sentences: []report.SentenceRef{{Article: "a1", Start: 29, End: 50}}},
			{ID: "c3", Sentences: []report.SentenceRef{{Article: "a2", Start: 30, End: 50}, {Article: "a2", Start: 99, End: 120}}},
		}}},
	}
	ix := indexClaims(doc)
	dam1, dam2 := statementKey("The dam gave way on Tuesday."), statementKey("On Tuesday the dam gave way.")
	town, schools := statementKey("The town was flooded."), statementKey("Schools stayed shut.")
	if !ix.together(dam1, dam2) || ix.together(dam1, town) || ix.together(town, schools) {
		t.Fatalf("together: dam/dam %v, dam/town %v, town/schools %v; want true, false, false",
			ix.together(dam1, dam2), ix.together(dam1, town), ix.together(town, schools))
	}
	labels := []claimPair{
		{dam1, dam2, true, "grouped"},              // hit
		{dam1, town, true, "near"},                 // miss
		{town, schools, false, "near"},             // right to keep apart
		{dam2, statementKey("gone"), true, "near"}, // not in the analysis
	}
	tab := claimsTable(labels, ix)
	cc := tab.Rows[0].Scores
	if cc["pair P"] != 1 || cc["pair R"] != 0.5 {
		t.Errorf("crosscheck row: %v, want P 1 and R 0.5", cc)
	}
	if !strings.Contains(tab.Notes[0], "3 of 4 hand-labelled pairs") {
		t.Errorf("note: %s", tab.Notes[0])
	}
}

func TestClaimsShared(t *testing.T) {
	shared := SharedDir()
	if shared == "" {
		t.Skip("../shared/data not found beside the repository: skipping the claim-alignment evaluation")
	}
	tab, err := Claims(shared)
	if err != nil {
		t.Fatal(err)
	}
	labels, _ := parseClaimLabels(claimLabels)
	// Every labelled wording is a statement of the analysis: when not,
	// extraction or statement splitting changed and the labels need a look.
	if want := fmt.Sprintf("%d of %d hand-labelled pairs", len(labels), len(labels)); !strings.Contains(tab.Notes[0], want) {
		t.Errorf("not every labelled pair found (want %q): %s", want, tab.Notes[0])
	}
	// Floors below the measured P 0.733 / R 0.698, so regressions fail.
	if s := tab.Rows[0].Scores; s["pair P"] < 0.68 || s["pair R"] < 0.66 {
		t.Errorf("crosscheck claim alignment: %v, want P >= 0.68 and R >= 0.66", s)
	}
}
