package claim

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestFoldCopiesChangesNothing aligns stories with and without folding
// copies: the claims must be the same, wording, articles and all.
func TestFoldCopiesChangesNothing(t *testing.T) {
	syndicated := func(n int) []*news.Article {
		var arts []*news.Article
		for i := range n {
			text := "The Brannock ferry ran aground on the Selby shoals on Friday with 212 passengers aboard. " +
				"Coastguard boats took everyone off within four hours, the harbour master said. " +
				fmt.Sprintf("Outlet %d adds that the weather in Selby was calm, with a light wind from the west. ", i)
			if i%3 == 0 {
				text += "The operator said the ferry would be towed to Port Ellery for repairs. "
			}
			if i%4 == 1 {
				// A rewrite, not a copy: another number, another wording.
				text = "Coastguard crews rescued 221 passengers from the Brannock ferry after it struck the Selby shoals on Friday. " + text
			}
			arts = append(arts, art(fmt.Sprintf("a%02d", i), text))
		}
		return arts
	}
	tests := []struct {
		name string
		arts []*news.Article
	}{
		{"syndicated copies and rewrites", syndicated(12)},
		{"synthetic story", syntheticStory(12)},
		{"one article", syndicated(1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := extract(tc.arts, nil, nil, noFold)
			got := extract(tc.arts, nil, nil, foldCopies)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Extract with folded copies differs from without (-without +with):\n%s", diff)
			}
		})
	}
}

func TestFoldCopiesFolds(t *testing.T) {
	var arts []*news.Article
	for i := range 5 {
		arts = append(arts, art(fmt.Sprintf("c%d", i), "The Brannock ferry ran aground on the Selby shoals on Friday with 212 passengers aboard. Hi."))
	}
	var stmts []*stmt
	for di, a := range arts {
		d := newDoc(a)
		for _, s := range statements(d, di) {
			features(d, s, nil)
			stmts = append(stmts, s)
		}
	}
	weigh(stmts)
	f := foldCopies(stmts)
	if len(stmts) != 5 || len(f.members) != 1 || len(f.members[0]) != 5 {
		t.Fatalf("foldCopies(5 copies of one sentence): %d statements in %d nodes, want 5 in 1", len(stmts), len(f.members))
	}
	if f.sim(stmts, 0, 1) < linkScore {
		t.Errorf("similarity of two copies = %.3f, want at least %.2f", f.sim(stmts, 0, 1), linkScore)
	}
}

// TestDivergeCopiesChangesNothing compares divergences with and without the
// shortcut for copied statements, on stories where copies are common and
// where a copied quotation is given to different speakers by the sentence
// before it.
func TestDivergeCopiesChangesNothing(t *testing.T) {
	var quoted []*news.Article
	for i, who := range []string{"Mayor Ilse Varga", "Mayor Ilse Varga", "Harbour master Tom Reyes", "Mayor Ilse Varga"} {
		// The second sentence of the quotation is word for word the same
		// in every article; who says it is told only before it.
		quoted = append(quoted, art(fmt.Sprintf("q%d", i),
			fmt.Sprintf("The Brannock ferry ran aground on the Selby shoals on Friday with 212 passengers aboard. "+
				"%s said: \"The hull is intact and the tide will lift her tonight. Nobody was hurt and every passenger is ashore in Selby.\"", who)))
	}
	var copied []*news.Article
	for i := range 8 {
		text := "The Brannock ferry ran aground on the Selby shoals on Friday with 212 passengers aboard. " +
			"Coastguard boats took everyone off within four hours, the harbour master said. "
		if i == 5 {
			text = "The Brannock ferry ran aground on the Selby shoals on Friday with 221 passengers aboard. " +
				"Coastguard boats took everyone off within six hours, the harbour master said. "
		}
		copied = append(copied, art(fmt.Sprintf("c%d", i), text))
	}
	// Two wordings, each in several articles, with a name the entity
	// stage resolves to one person in some articles and not in others:
	// the same pair of texts compared for different articles must give
	// each its own name findings.
	var named []*news.Article
	resolved := fakeNames{}
	for i := range 9 {
		who, n := "Ilse Varga", 212
		if i%3 == 1 {
			who, n = "Ilse Vargova", 221
		}
		a := art(fmt.Sprintf("n%d", i), fmt.Sprintf("Mayor %s ordered the evacuation of %d homes in the riverside district of Belmora late on Tuesday. ", who, n))
		m := mention(a, who)
		if i != 4 {
			resolved[a.ID] = map[int]string{m.Start: "e1"}
		}
		named = append(named, a)
	}
	// Wordings that reverse each other: an antonym, an un- negative, an
	// added "not".
	var flipped []*news.Article
	for i, verb := range []string{"approved", "rejected", "approved", "called acceptable", "called unacceptable", "did not approve", "approved", "called safe", "called unsafe"} {
		flipped = append(flipped, art(fmt.Sprintf("f%d", i),
			fmt.Sprintf("The Selby harbour council %s the plan to tow the Brannock ferry to Port Ellery for repairs on Friday. ", verb)))
	}
	tests := []struct {
		name  string
		arts  []*news.Article
		names Names
		want  string // a kind of divergence that must be found
	}{
		{"meaning flips", flipped, nil, DivMeaning},
		{"copies and one changed copy", copied, nil, DivNumber},
		{"copied quote, other speaker", quoted, nil, DivQuote},
		{"synthetic story", syntheticStory(10), nil, ""},
		{"two wordings, resolved names", named, resolved, DivName},
		{"two wordings, spelling", named, nil, DivNumber},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims := Extract(tc.arts, tc.names, nil)
			want := diverge(tc.arts, claims, tc.names, false, false)
			for _, sc := range []struct {
				name          string
				copies, reuse bool
			}{{"copy shortcut", true, false}, {"reused alignments", false, true}, {"both shortcuts", true, true}} {
				got := diverge(tc.arts, claims, tc.names, sc.copies, sc.reuse)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Diverge with %s differs from without (-without +with):\n%s", sc.name, diff)
				}
			}
			got := Diverge(tc.arts, claims, tc.names)
			if tc.want != "" && !slices.ContainsFunc(got, func(d Divergence) bool { return d.Kind == tc.want }) {
				t.Errorf("Diverge(%q) = %+v, want a %s divergence", tc.name, got, tc.want)
			}
		})
	}
}
