package provenance

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestCommonPhraseIsNotDerivation: two reports of one event that share
// only a phrase of common wording are independent of each other, and the
// shared sentence is each one's own.
func TestCommonPhraseIsNotDerivation(t *testing.T) {
	a := article("quay", "Quay Courier", "Storm floods Marrowby harbour",
		"The storm flooded the harbour of Marrowby overnight and sank four fishing boats at their moorings. "+
			"Mayor Odile Penhaligon declared a state of emergency across the district on Tuesday. "+
			"Harbour master Lars Fenn said the sea wall had been overtopped twice before dawn.", day(10, 8))
	b := article("radio", "Radio Sallow", "Rescuers pull crew from sinking trawler",
		"Lifeboat volunteers pulled three men from a trawler that broke its moorings in the storm, "+
			"coxswain Ilse Marrin told Radio Sallow. "+
			"Mayor Odile Penhaligon declared a state of emergency across the district on Tuesday morning. "+
			"The coastguard has asked boat owners to stay ashore until the wind drops.", day(10, 8))
	g := Analyze([]*news.Article{a, b})
	if len(g.Passages()) == 0 {
		t.Fatal("Analyze found no shared passage; the fixture must share the phrase")
	}
	for _, id := range []string{"quay", "radio"} {
		e, ok := edgeTo(g, id)
		if !ok || e.Kind != KindIndependent || e.From != id {
			t.Errorf("edge into %s = %+v, want independent", id, e)
		}
		i := sentenceWith(t, g.arts[id], "declared a state of emergency")
		if got := g.Origin(id, i); got != "article:"+id {
			t.Errorf("Origin(%s, emergency sentence) = %q, want article:%s", id, got, id)
		}
	}
	if g.Original.Article != "" || g.Original.Outlet != "" {
		t.Errorf("Analyze(two independent reports).Original = %+v, want none", g.Original)
	}
	e, _ := edgeTo(g, "radio")
	found := false
	for _, ev := range e.Evidence {
		found = found || ev.Kind == "attribution" && strings.Contains(ev.Text, "told Radio Sallow")
	}
	if !found {
		t.Errorf("independent edge of radio has no own-reporting evidence: %+v", e.Evidence)
	}
}

// TestQuotationOrRewrite: pasting whole sentences of the original among
// one's own is quotation; retelling it with phrases kept here and there is
// rewriting, even without a credit.
func TestQuotationOrRewrite(t *testing.T) {
	story := bridgeStory(t)
	orig := story["original"]
	tests := []struct {
		name, text, want string
	}{
		{"pasted block among commentary", "I have crossed that bridge every morning for twenty years and I never liked the sound it made in the wind. " +
			"Here is the report, word for word. " +
			"The town council of Marrowby closed the Lindqvist Bridge to all traffic on Tuesday after inspectors found three cracked suspension cables on its northern span. " +
			"Mayor Odile Penhaligon said the closure would last at least six weeks while replacement cables are shipped from a foundry in Castelmarre. " +
			"Chief engineer Tobias Crane told the council that the cracks were discovered during a routine inspection on Monday night and that no vehicle had been in danger. " +
			"Six weeks! Who inspected those cables last year, and why did nobody tell us what they found? " +
			"I will be writing to every councillor this week and I hope my readers will do the same.", KindQuotation},
		{"reworded retelling", "Marrowby's council has shut the Lindqvist Bridge after three cracked suspension cables turned up on its northern span. " +
			"The mayor expects the closure to last at least six weeks while replacement cables are shipped from a foundry in Castelmarre. " +
			"Cracks were found during a routine check and nobody was hurt, engineers said. " +
			"Ferry services across the Sallow estuary will run every twenty minutes until the bridge reopens, officials said. " +
			"Shop owners fear the detour of nineteen kilometres would keep customers away during the busiest weeks of the autumn market.", KindRewrite},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			copyArt := article("copy", "Sallow Notes", "The bridge", tc.text, day(4, 9))
			g := Analyze([]*news.Article{orig, copyArt})
			e, ok := edgeTo(g, "copy")
			if !ok || e.From != "original" || e.Kind != tc.want {
				t.Errorf("edge into copy = %s --%s-->, want original --%s--> (evidence %+v)", e.From, e.Kind, tc.want, e.Evidence)
			}
		})
	}
}

// TestTranslationNeedsMarks: spelling one name differently is not
// translation; calques and an English edition are.
func TestTranslationNeedsMarks(t *testing.T) {
	story := bridgeStory(t)
	orig, syn := story["original"], story["syndicated"]
	tests := []struct {
		name, outlet, text, want string
	}{
		{"name spelt differently", "Metro Post", "According to the Harbor Times, the council shut the Lindqvist Bridge on Tuesday. " +
			"Mayor Odile Penhaligonn expects the work to take six weeks. Engineer Tobias Krane said nobody was at risk.", KindRewrite},
		{"calques", "Metro Post", "As informs the edition Harbor Times, the bridge Lindqvist was closed on Tuesday. " +
			"Already through one hour the traffic stopped. By his words, the cables will arrive from Castelmarre. " +
			"Mayor Odile Penhaligonn said the closure will last six weeks.", KindTranslation},
		{"English edition with a calque", "Puerto Wire English", "According to the Harbor Times, the bridge Lindqvist was closed on Tuesday. " +
			"The mayor Odile Penhaligon said the closure will last six weeks.", KindTranslation},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("copy", tc.outlet, "Bridge closed", tc.text, day(4, 9))
			g := Analyze([]*news.Article{orig, syn, a})
			e, ok := edgeTo(g, "copy")
			if !ok || e.From != "original" || e.Kind != tc.want {
				t.Errorf("edge into copy = %s --%s-->, want original --%s--> (evidence %+v)", e.From, e.Kind, tc.want, e.Evidence)
			}
		})
	}
}

func TestSelfCredits(t *testing.T) {
	a := article("x", "", "", "The harbour master told Radio Sallow the quay was safe. Officials told the Quay Courier otherwise.", day(1, 1))
	a.URL = "https://www.radiosallow.example/news/1"
	self, others := SelfCredits(a), Attributions(a)
	if len(self) != 1 || self[0].Phrase != "told Radio Sallow" {
		t.Errorf("SelfCredits = %+v, want the credit to Radio Sallow (known by its address)", self)
	}
	if len(others) != 1 || others[0].Outlet != "the Quay Courier" {
		t.Errorf("Attributions = %+v, want only the Quay Courier", others)
	}
}
