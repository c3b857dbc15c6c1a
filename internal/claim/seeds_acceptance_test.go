package claim

import (
	"slices"
	"strings"
	"testing"
)

// TestSeedAlignment checks the acceptance alignments on the shared seed
// story (five rewrites of one report).
//
// The same checks run on the output of the real textproc and entity stages
// in the pipelinetest package, kept apart so that this package's tests do
// not depend on those packages building.
func TestSeedAlignment(t *testing.T) {
	arts := loadSeeds(t)
	claims := Extract(arts, nil, nil)

	t.Run("Lavrov met the former officials in New York in April", func(t *testing.T) {
		c := claimWith(arts, claims, "Lavrov", "New York")
		if c == nil {
			t.Fatal("no claim holds a statement naming Lavrov and New York")
		}
		if len(c.Articles) < 4 {
			t.Errorf("claim %q carried by %v, want >= 4 articles", c.Text, c.Articles)
		}
		for _, id := range c.Articles {
			if s := refText(arts, c, id); !containsAny(s, "New York") {
				t.Errorf("article %s contributes %q, want the New York meeting", id, s)
			}
		}
	})
	t.Run("participants Haass, Kupchan and Graham", func(t *testing.T) {
		c := claimWith(arts, claims, "Kupchan", "Graham")
		if c == nil {
			t.Fatal("no claim names Kupchan and Graham")
		}
		if len(c.Articles) < 4 {
			t.Errorf("claim %q carried by %v, want >= 4 articles", c.Text, c.Articles)
		}
		for _, id := range c.Articles {
			if s := refText(arts, c, id); !containsAny(s, "Kupchan", "Haass", "Huss", "Haas") {
				t.Errorf("article %s contributes %q, want a participant named", id, s)
			}
		}
	})
	t.Run("Lukashenko: talks could begin in the autumn", func(t *testing.T) {
		c := claimWith(arts, claims, "Lukashenko", "peace talks")
		if c == nil {
			t.Fatal("no claim has Lukashenko on peace talks")
		}
		if !slices.Contains(c.Articles, "002") || !slices.Contains(c.Articles, "004") {
			t.Errorf("claim %q carried by %v, want 002 and 004", c.Text, c.Articles)
		}
		for _, id := range []string{"002", "004"} {
			if s := refText(arts, c, id); !containsAny(s, "fall", "autumn") {
				t.Errorf("article %s contributes %q, want the autumn talks", id, s)
			}
		}
	})
	singles := []struct {
		name, article string
		phrases       []string
	}{
		{"Putin fled and hid", "000", []string{"fled and hid"}},
		{"Mary Beth Long", "002", []string{"Mary Beth Long"}},
		{"Rebekah Koffler", "001", []string{"Rebekah Koffler"}},
		{"CIA director's trip", "002", []string{"CIA Director"}},
		{"Wall Street Journal passage", "003", []string{"Wall Street Journal"}},
	}
	for _, tc := range singles {
		t.Run("single source: "+tc.name, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrases...)
			if c == nil {
				t.Fatalf("no claim holds %q", tc.phrases)
			}
			if !slices.Equal(c.Articles, []string{tc.article}) || c.Origins != 1 || !c.SingleSource {
				t.Errorf("claim %q: articles %v, origins %d, single %v; want only %s, 1 origin, single source",
					c.Text, c.Articles, c.Origins, c.SingleSource, tc.article)
			}
		})
	}
	t.Run("Putin insert is filler", func(t *testing.T) {
		c := claimWith(arts, claims, "fled and hid")
		if c == nil || c.Kind != KindFiller {
			t.Errorf("Putin insert: %+v, want kind %q", c, KindFiller)
		}
	})
	t.Run("blog commentary", func(t *testing.T) {
		c := claimWith(arts, claims, "One would assume that the American President")
		if c == nil || c.Kind != KindCommentary {
			t.Errorf("blog aside: %+v, want kind %q", c, KindCommentary)
		}
	})
	t.Run("each article at most once per claim", func(t *testing.T) {
		for _, c := range claims {
			seen := make(map[string]bool)
			for _, id := range c.Articles {
				if seen[id] {
					t.Errorf("claim %q carries article %s twice", c.Text, id)
				}
				seen[id] = true
			}
		}
	})
}

// TestSeedDivergence checks that the meaning drift between the blog's
// "off-ramp that could be tolerable" and the Spanish translation's
// "unacceptable diplomatic exit" is found.
func TestSeedDivergence(t *testing.T) {
	arts := loadSeeds(t)
	claims := Extract(arts, nil, nil)
	divs := Diverge(arts, claims, nil)
	found := false
	for _, d := range divs {
		if d.Kind != DivMeaning {
			continue
		}
		var tolerable, unacceptable bool
		for _, v := range d.Values {
			if v.Value == "tolerable" && slices.Contains(v.Articles, "003") {
				tolerable = true
			}
			if v.Value == "unacceptable" && slices.Contains(v.Articles, "002") {
				unacceptable = true
			}
		}
		found = found || tolerable && unacceptable
	}
	if !found {
		t.Errorf("Diverge(seeds) = %+v, want a meaning divergence tolerable (003) vs unacceptable (002)", divs)
	}
	for _, d := range divs {
		// Trivial differences (case, dots, possessives) are not divergences.
		seen := make(map[string]bool)
		for _, v := range d.Values {
			k := nameForm(fold(v.Value))
			if seen[k] {
				t.Errorf("divergence %s on claim %s lists %q twice up to case and dots: %+v", d.Kind, d.Claim, v.Value, d.Values)
			}
			seen[k] = true
		}
		if d.Kind == DivName {
			for _, v := range d.Values {
				if v.Value == "Richard Huss" && !slices.Equal(v.Articles, []string{"002"}) {
					t.Errorf("Huss carried by %v, want 002", v.Articles)
				}
			}
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// allFrom is a Lineage crediting every sentence to one origin.
type allFrom string

func (o allFrom) Origin(string, int) string { return string(o) }

// Inherited is true: the credit is the articles', not their sentences'.
func (o allFrom) Inherited(string, int) bool { return true }

// TestSeedOrigins checks that rewrites of one report count as one origin:
// when provenance credits every seed article to NBC News, the claims they
// all carry have one origin however many articles carry them.
func TestSeedOrigins(t *testing.T) {
	arts := loadSeeds(t)
	claims := Extract(arts, nil, allFrom("outlet:nbc news"))
	c := claimWith(arts, claims, "Lavrov", "New York")
	if c == nil {
		t.Fatal("no claim holds a statement naming Lavrov and New York")
	}
	if c.Origins != 1 || !c.SingleSource || len(c.Articles) < 4 {
		t.Errorf("claim %q: origins %d, single %v, %d articles; want 1 origin, single source, >= 4 articles",
			c.Text, c.Origins, c.SingleSource, len(c.Articles))
	}
}
