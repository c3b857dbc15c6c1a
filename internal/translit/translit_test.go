package translit

import (
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"Guantánamo across scripts", []string{"Guantánamo", "Guantanamo", "Γκουαντάναμο", "غوانتانامو", "גואנטנמו", "ग्वांतानामो"}, "gntnm"},
		{"Cyrillic and Latin", []string{"Москва", "Moskva", "Moscow"}, "msk"},
		{"transliteration variants", []string{"Zelensky", "Zelenskyy", "Зеленский"}, "slnsk"},
		{"an invented firm in Arabic script", []string{"Quillon", "كويلون"}, "kln"},
		{"digraphs", []string{"Khartoum", "Chartum"}, "krtm"},
		{"Greek mp is b", []string{"Bush", "Μπους", "ΜΠΟΥΣ"}, "bs"},
		{"Greek nt is d at the start of a word", []string{"Dalton", "Ντάλτον"}, "dltn"},
		{"Greek nt is nt inside a word", []string{"Atlanta", "Ατλάντα"}, "tlnt"},
		{"Greek gk is g", []string{"Gaza", "Γκάζα"}, "gs"},
		{"Greek b of an established name", []string{"Berlin", "Βερολίνο"}, "brln"},
		{"no consonants", []string{"Aoi", ""}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.in {
				if got := Key(Fold(w)); got != tc.want {
					t.Errorf("Key(Fold(%q)) = %q, want %q", w, got, tc.want)
				}
			}
		})
	}
}

func TestKeyKeepsApart(t *testing.T) {
	for _, p := range [][2]string{{"Tollen", "Tallow"}, {"Marrowby", "Mirabel"}, {"Oslund", "Eskerby"}} {
		if a, b := Key(Fold(p[0])), Key(Fold(p[1])); a == b {
			t.Errorf("Key(%q) = Key(%q) = %q, want different keys", p[0], p[1], a)
		}
	}
}

func TestAppendKeyAppends(t *testing.T) {
	if got := string(AppendKey([]byte("~"), "marrowby")); got != "~mrb" {
		t.Errorf("AppendKey(~, marrowby) = %q, want ~mrb", got)
	}
}

func TestUncased(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Oslund", false}, {"oslund", false}, {"Лавров", false}, {"Γκουαντάναμο", false},
		{"غوانتانامو", true}, {"גואנטנמו", true}, {"ग्वांतानामो", true}, {"2026", false}, {"", false},
	}
	for _, tc := range tests {
		if got := Uncased(tc.in); got != tc.want {
			t.Errorf("Uncased(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzFold checks that folding never panics and that valid text folds to
// ASCII, Greek digraphs included.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Μπους", "ΝΤΑΛΤΟΝ", "γκ", "μ", "Κολόμπο", "Guantánamo", "\xff\xfeμπ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if !utf8.ValidString(s) {
			return
		}
		for i := 0; i < len(out); i++ {
			if out[i] >= utf8.RuneSelf {
				t.Fatalf("Fold(%q) = %q, not ASCII", s, out)
			}
		}
		_ = Key(out)
	})
}
