package provenance

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestAttributions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "Outlet|Phrase"
	}{
		{"according to", "The dam will close, according to the Quarry Gazette, on Monday.", []string{"the Quarry Gazette|according to the Quarry Gazette"}},
		{"told", "Two officials told Reuters the plan was dropped.", []string{"Reuters|told Reuters"}},
		{"outlet reported", "Fenwick Daily reported on Sunday that the mine flooded.", []string{"Fenwick Daily|Fenwick Daily reported"}},
		{"sentence-initial as", "As Ostwind News reported this week, talks stalled.", []string{"Ostwind News|Ostwind News reported"}},
		{"reports outlet", "The fleet is moving south, reports NBC.", []string{"NBC|reports NBC"}},
		{"first reported by", "The deal was first reported by the Larkin Post.", []string{"the Larkin Post|first reported by the Larkin Post"}},
		{"citing", "Prices rose, citing Grainline Wire, the minister said.", []string{"Grainline Wire|citing Grainline Wire"}},
		{"said in a report", "Brookfield Times said in a report that the mill shut.", []string{"Brookfield Times|Brookfield Times said in a report"}},
		{"descriptor before name", "According to American media house NBC – the talks began.", []string{"NBC|According to American media house NBC"}},
		{"source line", "The talks ended.\nSource: El Periodico Austral\n", []string{"El Periodico Austral|Source: El Periodico Austral"}},
		{"source domain with debris", "Text.\nSource: quayside.com3", []string{"quayside.com|Source: quayside.com3"}},
		{"colon credit", "He disagreed.\nMarsh Journal: “The river rose overnight.”", []string{"Marsh Journal|Marsh Journal:"}},
		{"person is not an outlet", "Peace is near, according to Czech President Petr Pavel.", nil},
		{"anonymous report", "According to a report on Thursday, the talks began.", nil},
		{"lower-case audience", "Lukashenko told the press he was ready.", nil},
		{"own outlet left out", "The minister told Harbor Times she would resign.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("x", "Harbor Times", "", tc.text, day(1, 1))
			var got []string
			for _, at := range Attributions(a) {
				got = append(got, at.Outlet+"|"+at.Phrase)
				if at.Sentence >= 0 && a.Text[at.Start:at.End] != at.Phrase {
					t.Errorf("Attributions(%q): phrase %q at [%d,%d) reads %q", tc.text, at.Phrase, at.Start, at.End, a.Text[at.Start:at.End])
				}
			}
			if strings.Join(got, ";") != strings.Join(tc.want, ";") {
				t.Errorf("Attributions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAttributionsInBoilerplateAndTitle(t *testing.T) {
	a := article("x", "", "Storm hits coast, Tidewater News reports", "The storm hit the coast.", day(1, 1))
	a.Boilerplate = []news.Removed{{Text: "Source: Lantern Herald", Reason: "source-line"}}
	ats := Attributions(a)
	if len(ats) != 2 {
		t.Fatalf("Attributions = %+v, want a title credit and a boilerplate credit", ats)
	}
	for i, want := range []string{"Tidewater News", "Lantern Herald"} {
		if ats[i].Outlet != want || ats[i].Sentence != -1 {
			t.Errorf("Attributions[%d] = %q (sentence %d), want %q outside the text (sentence -1)", i, ats[i].Outlet, ats[i].Sentence, want)
		}
	}
	if r := a.Boilerplate[0].Text; r[ats[1].Start:ats[1].End] != ats[1].Phrase {
		t.Errorf("boilerplate credit offsets [%d,%d) read %q, want %q", ats[1].Start, ats[1].End, r[ats[1].Start:ats[1].End], ats[1].Phrase)
	}
}

func TestOutletKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NBC", "nbc"},
		{"NBC News", "nbc"},
		{"Nbc News", "nbc"},
		{"nbcnews.com", "nbc"},
		{"www.nbcnews.com", "nbc"},
		{"The Washington Post", "washingtonpost"},
		{"Fox News Digital", "fox"},
		{"msn.com3", "msn"},
		{"El Diario", "eldiario"},
		{"Corrière della Sera", "corrieredellasera"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := OutletKey(tc.in); got != tc.want {
				t.Errorf("OutletKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzAttributions(f *testing.F) {
	for _, s := range []string{
		"according to NBC News, the talks began.",
		"Source: El Diario\n",
		"Tass reported Thursday.",
		"Wall Street Journal: “x”",
		"told , according to ..., Source:",
		"\xff\xfe reported by \xc3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &news.Article{ID: "f", Text: text, Title: text}
		for _, at := range Attributions(a) {
			if at.Start < 0 || at.End < at.Start {
				t.Fatalf("Attributions(%q): bad span [%d,%d)", text, at.Start, at.End)
			}
			if at.Start > len(text) || at.End > len(text) || text[at.Start:at.End] != at.Phrase {
				t.Fatalf("Attributions(%q): phrase %q not at [%d,%d)", text, at.Phrase, at.Start, at.End)
			}
		}
	})
}
