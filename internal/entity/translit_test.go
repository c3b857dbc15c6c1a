package entity

import (
	"strings"
	"testing"
)

// TestTranslitMatchesReplacer checks the hand-written translitAt against
// strings.Replacer applied to translitPairs, the behaviour it replaced.
func TestTranslitMatchesReplacer(t *testing.T) {
	var pairs []string
	for _, p := range translitPairs {
		pairs = append(pairs, p[0], p[1])
	}
	ref := strings.NewReplacer(pairs...)
	want := func(w string) string {
		f := strings.ReplaceAll(fold(w), " ", "")
		if strings.HasSuffix(f, "j") && len(f) > 2 {
			f = f[:len(f)-1] + "i"
		}
		return collapse(ref.Replace(f))
	}
	words := []string{"Tschaikowsky", "Schmidt", "Kharkiv", "Philipp", "Zelenskyy", "Lawrow",
		"Sergej", "Djokovic", "Xi", "Qatar", "Haass", "Nikolai", "Mohammed", "al-Assad", "ou", "tch", "y", "jj"}
	for w := range firstNames {
		words = append(words, w)
	}
	for _, w := range words {
		if got := translit(w); got != want(w) {
			t.Errorf("translit(%q) = %q, want %q", w, got, want(w))
		}
	}
}
