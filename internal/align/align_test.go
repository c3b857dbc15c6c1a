package align

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// article prepares text as the pipeline does before the claim stage.
func article(t testing.TB, id, lang, text string) *news.Article {
	t.Helper()
	a := &news.Article{ID: id, Language: lang, Text: text}
	textproc.Analyze(a)
	a.ID = id
	a.Mentions = entity.Mentions(a)
	return a
}

func load(t testing.TB, name, lang string) *news.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return article(t, name, lang, string(b))
}

type ab struct{ A, B int }

func indexes(ps []Pair) []ab {
	out := make([]ab, len(ps))
	for i, p := range ps {
		out[i] = ab{p.A, p.B}
	}
	return out
}

// TestSentencesTranslations aligns an invented English report with three
// translations, each of which drops one sentence and adds one of its own.
func TestSentencesTranslations(t *testing.T) {
	en := load(t, "flood.en.txt", "en")
	if len(en.Sentences) != 8 {
		t.Fatalf("flood.en.txt splits into %d sentences, want 8", len(en.Sentences))
	}
	tests := []struct {
		name, file, lang string
		sentences        int
		want             []ab
	}{
		// Drops "Schools will remain closed" (6), adds the 2019
		// evacuation after the rainfall (4).
		{"french", "flood.fr.txt", "fr", 8, []ab{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 5}, {5, 6}, {7, 7}}},
		// Drops the rescue teams (4), adds the aid collection (6).
		{"russian", "flood.ru.txt", "ru", 8, []ab{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {5, 4}, {6, 5}, {7, 7}}},
		// Drops the mayor's quotation (2), adds the bridge (5); writes
		// two numbers in Arabic-Indic digits.
		{"arabic", "flood.ar.txt", "ar", 8, []ab{{0, 0}, {1, 1}, {3, 2}, {4, 3}, {5, 4}, {6, 6}, {7, 7}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := load(t, tc.file, tc.lang)
			if len(tr.Sentences) != tc.sentences {
				t.Fatalf("%s splits into %d sentences, want %d", tc.file, len(tr.Sentences), tc.sentences)
			}
			got := Sentences(en, tr, Options{})
			if diff := cmp.Diff(tc.want, indexes(got)); diff != "" {
				for _, p := range got {
					t.Logf("%d-%d %.2f  %q / %q", p.A, p.B, p.Score, en.SentenceText(p.A), tr.SentenceText(p.B))
				}
				t.Errorf("Sentences(en, %s) pairs (-want +got):\n%s", tc.name, diff)
			}
			// The same alignment read from the other side.
			back := Sentences(tr, en, Options{})
			var flipped []ab
			for _, p := range back {
				flipped = append(flipped, ab{p.B, p.A})
			}
			if diff := cmp.Diff(tc.want, flipped); diff != "" {
				t.Errorf("Sentences(%s, en) pairs, flipped (-want +got):\n%s", tc.name, diff)
			}
			if c := Coverage(got, len(en.Sentences), len(tr.Sentences)); c < 0.8 {
				t.Errorf("Coverage(en, %s) = %.2f, want >= 0.8 for a translation", tc.name, c)
			}
		})
	}
}

// TestSentencesUnrelated checks that two reports of different events,
// with lengths that would fit, are not paired on length alone.
func TestSentencesUnrelated(t *testing.T) {
	en := load(t, "flood.en.txt", "en")
	other := article(t, "other", "fr", "Le club de Norrvik a remporté la finale samedi devant 31 000 spectateurs. "+
		"L'entraîneur Paulo Meiras a salué une saison sans défaite. "+
		"« Ce titre appartient aux supporters », a-t-il dit. "+
		"La fédération a annoncé un nouveau stade pour 2031. "+
		"Le capitaine quittera le club cet été. "+
		"Les billets pour la prochaine saison seront vendus dès lundi. "+
		"La ville organisera un défilé dimanche. "+
		"Le maire a promis des transports gratuits pour l'occasion.")
	got := Sentences(en, other, Options{})
	if c := Coverage(got, len(en.Sentences), len(other.Sentences)); c > 0.3 {
		t.Errorf("Coverage(flood, football) = %.2f with pairs %v, want <= 0.3", c, got)
	}
}

// TestSentencesEntity checks that a resolved entity links sentences whose
// names share no spelling.
func TestSentencesEntity(t *testing.T) {
	a := article(t, "a", "en", "Germany closed the border crossing on Monday. Officials gave no reason for the decision.")
	b := article(t, "b", "fr", "L'Allemagne a fermé le poste-frontière lundi. Les responsables n'ont donné aucune raison à cette décision.")
	ent := func(id string, start int) (string, bool) {
		switch {
		case id == "a" && start == 0:
			return "place:germany", true
		case id == "b" && start == 0, id == "b" && start == 2:
			return "place:germany", true
		}
		return "", false
	}
	plain := Sentences(a, b, Options{MinScore: 1e-9})
	with := Sentences(a, b, Options{MinScore: 1e-9, Entity: ent})
	score := func(ps []Pair) float64 {
		for _, p := range ps {
			if p.A == 0 && p.B == 0 {
				return p.Score
			}
		}
		return 0
	}
	if score(with) <= score(plain) {
		t.Errorf("Sentences with Entity: pair 0-0 scores %.2f, want more than %.2f without", score(with), score(plain))
	}
}

func TestSentencesDegenerate(t *testing.T) {
	full := article(t, "f", "en", "One sentence here. Another one there.")
	tests := []struct {
		name string
		a, b *news.Article
	}{
		{"nil", nil, full},
		{"empty", &news.Article{}, full},
		{"both empty", &news.Article{}, &news.Article{}},
		{"unprocessed", &news.Article{Text: "No sentences were split."}, full},
		{"bad spans", &news.Article{Text: "short", Sentences: []news.Sentence{{Start: 3, End: 99}, {Start: -1, End: 2}},
			Tokens: []news.Token{{Start: 0, End: 50, Sentence: 7}}, Mentions: []news.Mention{{Start: 40, End: 2, Text: "X"}}}, full},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Sentences(tc.a, tc.b, Options{})
			for _, p := range got {
				if p.A < 0 || p.B < 0 || tc.a == nil || p.A >= len(tc.a.Sentences) || p.B >= len(tc.b.Sentences) {
					t.Errorf("Sentences(%s) = pair %v, out of range", tc.name, p)
				}
			}
		})
	}
}

// TestSentencesLopsided aligns articles of very different lengths, where
// the band cannot hold a path, without failing.
func TestSentencesLopsided(t *testing.T) {
	a := &news.Article{Text: "x.", Sentences: []news.Sentence{{Start: 0, End: 2}, {Start: 0, End: 2}}}
	b := &news.Article{Text: "y."}
	for range 2000 {
		b.Sentences = append(b.Sentences, news.Sentence{Start: 0, End: 2})
	}
	if got := Sentences(a, b, Options{}); len(got) > 2 {
		t.Errorf("Sentences(2 sentences, 2000 sentences) = %d pairs, want at most 2", len(got))
	}
}
