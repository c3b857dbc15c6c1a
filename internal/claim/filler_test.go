package claim

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestExtractFillerParagraph: an item about another event, opened by
// "Meanwhile", is filler with the rest of its paragraph; one outlet's own
// reporting on the story, naming people nobody else names, is fact.
func TestExtractFillerParagraph(t *testing.T) {
	arts := []*news.Article{
		art("a", "The Varnia river burst its banks near Belmora on Tuesday after three days of heavy rain.\n"+
			"Mayor Ilse Varga ordered the evacuation of the riverside district of Belmora.\n"+
			"Meanwhile in Ostrel the deputies approved in the first reading the law about new quotas for the catch of cod. "+
			"The second reading is planned for June.\n"+
			"Rescue teams searched the flooded streets of Belmora through the night."),
		art("b", "Heavy rain made the Varnia river burst its banks near Belmora on Tuesday.\n"+
			"The riverside district of Belmora was evacuated on the orders of Mayor Ilse Varga.\n"+
			"Resident Greta Lund, 71, said the river reached her door in the riverside district within minutes.\n"+
			"Opposition deputy Piet Aalto demanded an inquiry into why the Varnia river defences failed."),
		art("c", "The Varnia river flooded the riverside district of Belmora on Tuesday after days of rain.\n"+
			"Mayor Ilse Varga had the riverside district evacuated.\n"+
			"Rescue teams worked through the night in the flooded streets of Belmora."),
	}
	claims := Extract(arts, nil, nil)
	checkKinds(t, arts, claims, []kindCase{
		{"item opened by Meanwhile", "quotas for the catch of cod", KindFiller},
		{"rest of the item's paragraph", "second reading", KindFiller},
		{"resident's account", "Greta Lund", KindFact},
		{"deputy demanding an inquiry", "Piet Aalto", KindFact},
		{"core fact", "burst its banks", KindFact},
		{"next paragraph back on the story", "Rescue teams", KindFact},
	})
}

// kindCase expects the claim holding phrase to be of kind.
type kindCase struct{ name, phrase, kind string }

func checkKinds(t *testing.T, arts []*news.Article, claims []Claim, tests []kindCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrase)
			if c == nil {
				t.Fatalf("no claim holds %q", tc.phrase)
			}
			if c.Kind != tc.kind {
				t.Errorf("claim %q kind %q, want %q", c.Text, c.Kind, tc.kind)
			}
		})
	}
}
