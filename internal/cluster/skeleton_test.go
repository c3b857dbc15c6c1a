package cluster

import (
	"math"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestAddSkeletonShort(t *testing.T) {
	v := vec{}
	for _, w := range []string{"bush", "ali", "oe", "marrowby"} {
		addSkeleton(v, w)
	}
	if len(v) != 1 || v["~mrb"] != 1 {
		t.Errorf("addSkeleton(bush, ali, oe, marrowby) = %v, want only ~mrb: keys under %d consonants link nothing", v, minSkeleton)
	}
}

// TestCrossVectorBlend checks the property crossVector exists for: the
// dot product of two is the weighted blend of the cosines of their parts.
func TestCrossVectorBlend(t *testing.T) {
	n1 := pack(vec{"#2026": 1, "#30000": 2})
	s1 := pack(vec{"~kln": 1, "~tln": 1, "~slnd": 3})
	n2 := pack(vec{"#30000": 1, "#17": 1})
	s2 := pack(vec{"~kln": 2, "~slnd": 1, "~mrb": 1})
	cos := func(a, b packed) float64 {
		a, b = append(packed(nil), a...).unit(), append(packed(nil), b...).unit()
		return a.dot(b)
	}
	want := crossNumbers*cos(n1, n2) + (1-crossNumbers)*cos(s1, s2)
	a := crossVector(append(packed(nil), n1...), append(packed(nil), s1...))
	b := crossVector(append(packed(nil), n2...), append(packed(nil), s2...))
	if got := a.dot(b); math.Abs(got-want) > 1e-9 {
		t.Errorf("crossVector dot = %.6f, want the blend %.6f", got, want)
	}
	if got := a.dot(a); math.Abs(got-1) > 1e-9 {
		t.Errorf("crossVector self dot = %.6f, want 1 with both parts present", got)
	}
}

// TestCrossLingualScripts links translations in scripts other than the
// Latin one through numbers and name skeletons, and keeps an article of
// another event in the same script apart.
func TestCrossLingualScripts(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	en := testArticle("en", "", "Scooter maker Quillon is recalling 30,000 Q2 scooters after 17 battery fires, chief executive Mara Tollen said in Oslund on Tuesday.", day)
	tests := []struct {
		name, lang, text string
		join             bool
	}{
		{"Russian translation", "ru", "Производитель самокатов Quillon отзывает 30 000 самокатов Q2 после 17 возгораний батарей, заявила в Ослунде генеральный директор Мара Толлен.", true},
		{"Arabic translation", "ar", "تسحب شركة كويلون 30000 دراجة بعد 17 حريقا في البطاريات، كما قالت المديرة التنفيذية مارا تولين في أوسلوند.", true},
		{"Russian, another event", "ru", "Хор шахтёров из Эскерби победил на национальном конкурсе песни в субботу, собрав 412 голосов жюри.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Other stories first, so that document frequencies weigh
			// names and numbers as in a real stream.
			c := New(Options{})
			arts, _ := loadFixtures(t)
			for _, a := range arts {
				c.Add(a)
			}
			s := c.Add(en)
			a := pipelineArticle("x", tc.lang, "", tc.text, day)
			c.Add(a)
			got := c.Assignments()["x"] == s
			if got != tc.join {
				t.Errorf("%s joined the English story: %v, want %v", tc.name, got, tc.join)
			}
		})
	}
}

// TestRestoreVersion1 restores a story from the state encoding before
// cross-lingual centroids: it restores, and a translation still links to
// it through the anchors, as it did before.
func TestRestoreVersion1(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	en := testArticle("en", "", "Scooter maker Quillon is recalling 30,000 Q2 scooters after 17 battery fires, chief executive Mara Tollen said in Oslund.", day)
	fr := testArticle("fr", "", "Quillon rappelle 30 000 trottinettes Q2 après 17 incendies de batteries, a déclaré Mara Tollen à Oslund.", day)
	fr.Language = "fr"
	src := New(Options{})
	id := src.Add(en)
	v2, _, err := src.State(id)
	if err != nil {
		t.Fatal(err)
	}
	v1 := version1(t, v2)
	c := New(Options{})
	if err := c.Restore("old", v1); err != nil {
		t.Fatalf("Restore(version 1 state) = %v, want nil", err)
	}
	if got := c.Add(fr); got != "old" {
		t.Errorf("Add(translation) after restoring a version 1 story = %q, want old", got)
	}
	back, _, err := c.State("old")
	if err != nil || len(back) == 0 || back[0] != stateVersion {
		t.Errorf("State(restored story) = version %v, %v; want version %d", back[:min(1, len(back))], err, stateVersion)
	}
}

// version1 rewrites a version 2 state as version 1: the same fields
// without the cross-lingual centroid, which comes last.
func version1(t *testing.T, b []byte) []byte {
	t.Helper()
	r := pastHeader(b)
	for range 2 {
		r.bytes(12 * r.uvarint())
	}
	if r.err != nil {
		t.Fatalf("reading state: %v", r.err)
	}
	cut := len(b) - len(r.b)
	out := append([]byte{stateVersionV1}, b[1:cut]...)
	return out
}

// TestCentroidPerLanguage checks that a story keeps MaxTerms centroid
// entries per language: one cut for all languages starved each of them.
func TestCentroidPerLanguage(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	en := testArticle("en", "", "Scooter maker Quillon is recalling 30,000 Q2 scooters after 17 battery fires, chief executive Mara Tollen said in Oslund on Tuesday.", day)
	fr := testArticle("fr", "", "Quillon rappelle 30 000 trottinettes Q2 après 17 incendies de batteries, a déclaré la directrice générale Mara Tollen à Oslund mardi.", day)
	fr.Language = "fr"
	const maxTerms = 4
	tests := []struct {
		name  string
		arts  []string
		langs int
	}{
		{"one language", []string{"en"}, 1},
		{"two languages", []string{"en", "fr"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// A threshold every article passes puts both in one story.
			c := New(Options{MaxTerms: maxTerms, Threshold: 1e-9})
			var id string
			for _, a := range []*news.Article{en, fr}[:len(tc.arts)] {
				id = c.Add(a)
			}
			b, _, err := c.State(id)
			if err != nil {
				t.Fatal(err)
			}
			r := pastHeader(b)
			if got, want := r.uvarint(), uint64(maxTerms*tc.langs); got != want {
				t.Errorf("State keeps %d terms for a story in %d languages, want MaxTerms×%d = %d", got, tc.langs, tc.langs, want)
			}
		})
	}
}

// pastHeader returns a reader of a State encoding positioned after the
// version, count, dates and languages, at the first centroid.
func pastHeader(b []byte) *reader {
	r := &reader{b: b[1:]}
	r.uvarint()
	r.time()
	r.time()
	for n := r.uvarint(); n > 0; n-- {
		r.bytes(r.uvarint())
		r.uvarint()
	}
	return r
}
