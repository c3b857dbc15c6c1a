package translit

import "testing"

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
