package textproc

import (
	"slices"
	"testing"
)

func TestReadNumber(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             []string // the keys, in text order
	}{
		{"comma thousands", "About 2,300 people left.", "en", []string{"2300"}},
		{"space thousands", "Elle a inondé 2 300 maisons.", "fr", []string{"2300"}},
		{"no-break space thousands", "Около 18\u00a0000 жителей.", "ru", []string{"18000"}},
		{"a year then a count", "In 2005 300 people came.", "en", []string{"2005", "300"}},
		{"Arabic-Indic digits", "غمرت المياه ٢٣٠٠ منزل", "ar", []string{"2300"}},
		{"leading zeros", "Route 007 closed.", "en", []string{"7"}},
		{"no digits", "Nobody was hurt.", "en", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.text, tc.lang)
			var got []string
			for k := 0; k < len(toks); k++ {
				if key, last, ok := ReadNumber(tc.text, toks, k); ok {
					got = append(got, key)
					k = last
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("ReadNumber over %q = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	if _, _, ok := ReadNumber("12", nil, 0); ok {
		t.Error("ReadNumber(no tokens) = ok, want false")
	}
}
