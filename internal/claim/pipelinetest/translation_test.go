package pipelinetest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/fixture"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/provenance"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// TestTranslatedClaims runs an English report with a French translation
// and a Russian one through the real stages. The translations carry the
// report's claims; what the Russian adds stands alone; the passenger count
// and the day the Russian changed (120 -> 210, Monday -> вторник) are a
// number and a date divergence; Cyrillic spellings of names are not name
// divergences.
func TestTranslatedClaims(t *testing.T) {
	byLang := map[string]*news.Article{}
	var arts []*news.Article
	for _, l := range []string{"en", "fr", "ru"} {
		as := fixture.Load(t, filepath.Join("testdata", "translation", l+".txt"))
		if len(as) != 1 {
			t.Fatalf("load %s: %d articles, want 1", l, len(as))
		}
		if as[0].Language != l {
			t.Fatalf("%s.txt detected as %q", l, as[0].Language)
		}
		byLang[l] = as[0]
		arts = append(arts, as[0])
	}
	set := entity.Resolve(arts)
	names := entityNames{set}
	claims := claim.Extract(arts, names, provenance.Analyze(arts))
	en, fr, ru := byLang["en"].ID, byLang["fr"].ID, byLang["ru"].ID

	tests := []struct {
		name   string
		phrase string // in the English or Russian statement
		want   []string
	}{
		{"aground, with the changed count", "ran aground on a sandbank", []string{en, fr, ru}},
		{"passengers taken off", "taken off by lifeboats", []string{en, fr, ru}},
		{"the captain's account", "lost steering in heavy fog", []string{en, fr, ru}},
		{"the operator", "built in 1998", []string{en, fr, ru}},
		{"dropped in Russian", "refloat the ferry", []string{en, fr}},
		{"added in Russian", "третья авария", []string{ru}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrase)
			if c == nil {
				t.Fatalf("no claim has a statement with %q", tc.phrase)
			}
			got := slices.Clone(c.Articles)
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("claim %q carried by %v, want %v", c.Text, got, want)
			}
		})
	}

	divs := claim.Diverge(arts, claims, names)
	var numbers, dates []string
	for _, d := range divs {
		for _, v := range d.Values {
			switch d.Kind {
			case claim.DivNumber:
				numbers = append(numbers, v.Value)
			case claim.DivDate:
				dates = append(dates, v.Value)
			}
		}
		if d.Kind == claim.DivName {
			t.Errorf("name divergence %+v: a name in another script is not a change", d)
		}
	}
	slices.Sort(numbers)
	if want := []string{"120", "210"}; !slices.Equal(numbers, want) {
		t.Errorf("number divergences %v, want %v", numbers, want)
	}
	slices.Sort(dates)
	if want := []string{"Monday", "вторник (Tuesday)"}; !slices.Equal(dates, want) {
		t.Errorf("date divergences %v, want %v", dates, want)
	}
}

// FuzzTranslated runs two texts through the real stages as an article and
// its translation, so that sentence alignment, held-out translations and
// their comparison see arbitrary input: no panic, and every claim points
// inside its article.
func FuzzTranslated(f *testing.F) {
	f.Add("The ferry Aldra ran aground with 120 passengers on board. Nobody was hurt.",
		"Паром «Алдра» сел на мель, на борту были 210 пассажиров. Никто не пострадал.")
	f.Add("Captain Ines Marrot said 18,000 people live there.", "Капитан Инес Марро сказала, что там живут 18 000 человек.")
	f.Add("a. b. c.", "…. ” “ « » 1 000 000")
	f.Fuzz(func(t *testing.T, x, y string) {
		langs := []string{"en", "ru"}
		var arts []*news.Article
		for i, text := range []string{x, y} {
			a := &news.Article{Text: text}
			textproc.Process(a)
			a.ID = langs[i]
			a.Language = langs[i]
			a.Mentions = entity.Mentions(a)
			arts = append(arts, a)
		}
		names := entityNames{entity.Resolve(arts)}
		claims := claim.Extract(arts, names, provenance.Analyze(arts))
		for _, c := range claims {
			for _, r := range c.Sentences {
				text := arts[0].Text
				if r.Article == "ru" {
					text = arts[1].Text
				}
				if r.Start < 0 || r.End > len(text) || r.Start > r.End {
					t.Fatalf("ref %+v out of range for %q", r, text)
				}
			}
		}
		claim.Diverge(arts, claims, names)
	})
}

// TestTranslationJoinsItsSourceOnly runs two independent English reports
// of one storm with a Russian translation of the first that adds a
// sentence of its own. The translation must carry the first report's
// claims only: joining a claim of the second report would count the first
// report's outlet as a second origin and fake a corroboration.
func TestTranslationJoinsItsSourceOnly(t *testing.T) {
	byName := map[string]*news.Article{}
	var arts []*news.Article
	for _, n := range []string{"a", "b", "r"} {
		as := fixture.Load(t, filepath.Join("testdata", "translation2", n+".txt"))
		if len(as) != 1 {
			t.Fatalf("load %s: %d articles, want 1", n, len(as))
		}
		as[0].ID = n
		byName[n] = as[0]
		arts = append(arts, as[0])
	}
	names := entityNames{entity.Resolve(arts)}
	claims := claim.Extract(arts, names, provenance.Analyze(arts))
	carried := 0
	for _, c := range claims {
		if !slices.Contains(c.Articles, "r") || len(c.Articles) == 1 {
			continue
		}
		carried++
		if !slices.Contains(c.Articles, "a") {
			t.Errorf("claim %q carried by %v: the translation joined a claim its source does not carry", c.Text, c.Articles)
		}
	}
	if carried < 4 {
		t.Errorf("the translation carries %d of its source's claims, want at least 4 of 5", carried)
	}
	// The sentence only the translation has stands between two that name
	// no number or name either, so sentence alignment pairs it by length
	// with its neighbour's source (a known limit): what matters is that
	// it cannot join the second report.
	if c := claimWith(arts, claims, "двадцати лет"); c == nil || slices.Contains(c.Articles, "b") {
		t.Errorf("the sentence only the translation has: claim %+v, want it without the second report", c)
	}
}

// TestUnrelatedForeignArticleIsNoTranslation puts an English sports
// roundup and an Italian list of deals, which share a few small numbers
// and nothing else, in one story, as an eager story grouping can. The
// Italian article is no translation of the English one, so none of its
// lines may carry an English claim: each would count as a second origin.
func TestUnrelatedForeignArticleIsNoTranslation(t *testing.T) {
	var arts []*news.Article
	for _, n := range []string{"en", "it"} {
		as := fixture.Load(t, filepath.Join("testdata", "unrelated", n+".txt"))
		if len(as) != 1 {
			t.Fatalf("load %s: %d articles, want 1", n, len(as))
		}
		as[0].ID = n
		arts = append(arts, as[0])
	}
	names := entityNames{entity.Resolve(arts)}
	claims := claim.Extract(arts, names, provenance.Analyze(arts))
	for _, c := range claims {
		if len(c.Articles) > 1 {
			t.Errorf("claim %q carried by %v: an unrelated article in another language counted as a translation", c.Text, c.Articles)
		}
	}
	for _, d := range claim.Diverge(arts, claims, names) {
		t.Errorf("divergence %s %v between unrelated articles", d.Kind, d.Values)
	}
}
