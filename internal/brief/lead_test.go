package brief

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// leadOf returns the text of the brief's Summary section.
func leadOf(t *testing.T, brief string) string {
	t.Helper()
	i := strings.Index(brief, "\n## Summary\n\n")
	if i < 0 {
		t.Fatalf("brief has no Summary section:\n%s", brief)
	}
	rest := brief[i+len("\n## Summary\n\n"):]
	if j := strings.Index(rest, "\n"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// damStory is a fictional one-article story long enough to need choosing.
func damStory() []*news.Article {
	text := "Part of the Orrin Dam above the village of Stalby gave way early on Tuesday, flooding 200 homes and the main square along the Pell river and cutting the road to Oxmere, the county said in a statement. " +
		"The earth dam, built in 1958, is run by the county water board. " +
		"She declined to say what might have caused the breach. " +
		"\"We will keep the pumps running through the night. " +
		"Nobody saw this coming,\" said the fire chief, Mara Quist, at the scene. " +
		"Rail services between Stalby and Oxmere were suspended while engineers checked the Pell viaduct for damage. " +
		"My heart goes out to everyone in Stalby tonight, and I hope you will donate blankets. " +
		"A bakery owner on Mill Lane, Tomas Brek, 61, said water reached his counter within twenty minutes. " +
		"The county opened two shelters in schools on higher ground and asked residents to boil drinking water. " +
		"The water board said engineers had been on site within minutes of the first alarm at the dam. " +
		"Heavy rain had fallen over the upper Pell valley for eight days before the breach, the weather office said. " +
		"Schools in Stalby and Oxmere will stay closed until Friday. " +
		"Army engineers brought four pumps from the Harlen garrison. " +
		"The ferry to Oxmere ran an extra night crossing for stranded workers. " +
		"Insurers opened a claims office in the Stalby library. " +
		"Volunteers filled 3,000 sandbags at the football ground."
	return []*news.Article{article("d1", "Pell Courier", text, time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))}
}

func TestWriteLead(t *testing.T) {
	cite := func(id string) string { return map[string]string{"d1": "[1]", "d2": "[2]"}[id] }
	got := Write(Input{Articles: damStory()}, cite)
	lead := leadOf(t, got)
	t.Run("right after the counts line", func(t *testing.T) {
		if !strings.HasPrefix(got, "# Story brief\n\n1 article, 1 outlet.\n\n## Summary\n\n") {
			t.Errorf("Write(dam) does not open with the counts line and the Summary:\n%s", got)
		}
	})
	t.Run("about 600 bytes of whole cited sentences", func(t *testing.T) {
		sents := strings.Split(lead, " [1]")
		text := 0
		for _, s := range sents[:len(sents)-1] {
			s = strings.TrimSpace(s)
			text += len(s)
			if !strings.Contains(damStory()[0].Text, s) {
				t.Errorf("Write(dam) lead sentence %q is not an article's sentence", s)
			}
		}
		if sents[len(sents)-1] != "" {
			t.Errorf("Write(dam) lead ends without a citation: %q", lead)
		}
		if text > leadBytes || text < leadBytes/2 {
			t.Errorf("Write(dam) lead has %d bytes of text, want at most %d and not far below", text, leadBytes)
		}
	})
	t.Run("a one-article story leads with its opening", func(t *testing.T) {
		if !strings.HasPrefix(lead, "Part of the Orrin Dam above the village of Stalby gave way early on Tuesday") {
			t.Errorf("Write(dam) lead = %q, want the article's first sentence first", lead)
		}
	})
	t.Run("no sentence that cannot stand alone", func(t *testing.T) {
		for _, bad := range []string{"She declined", "We will keep", "Nobody saw", "My heart"} {
			if strings.Contains(lead, bad) {
				t.Errorf("Write(dam) lead = %q, want no %q sentence", lead, bad)
			}
		}
	})
	t.Run("commentary claims stay out", func(t *testing.T) {
		in := Input{Articles: damStory(), Claims: []Claim{{Text: damStory()[0].SentenceText(0), Articles: []string{"d1"}, Origins: 1, Kind: "filler"}}}
		if l := leadOf(t, Write(in, cite)); strings.Contains(l, "Orrin Dam above") {
			t.Errorf("Write(dam with the sentence as filler) lead = %q, want the filler sentence left out", l)
		}
	})
	t.Run("a sentence two articles share cites both", func(t *testing.T) {
		copyOf := damStory()[0]
		copyOf.ID, copyOf.Outlet = "d2", "Oxmere Echo"
		l := leadOf(t, Write(Input{Articles: []*news.Article{damStory()[0], copyOf}}, cite))
		if !strings.Contains(l, "the county said in a statement. [1][2]") {
			t.Errorf("Write(dam and its copy) lead = %q, want the shared sentence cited [1][2]", l)
		}
	})
	t.Run("no lead without sentences", func(t *testing.T) {
		if got := Write(Input{Articles: []*news.Article{article("x", "X", "Too short.", time.Time{})}}, cite); strings.Contains(got, "## Summary") {
			t.Errorf("Write(no usable sentence) = %q, want no Summary section", got)
		}
	})
}

// TestPickIsSummary checks that Summary is the shared picker's output
// joined and cut, so the brief's lead and the DUC evaluation use one
// selection.
func TestPickIsSummary(t *testing.T) {
	arts := damStory()
	for _, n := range []int{50, 300, 665} {
		var texts []string
		for _, c := range pick(candidates(arts, defaultParams), n, defaultParams, false) {
			texts = append(texts, c.text)
		}
		want := truncateBytes(strings.Join(texts, " "), n)
		if got := Summary(arts, n); got != want {
			t.Errorf("Summary(dam, %d) = %q, want the picked sentences %q", n, got, want)
		}
		for _, c := range pick(candidates(arts, defaultParams), n, defaultParams, true) {
			if len(c.text) > n {
				t.Errorf("pick(dam, %d, whole) picked %d bytes: %q", n, len(c.text), c.text)
			}
		}
	}
}

func TestStandsAlone(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"plain report", "The county opened two shelters in schools on higher ground.", true},
		{"attributed quote", "\"The water came fast,\" said the fire chief, Mara Quist.", true},
		{"curly attributed quote", "“The water came fast,” said Mara Quist.", true},
		{"pronoun start", "She declined to say what caused the breach.", false},
		{"connective start", "But the board said nothing.", false},
		{"quote cut open", "\"We will keep the pumps running through the night.", false},
		{"quote cut closed", "Nobody saw this coming,\" said the fire chief.", false},
		{"quote without speaker", "\"We will keep the pumps running.\"", false},
		{"first person", "My heart goes out to everyone in Stalby tonight.", false},
		{"addresses the reader", "If you want to help, bring blankets to the school.", false},
		{"first person inside a quote only", "\"We are tired,\" the fire chief told reporters.", true},
		{"quoted speaker pronoun", "\"He never gave up,\" he said.", false},
		{"quote by a pronoun", "\"A fund is not a fishing ground,\" she said.", false},
		{"wire quote by a pronoun", "``We will rebuild,'' he said.", false},
		{"quote by a named speaker", "\"A fund is not a fishing ground,\" said Ines Varga.", true},
		{"wire quote marks", "``We will rebuild,'' said Mayor Ines Varga.", true},
		{"wire quote cut open", "``We will rebuild the bridge.", false},
		{"question", "Will the bridge reopen before the autumn?", false},
		{"quoted question with speaker", "\"Why now?\" asked Mayor Ines Varga.", true},
		{"headline in capitals", "A BRIDGE TOO FAR, OR A RUNAWAY BUDGET?", false},
		{"acronyms in a sentence", "The CEA and the EU backed the NATO plan for the harbour.", true},
		{"a row of a list", "July 22 – Harbour Hall, Stalby, with the Varga Quartet", false},
		{"a heading", "The reopening tour dates for 2026:", false},
		{"ends inside a quote", "The mayor called it \"a day Stalby will not forget.\"", true},
		{"ends with an ellipsis", "The pumps ran all night, and still the water rose…", true},
		{"or start", "Or the council may vote again.", false},
		{"bare surname speaks", "Haugland said a third of the roads were too narrow.", false},
		{"bare surname introduced", "Korovin, who flew in by helicopter, met the families.", false},
		{"full name speaks", "Sigrid Haugland said a third of the roads were too narrow.", true},
		{"officials speak", "Officials said the bridge would stay shut.", true},
		{"place opens", "Kaldbrook remained cut off from the capital.", true},
		{"which points back", "Which is why the two ferry lines are talking about a merger.", false},
		{"connective kept before a pronoun", "Still, it boggles the mind that the tolls went up.", false},
		{"however before a name", "However, Sigrid Haugland said the roads were too narrow.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := standsAlone(tc.s); got != tc.want {
				t.Errorf("standsAlone(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestOneDocShared checks that a one-article story keeps the lead weight
// in the brief's parameters and does not in Summary's.
func TestOneDocShared(t *testing.T) {
	for _, tc := range []struct {
		name        string
		p           summaryParams
		leadHeavier bool
	}{
		{"Summary's parameters", defaultParams, false},
		{"the brief's parameters", leadParams, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cands := candidates(damStory(), tc.p)
			w := conceptWeights(cands, tc.p)
			var opening, detail string
			for _, c := range cands {
				switch c.pos {
				case 0:
					opening = c.concepts[0]
				case 7:
					detail = c.concepts[0]
				}
			}
			if opening == "" || detail == "" {
				t.Fatalf("candidates(dam) lacks sentence 0 or 7")
			}
			if got := w[opening] > w[detail]; got != tc.leadHeavier {
				t.Errorf("conceptWeights: opening %q = %v, detail %q = %v; want opening heavier %v", opening, w[opening], detail, w[detail], tc.leadHeavier)
			}
		})
	}
}

func TestThinAfterCredit(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"According to a report – the talks are still going on.", true},
		{"According to the Harbour Times, the ferry runs.", true},
		{"According to the report, the warning sirens below the spillway had been out of service since January.", false},
		{"The talks are still going on, according to a report.", false},
		{"The ferry to Oxmere ran an extra night crossing for stranded workers.", false},
	}
	for _, tc := range tests {
		if got := thinAfterCredit(tc.s); got != tc.want {
			t.Errorf("thinAfterCredit(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
