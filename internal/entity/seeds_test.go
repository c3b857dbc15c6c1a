package entity

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestSeeds runs on the project's five real seed articles (read in place,
// never copied): the acceptance groups must come out resolved.
func TestSeeds(t *testing.T) {
	arts := loadDir(t, filepath.Join(sharedDir(t), "seeds"), "*.txt")
	s := Resolve(arts)
	groups := []struct {
		name, kind, want string
		texts            []string
	}{
		{"Haass spellings", news.KindPerson, "Richard Haass", []string{"Richard Haass", "Richard Haas", "Richard Huss"}},
		{"Lavrov spellings", news.KindPerson, "Sergey Lavrov", []string{"Sergey Lavrov", "Sergei Lavrov", "Lavrov"}},
		{"Zelensky spellings", news.KindPerson, "Volodymyr Zelensky", []string{"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky"}},
		{"CFR and its expansion", news.KindOrg, "Council on Foreign Relations", []string{"Council on Foreign Relations", "CFR"}},
		{"Kupchan", news.KindPerson, "Charles Kupchan", []string{"Charles Kupchan"}},
		{"Graham", news.KindPerson, "Thomas Graham", []string{"Thomas Graham"}},
		{"NBC", news.KindOrg, "NBC News", []string{"NBC News", "Nbc News", "NBC"}},
		{"Kiev is Kyiv", news.KindPlace, "Kyiv", []string{"Kiev"}},
		{"Lukashenko", news.KindPerson, "Alexander Lukashenko", []string{"Alexander Lukashenko", "Lukashenko"}},
	}
	seen := make(map[string]string)
	for _, tc := range groups {
		t.Run(tc.name, func(t *testing.T) {
			first := entityOf(t, s, tc.texts[0])
			if first == nil {
				t.Fatalf("no entity has variant %q", tc.texts[0])
			}
			for _, text := range tc.texts[1:] {
				if e := entityOf(t, s, text); e != first {
					t.Errorf("entity of %q = %s, want %s", text, idOf(e), first.ID)
				}
			}
			if first.Kind != tc.kind || first.Name != tc.want {
				t.Errorf("entity of %q = %q (%s), want %q (%s)", tc.texts[0], first.Name, first.Kind, tc.want, tc.kind)
			}
			if other, dup := seen[first.ID]; dup {
				t.Errorf("groups %q and %q resolved to one entity %s", other, tc.name, first.ID)
			}
			seen[first.ID] = tc.name
		})
	}
}
