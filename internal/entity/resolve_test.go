package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// entityOf returns the entity holding a mention with exactly this text, or
// nil. It fails the test when the text is spread over several entities.
func entityOf(t *testing.T, s *Set, text string) *Entity {
	t.Helper()
	var found *Entity
	for i := range s.Entities {
		e := &s.Entities[i]
		for _, v := range e.Variants {
			if v.Text != text {
				continue
			}
			if found != nil && found != e {
				t.Errorf("variant %q is in both %s and %s", text, found.ID, e.ID)
			}
			found = e
		}
	}
	return found
}

func storySet(t *testing.T) *Set {
	t.Helper()
	arts := loadDir(t, "testdata/story", "*.txt")
	return Resolve(arts)
}

func TestResolveStory(t *testing.T) {
	s := storySet(t)
	same := []struct {
		name, kind, want string // want: expected entity Name
		texts            []string
	}{
		{"translit surname and given name", news.KindPerson, "Dmitri Voskresensky",
			[]string{"Dmitri Voskresensky", "Dmitry Voskresenskiy", "Dmitrij Voskresenskij", "Voskresensky"}},
		{"phonetic short surname, same given name and role", news.KindPerson, "Leonard Moss",
			[]string{"Leonard Moss", "Leonard Muss"}},
		{"acronym and expansion", news.KindOrg, "Institute for Maritime Security",
			[]string{"Institute for Maritime Security", "IMS"}},
		{"Mohammed and Muhammad", news.KindPerson, "Mohammed Al-Rashidi",
			[]string{"Mohammed Al-Rashidi", "Muhammad al-Rashidi"}},
		{"-y, -yy and -iy endings", news.KindPerson, "Pavel Zaretskyy",
			[]string{"Pavel Zaretskyy", "Zaretsky", "Zaretskiy"}},
		{"Kyiv and Kiev", news.KindPlace, "Kyiv", []string{"Kyiv", "Kiev"}},
		{"Geneva in Italian", news.KindPlace, "Geneva", []string{"Geneva", "Ginevra"}},
	}
	for _, tc := range same {
		t.Run(tc.name, func(t *testing.T) {
			first := entityOf(t, s, tc.texts[0])
			if first == nil {
				t.Fatalf("no entity has variant %q", tc.texts[0])
			}
			for _, text := range tc.texts[1:] {
				if e := entityOf(t, s, text); e != first {
					t.Errorf("entity of %q = %v, want %s (%q)", text, idOf(e), first.ID, tc.texts[0])
				}
			}
			if first.Kind != tc.kind {
				t.Errorf("Kind of %s = %q, want %q", first.ID, first.Kind, tc.kind)
			}
			if first.Name != tc.want {
				t.Errorf("Name of %s = %q, want %q", first.ID, first.Name, tc.want)
			}
		})
	}
	apart := []struct{ name, a, b string }{
		{"same surname, different given names", "John Halvorsen", "Thomas Halvorsen"},
		{"two women and men named Graham", "Judith Graham", "Graham Ellison"},
		{"Iran and Iraq", "Iran", "Iraq"},
		{"Austria and Australia", "Austria", "Australia"},
		{"Stone and Stein, no shared context", "Peter Stone", "Peter Stein"},
	}
	for _, tc := range apart {
		t.Run(tc.name, func(t *testing.T) {
			ea, eb := entityOf(t, s, tc.a), entityOf(t, s, tc.b)
			if ea == nil || eb == nil {
				t.Fatalf("entities of %q, %q = %v, %v; want both found", tc.a, tc.b, idOf(ea), idOf(eb))
			}
			if ea == eb {
				t.Errorf("%q and %q both resolve to %s, want different entities", tc.a, tc.b, ea.ID)
			}
		})
	}
}

func idOf(e *Entity) string {
	if e == nil {
		return "<nil>"
	}
	return e.ID
}

// TestBareSurname checks that "Halvorsen" and "Graham" attach to the person
// named before them in the same article.
func TestBareSurname(t *testing.T) {
	arts := loadDir(t, "testdata/story", "*.txt")
	s := Resolve(arts)
	cases := []struct {
		name, article, sentence, surname, want string
	}{
		{"senator in a1", "a1", "Halvorsen said the senate", "Halvorsen", "John Halvorsen"},
		{"ambassador in a2", "a2", "Halvorsen, the ambassador", "Halvorsen", "Thomas Halvorsen"},
		{"senator again in a3", "a3", "Halvorsen wants", "Halvorsen", "John Halvorsen"},
		{"minister, not the historian", "a1", "Graham said the strait", "Graham", "Judith Graham"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			i := slices.IndexFunc(arts, func(a *news.Article) bool { return a.ID == tc.article })
			if i < 0 {
				t.Fatalf("no article %s", tc.article)
			}
			off := indexOf(arts[i].Text, tc.sentence)
			if off < 0 {
				t.Fatalf("%q not in %s", tc.sentence, tc.article)
			}
			e, ok := s.Lookup(tc.article, off)
			if !ok {
				t.Fatalf("Lookup(%s, %d) found nothing, want %s", tc.article, off, tc.want)
			}
			if e.Name != tc.want {
				t.Errorf("Lookup(%s, %d) = %q, want %q", tc.article, off, e.Name, tc.want)
			}
		})
	}
}

// TestBareSurnameMainPerson checks that when two people share a surname in
// one article, the bare surname goes to the one introduced first, even after
// the relative has been named: news style names the relative in full.
func TestBareSurnameMainPerson(t *testing.T) {
	a := newArticle("m", "Elias Tervo won the race. Tervo, who trains under his father, the former runner Aarne Tervo, said he was happy. Later Tervo left.")
	s := Resolve([]*news.Article{a})
	for _, sentence := range []string{"Tervo, who trains", "Tervo left"} {
		off := indexOf(a.Text, sentence)
		e, ok := s.Lookup("m", off)
		if !ok || e.Name != "Elias Tervo" {
			t.Errorf("Lookup(m, %d) = %v, want Elias Tervo", off, idOf(e))
		}
	}
	if e := entityOf(t, s, "Aarne Tervo"); e == nil || e == entityOf(t, s, "Elias Tervo") {
		t.Errorf("entity of Aarne Tervo = %s, want a person apart from Elias Tervo", idOf(e))
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestLookup(t *testing.T) {
	a := newArticle("x", "Sergey Lavrov met Richard Haass. Lavrov spoke first.")
	s := Resolve([]*news.Article{a})
	cases := []struct {
		name string
		off  int
		want string
		ok   bool
	}{
		{"start of a full name", 0, "Sergey Lavrov", true},
		{"inside a name", 9, "Sergey Lavrov", true},
		{"bare surname", indexOf(a.Text, "Lavrov spoke"), "Sergey Lavrov", true},
		{"second person", indexOf(a.Text, "Richard"), "Richard Haass", true},
		{"not a mention", indexOf(a.Text, "met"), "", false},
		{"past the end", 1000, "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := s.Lookup("x", tc.off)
			if ok != tc.ok || ok && e.Name != tc.want {
				t.Errorf("Lookup(x, %d) = %v, %v, want %q, %v", tc.off, idOf(e), ok, tc.want, tc.ok)
			}
		})
	}
	if _, ok := s.Lookup("missing", 0); ok {
		t.Errorf("Lookup(missing, 0) found an entity, want none")
	}
	e, _ := s.Lookup("x", 0)
	if got, ok := s.Entity(e.ID); !ok || got != e {
		t.Errorf("Entity(%q) = %v, %v, want the Lavrov entity", e.ID, idOf(got), ok)
	}
}

func TestSurnames(t *testing.T) {
	cases := []struct {
		a, b string
		want surnameMatch
	}{
		{"Zelensky", "Zelenskyy", exactMatch},
		{"Zelenskiy", "Zelensky", exactMatch},
		{"Haass", "Haas", exactMatch},
		{"Lavrov", "Lawrow", exactMatch},
		{"Haass", "Huss", nearMatch},
		{"Lavrovmet", "Lavrov", nearMatch},
		{"Selensky", "Zelensky", nearMatch},
		{"Iran", "Iraq", noMatch},
		{"Austria", "Australia", noMatch},
		{"Graham", "Allison", noMatch},
		{"Lee", "Li", noMatch},
	}
	for _, tc := range cases {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			if got := surnames(translit(tc.a), translit(tc.b)); got != tc.want {
				t.Errorf("surnames(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestFirstCompatible(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Sergei", "Sergey", true},
		{"Sergej", "Serguéi", true},
		{"Mohammed", "Muhammad", true},
		{"Volodymyr", "Vladimir", true},
		{"Bill", "William", true},
		{"J", "John", true},
		{"John", "Thomas", false},
		{"Jan", "Ian", false},
		{"Peter", "Paul", false},
	}
	for _, tc := range cases {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			if got := firstCompatible(translit(tc.a), translit(tc.b)); got != tc.want {
				t.Errorf("firstCompatible(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestBareSurnameElsewhere covers a bare surname in an article that names
// neither full name: role words decide, then frequency.
func TestBareSurnameElsewhere(t *testing.T) {
	arts := []*news.Article{
		newArticle("p1", "Senator John Graham spoke first. Senator John Graham spoke again. John Graham left."),
		newArticle("p2", "Thomas Graham, the former ambassador, stayed."),
		newArticle("p3", "Graham, the ambassador, declined to comment."),
		newArticle("p4", "Reporters waited. Graham said nothing."),
	}
	s := Resolve(arts)
	cases := []struct{ name, article, want string }{
		{"shared role word", "p3", "Thomas Graham"},
		{"most frequent", "p4", "John Graham"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var a *news.Article
			for _, x := range arts {
				if x.ID == tc.article {
					a = x
				}
			}
			off := indexOf(a.Text, "Graham")
			e, ok := s.Lookup(tc.article, off)
			if !ok || e.Name != tc.want {
				t.Errorf("Lookup(%s, %d) = %v, %v, want %q", tc.article, off, idOf(e), ok, tc.want)
			}
		})
	}
}

func TestResolveCases(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		a, b  string // two mention texts
		same  bool
	}{
		{"surname is not a first name", []string{
			"The historian Graham Allison wrote a book.", "Reporters waited. Later, Graham said nothing."},
			"Graham Allison", "Graham", false},
		{"of/on in an organisation name", []string{
			"He runs the Council on Foreign Relations in New York.", "A fellow at the Council of Foreign Relations spoke."},
			"Council on Foreign Relations", "Council of Foreign Relations", true},
		{"outlet with a product suffix", []string{
			"It was reported by Fox News on Friday.", "Officials told Fox News Digital nothing."},
			"Fox News", "Fox News Digital", true},
		{"German transliteration with shared role", []string{
			"Ukrainian President Volodymyr Zelensky visited Prague.", "Der ukrainische Präsident Wolodymyr Selenskyj besuchte Prag."},
			"Volodymyr Zelensky", "Wolodymyr Selenskyj", true},
		{"near surname without shared context", []string{
			"Coach Peter Stone praised his team.", "The banker Peter Stein sold shares."},
			"Peter Stone", "Peter Stein", false},
		{"different given names", []string{
			"Senator John Graham objected.", "The diplomat Thomas Graham agreed."},
			"John Graham", "Thomas Graham", false},
		{"same person, initial", []string{
			"John Graham objected.", "J. Graham agreed."},
			"John Graham", "J. Graham", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var arts []*news.Article
			for i, text := range tc.texts {
				a := newArticle(string(rune('a'+i)), text)
				if strings.HasPrefix(text, "Der ") {
					a.Language = "de"
				}
				arts = append(arts, a)
			}
			checkSameEntity(t, Resolve(arts), tc.a, tc.b, tc.same)
		})
	}
}

// checkSameEntity checks that mentions a and b both resolved and are, or
// are not, one entity.
func checkSameEntity(t *testing.T, s *Set, a, b string, same bool) {
	t.Helper()
	ea, eb := entityOf(t, s, a), entityOf(t, s, b)
	if ea == nil || eb == nil {
		t.Fatalf("entities of %q, %q = %v, %v; want both found", a, b, idOf(ea), idOf(eb))
	}
	if (ea == eb) != same {
		t.Errorf("same entity for %q and %q = %v, want %v", a, b, ea == eb, same)
	}
}

func TestDeclinedGazetteerNames(t *testing.T) {
	cs := newArticle("cs", "Ministr přiletěl z Velké Británie do Švédska. Potom jednal ve Římě a v Keni, nakonec na Aljašce s Novákem.")
	cs.Language = "cs"
	en := newArticle("en", "Then the minister flew to Kanady and met Novakem.")
	en.Language = "en"
	s := Resolve([]*news.Article{cs, en})
	for _, tt := range []struct{ variant, want string }{
		{"Velké Británie", "United Kingdom"},
		{"Švédska", "Sweden"},
		{"Římě", "Rome"},
		{"Keni", "Kenya"},
		{"Aljašce", "Alaska"},
		// Not a place the gazetteer knows, in any case.
		{"Novákem", "Novákem"},
		// Only Czech and Slovak names are read as declined.
		{"Kanady", "Kanady"},
	} {
		e := entityOf(t, s, tt.variant)
		if e == nil {
			t.Errorf("no entity has the variant %q", tt.variant)
			continue
		}
		if e.Name != tt.want {
			t.Errorf("%q is in entity %q, want %q", tt.variant, e.Name, tt.want)
		}
	}
}
