package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestExampleCorpus runs Mentions and Resolve on the stories of the example
// corpus (examples/corpus), whose planted entities are listed in
// examples/truth.json.
func TestExampleCorpus(t *testing.T) {
	all := loadCorpus(t)
	sets := make(map[string]*Set)
	for name := range corpusStories {
		sets[name] = Resolve(corpusStory(t, all, name))
	}
	same := []struct {
		name, story, kind, want string
		texts                   []string
	}{
		{"Korovin and his transliteration", "merrow-dam-collapse", person, "Ilyas Korovin",
			[]string{"Ilyas Korovin", "Ilias Korovine", "Korovin", "Korovine"}},
		{"Korovin six weeks later", "vessa-wildfire-plan", person, "Ilyas Korovin",
			[]string{"Ilyas Korovin", "Korovin"}},
		{"Pirhonen", "merrow-dam-collapse", person, "Dana Pirhonen", []string{"Dana Pirhonen", "Pirhonen"}},
		{"Radek Sommer", "merrow-dam-collapse", person, "Radek Sommer", []string{"Radek Sommer", "Sommer"}},
		{"Agnes Sommer", "merrow-dam-collapse", person, "Agnes Sommer", []string{"Agnes Sommer"}},
		{"Katrin Holm without her role", "merrow-dam-collapse", person, "Katrin Holm", []string{"Katrin Holm", "Holm"}},
		{"Lena Ostrova", "merrow-dam-collapse", person, "Lena Ostrova", []string{"Lena Ostrova"}},
		{"Coastal Energy Authority and CEA", "greyhaven-wind-farm", org, "Coastal Energy Authority",
			[]string{"Coastal Energy Authority", "CEA"}},
		{"utility without an organisation word", "merrow-dam-collapse", org, "Vessa Hydro", []string{"Vessa Hydro"}},
		{"developer without an organisation word", "greyhaven-wind-farm", org, "Skarvik Offshore", []string{"Skarvik Offshore"}},
		{"possessive inside an organisation", "greyhaven-wind-farm", org, "Greyhaven Fishermen's Association",
			[]string{"Greyhaven Fishermen's Association"}},
		{"town named in apposition", "merrow-dam-collapse", place, "Lower Kaldbrook", []string{"Lower Kaldbrook"}},
		{"town after a preposition", "merrow-dam-collapse", place, "Kaldbrook", []string{"Kaldbrook"}},
		{"street", "merrow-dam-collapse", place, "Mill Road", []string{"Mill Road"}},
		{"dam", "merrow-dam-collapse", place, "Merrow Dam", []string{"Merrow Dam"}},
		{"port town", "greyhaven-wind-farm", place, "Port Aldous", []string{"Port Aldous"}},
		{"Elias Tervo", "tarnholm-marathon", person, "Elias Tervo", []string{"Elias Tervo", "Tervo"}},
		{"Aarne Tervo", "tarnholm-marathon", person, "Aarne Tervo", []string{"Aarne Tervo"}},
		{"hyphenated surname", "tarnholm-marathon", person, "Hanna Osei-Lind", []string{"Hanna Osei-Lind"}},
	}
	for _, tc := range same {
		t.Run(tc.name, func(t *testing.T) {
			s := sets[tc.story]
			first := entityOf(t, s, tc.texts[0])
			if first == nil {
				t.Fatalf("story %s: no entity has variant %q", tc.story, tc.texts[0])
			}
			for _, text := range tc.texts[1:] {
				if e := entityOf(t, s, text); e != first {
					t.Errorf("story %s: entity of %q = %s, want %s", tc.story, text, idOf(e), first.ID)
				}
			}
			if first.Name != tc.want || first.Kind != tc.kind {
				t.Errorf("story %s: entity of %q = %q (%s), want %q (%s)", tc.story, tc.texts[0], first.Name, first.Kind, tc.want, tc.kind)
			}
		})
	}
	apart := []struct{ story, a, b string }{
		{"merrow-dam-collapse", "Radek Sommer", "Agnes Sommer"},
		{"merrow-dam-collapse", "Lower Kaldbrook", "Kaldbrook"},
		{"merrow-dam-collapse", "Vessa Hydro", "Vessa"},
		{"tarnholm-marathon", "Elias Tervo", "Aarne Tervo"},
	}
	for _, tc := range apart {
		t.Run(tc.a+" apart from "+tc.b, func(t *testing.T) {
			s := sets[tc.story]
			a, b := entityOf(t, s, tc.a), entityOf(t, s, tc.b)
			if a == nil || b == nil {
				t.Fatalf("story %s: entity of %q = %s, of %q = %s, want both", tc.story, tc.a, idOf(a), tc.b, idOf(b))
			}
			if a == b {
				t.Errorf("story %s: %q and %q resolved to one entity %s", tc.story, tc.a, tc.b, a.ID)
			}
		})
	}
}

// roleStarts are words a person's role begins with; none may be left at the
// front of an entity's name or variants.
var roleStarts = wordSet(`minister deputy mp colonel governor opposition environment mayor chair
	spokeswoman spokesman president secretary water resources head`)

func TestExampleCorpusNoRolesInNames(t *testing.T) {
	all := loadCorpus(t)
	for name := range corpusStories {
		s := Resolve(corpusStory(t, all, name))
		for _, e := range s.Entities {
			for _, text := range append([]string{e.Name}, variantTexts(e)...) {
				if w, _, _ := strings.Cut(fold(text), " "); roleStarts[w] {
					t.Errorf("story %s: entity %s has name or variant %q starting with a role word", name, e.ID, text)
				}
			}
		}
	}
}

func variantTexts(e Entity) []string {
	var out []string
	for _, v := range e.Variants {
		out = append(out, v.Text)
	}
	return out
}

// TestExampleCorpusTruth checks every entity of examples/truth.json in every
// story that names it: one entity of the planted kind and name holds all of
// the variants that story's texts use.
func TestExampleCorpusTruth(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir, "..", "truth.json"))
	if err != nil {
		t.Skipf("examples/truth.json not readable: %v", err)
	}
	var truth struct {
		Entities []struct {
			Name, Kind string
			Variants   []string
			Files      []string
		}
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatalf("decode truth.json: %v", err)
	}
	all := loadCorpus(t)
	storyOf := make(map[string]string)
	for name, refs := range corpusStories {
		for _, r := range refs {
			storyOf[r] = name
		}
	}
	sets := make(map[string]*Set)
	for _, te := range truth.Entities {
		stories := make(map[string]bool)
		for _, f := range te.Files {
			stories[storyOf[strings.TrimPrefix(f, "corpus/")]] = true
		}
		for story := range stories {
			if story == "" {
				continue
			}
			if sets[story] == nil {
				sets[story] = Resolve(corpusStory(t, all, story))
			}
			t.Run(story+"/"+te.Name, func(t *testing.T) {
				checkTruthEntity(t, sets[story], corpusStory(t, all, story), te.Name, te.Kind, te.Variants)
			})
		}
	}
}

func checkTruthEntity(t *testing.T, s *Set, arts []*news.Article, name, kind string, variants []string) {
	t.Helper()
	var want *Entity
	for _, v := range variants {
		used := false
		for _, a := range arts {
			for _, m := range a.Mentions {
				used = used || m.Text == v
			}
		}
		if !used {
			continue
		}
		e := entityOf(t, s, v)
		if want == nil {
			want = e
		}
		if e != want {
			t.Errorf("entity of %q = %s, want %s", v, idOf(e), idOf(want))
		}
	}
	if want == nil {
		t.Fatalf("no variant of %q found among the mentions", name)
	}
	if want.Name != name || want.Kind != kind {
		t.Errorf("entity %s = %q (%s), want %q (%s)", want.ID, want.Name, want.Kind, name, kind)
	}
}
