package claim

import (
	"slices"
	"testing"
)

func TestDigitNumbers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []float64
	}{
		{"plain and with a comma", "About 2,300 people left, and 14 died.", []float64{2300, 14}},
		{"thousands after a space", "Около 18 000 жителей и 31 человек.", []float64{18000, 31}},
		{"thousands after a no-break space", "Environ 18\u00a0000 habitants.", []float64{18000}},
		{"a year then a count stay apart", "In 1998 there were 120 passengers.", []float64{1998, 120}},
		{"two numbers in a row, not a group", "Rooms 12 1234 were closed.", []float64{12, 1234}},
		{"no digits", "Nobody was hurt.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(art("a", tc.text))
			v := newView(d, Ref{Article: "a", Start: 0, End: len(tc.text)})
			var got []float64
			for _, n := range digitNumbers(v) {
				got = append(got, n.value)
				if tc.text[n.start:n.end] != n.text {
					t.Errorf("digitNumbers(%q): %q at [%d,%d)", tc.text, n.text, n.start, n.end)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("digitNumbers(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
