package claim

import (
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestExtractSentenceFeedsTwoClaims checks that a sentence carrying two
// facts stands in the claim of each, while the other articles' statements
// of the two facts stay apart.
func TestExtractSentenceFeedsTwoClaims(t *testing.T) {
	arts := []*news.Article{
		art("a", "The Ostrel regional plan will cost 64 million crowns over four years, and it follows last spring's floods along the Varnia, which lasted for 11 days.\n\nThe ministry presented it in Belmora."),
		art("b", "Last spring's floods along the Varnia lasted for 11 days and cut off three villages."),
		art("c", "The whole Ostrel regional plan will cost 64 million crowns over four years."),
	}
	claims := Extract(arts, nil, nil)
	cost := claimWith(arts, claims, "The whole Ostrel")
	floods := claimWith(arts, claims, "cut off three villages")
	if cost == nil || floods == nil {
		t.Fatalf("Extract = %+v, want a cost claim and a floods claim", claims)
	}
	if cost == floods {
		t.Fatalf("cost and floods in one claim %q: %v", cost.Text, cost.Articles)
	}
	if !slices.Equal(cost.Articles, []string{"a", "c"}) || !slices.Equal(floods.Articles, []string{"a", "b"}) {
		t.Errorf("cost carried by %v, floods by %v; want [a c] and [a b]", cost.Articles, floods.Articles)
	}
}

// TestExtractTranslatedWording checks that a machine-translated or
// reworded statement of a count aligns with the original: number words,
// calques ("persons perished", "compelled to leave the dwellings") and a
// shared distinctive number.
func TestExtractTranslatedWording(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"number word and calques", "Twelve people were killed.", "Not less than 12 persons perished."},
		{"shared count, other verbs", "More than 2,300 residents were forced from their homes.", "More than 2,300 inhabitants were compelled to leave the dwellings."},
		{"units written short", "The Halden array has a capacity of 1.4 gigawatts and 80 turbines.", "Halden, a 1.4 GW array, will have 80 turbines."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*news.Article{art("a", tc.a), art("b", tc.b)}
			claims := Extract(arts, nil, nil)
			if len(claims) == 0 || !slices.Equal(claims[0].Articles, []string{"a", "b"}) {
				t.Errorf("Extract(%q, %q) = %+v, want one claim carried by both", tc.a, tc.b, claims)
			}
		})
	}
}

// TestExtractReportingVerbNotShared checks that two statements sharing
// "said" and two words are not one claim: they share two words, which is
// coincidence more often than restatement.
func TestExtractReportingVerbNotShared(t *testing.T) {
	arts := []*news.Article{
		art("a", "The port received objections, officials said."),
		art("b", "Officials said the port expects bids."),
	}
	claims := Extract(arts, nil, nil)
	for _, c := range claims {
		if len(c.Articles) > 1 {
			t.Errorf("claim %q carried by %v, want every claim carried by one article", c.Text, c.Articles)
		}
	}
}

func TestResidual(t *testing.T) {
	mk := func(doc int, names string, words string) *stmt {
		s := &stmt{doc: doc, terms: map[string]float64{}, nameTerms: setOf(names), roleTerms: map[string]bool{}}
		for w := range setOf(names + " " + words) {
			s.terms[w] = 1
		}
		return s
	}
	stmts := []*stmt{
		0: mk(0, "veld", "plan cost 64 million fires burned 11 days"), // the candidate
		1: mk(1, "", "fires burned 11 days villages"),                 // its own claim, article 1
		2: mk(1, "", "plan cost 64 million"),                          // the other claim, article 1
		3: mk(2, "veld", "visited farms"),                             // a claim sharing only the name
		4: mk(2, "", "plan cost 64 million fires burned 11 days"),     // a copy of the candidate
		5: mk(1, "", "fires burned 11 days north"),                    // article 1 stating the candidate's first fact
	}
	tests := []struct {
		name   string
		c      int
		g, own []int
		want   int
	}{
		{"second fact", 0, []int{2}, []int{0, 1}, 4},
		{"same fact again", 0, []int{1}, []int{0, 5}, 0},
		{"name only", 0, []int{3}, []int{0, 1}, 0},
		{"a copy explains nothing", 0, []int{2}, []int{0, 4}, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := residual(stmts, tc.c, tc.g, tc.own); got != tc.want {
				t.Errorf("residual(%d, %v, %v) = %d, want %d", tc.c, tc.g, tc.own, got, tc.want)
			}
		})
	}
}

func TestCanon(t *testing.T) {
	tests := []struct {
		name         string
		a, aStem     string
		b, bStem     string
		wantSameTerm bool
	}{
		{"number word", "fourteen", "fourteen", "14", "14", true},
		{"persons and people", "persons", "person", "people", "peopl", true},
		{"perished and killed", "perished", "perish", "killed", "kill", true},
		{"compelled and forced", "compelled", "compel", "forced", "forc", true},
		{"km and kilometres", "km", "km", "kilometres", "kilometr", true},
		{"multiplier stays a word", "million", "million", "1000000", "1000000", false},
		{"unrelated", "homes", "home", "persons", "person", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, y := canon(tc.a, tc.aStem), canon(tc.b, tc.bStem)
			if (x == y) != tc.wantSameTerm {
				t.Errorf("canon(%q) = %q, canon(%q) = %q; want same %v", tc.a, x, tc.b, y, tc.wantSameTerm)
			}
		})
	}
}

func TestAnchors(t *testing.T) {
	s := &stmt{slots: setOf("n:2300 n:1.1 n:6 n:2027 n:45 d:3-10")}
	got := anchors(s)
	want := setOf("n:2300 n:1.1 n:45")
	if len(got) != len(want) {
		t.Fatalf("anchors(%v) = %v, want %v", s.slots, got, want)
	}
	for k := range want {
		if !got[k] {
			t.Errorf("anchors(%v) = %v, want %v", s.slots, got, want)
		}
	}
}
