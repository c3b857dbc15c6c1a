package textproc

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestQuickLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
		ok               bool
	}{
		{"english prose", "The council said on Monday that the bridge would stay closed for six weeks while the engineers of the city inspect the steel span and the road.", "en", true},
		{"german prose", "Der Rat sagte am Montag, dass die Brücke sechs Wochen lang geschlossen bleibt, während die Ingenieure der Stadt die Stahlbrücke und die Straße prüfen.", "de", true},
		// Romance languages share too many stop words: left to lingua.
		{"french prose", "Le conseil a déclaré lundi que le pont resterait fermé pendant six semaines, le temps que les ingénieurs de la ville inspectent la structure et la route.", "", false},
		{"too short", "The bridge is closed.", "", false},
		{"names only", "Ilyas Korovin Dana Pirhonen Radek Sommer Lena Ostrova Jonas Eklund Katrin Holm Agnes Sommer Merrow Kaldbrook Vessa Tarnholm Ulvik", "", false},
		{"cyrillic", "Совет заявил в понедельник, что мост будет закрыт на шесть недель, пока инженеры города проверяют стальной пролёт и дорогу.", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := quickLanguage(tc.text)
			if got != tc.want || ok != tc.ok {
				t.Errorf("quickLanguage(%q) = %q, %v; want %q, %v", tc.text, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestQuickLanguageAgreesWithLingua checks the fast path against lingua on
// real news text: wherever it answers, it must answer as lingua does.
func TestQuickLanguageAgreesWithLingua(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the MultiLing and DUC articles")
	}
	dir := sharedDir(t)
	var texts []string
	english := 0 // the DUC texts, all English, come last
	for _, rel := range []string{"data/multilingual/multiling2011.jsonl", "data/summarization/duc2004_task2.jsonl"} {
		f, err := os.Open(filepath.Join(dir, rel))
		if err != nil {
			t.Skipf("shared data not available: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var rec struct {
				Docs []struct {
					Text string `json:"text"`
				} `json:"docs"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			for _, d := range rec.Docs {
				texts = append(texts, d.Text)
				if filepath.Base(rel) == "duc2004_task2.jsonl" {
					english++
				}
			}
		}
		f.Close()
	}
	answered, answeredEnglish := 0, 0
	for i, text := range texts {
		sample := languageSample(text)
		quick, ok := quickLanguage(sample)
		if !ok {
			continue
		}
		answered++
		if i >= len(texts)-english {
			answeredEnglish++
		}
		l, found := detector().DetectLanguageOf(sample)
		if !found {
			continue
		}
		if want := lowerCode(l.IsoCode639_1().String()); quick != want {
			t.Errorf("quickLanguage says %q, lingua %q, on %.80q", quick, want, sample)
		}
	}
	t.Logf("fast path answered %d of %d articles (%d of %d English)", answered, len(texts), answeredEnglish, english)
	if answeredEnglish*10 < english*9 {
		t.Errorf("fast path answered only %d of %d English news articles", answeredEnglish, english)
	}
}

func lowerCode(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestAnalyzeCorrectsDeclaredLanguage checks that a site's language tag
// gives way where the text's stop words clearly contradict it, and only
// there.
func TestAnalyzeCorrectsDeclaredLanguage(t *testing.T) {
	const english = "The council said on Monday that the bridge would stay closed for six weeks while the engineers of the city inspect the steel span and the road."
	const german = "Der Rat sagte am Montag, dass die Brücke sechs Wochen lang geschlossen bleibt, während die Ingenieure der Stadt die Stahlbrücke und die Straße prüfen."
	const french = "Le conseil a déclaré lundi que le pont resterait fermé pendant six semaines, le temps que les ingénieurs de la ville inspectent la structure et la route."
	tests := []struct {
		name, declared, text, want string
	}{
		{"English page on a German site", "de", english, "en"},
		{"German post in an English template", "en-US", german, "de"},
		{"tag agrees", "de", german, "de"},
		{"doubtful text keeps the tag", "it", french, "it"},
		{"too short to contradict", "de", "The bridge is closed.", "de"},
		{"a tag outside the stop-word languages is kept", "ca", english, "ca"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{Text: tc.text, Language: tc.declared}
			Analyze(a)
			if a.Language != tc.want {
				t.Errorf("Analyze(%s-tagged %.20q…).Language = %q, want %q", tc.declared, tc.text, a.Language, tc.want)
			}
		})
	}
}
