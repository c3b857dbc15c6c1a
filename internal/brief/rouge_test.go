package brief

import (
	"math"
	"strings"
	"testing"
)

func TestRouge(t *testing.T) {
	tests := []struct {
		name    string
		summary string
		refs    []string
		n       int
		recall  float64
		f       float64
	}{
		{"identical", "the cat sat", []string{"the cat sat"}, 1, 1, 1},
		{"stemming and case", "Cats RUNNING", []string{"cat running"}, 1, 1, 1},
		{"half the unigrams", "the dog", []string{"the cat"}, 1, 0.5, 0.5},
		{"bigrams", "the cat sat on", []string{"the cat lay on"}, 2, 1.0 / 3, 1.0 / 3},
		{"pooled over references", "red boat", []string{"red boat", "blue ship"}, 1, 0.5, 0.5},
		{"clipped counts", "ferry ferry ferry", []string{"ferry left"}, 1, 0.5, 0.4},
		{"punctuation splits words", "well-known", []string{"well known"}, 2, 1, 1},
		{"nothing shared", "alpha", []string{"beta"}, 1, 0, 0},
		{"no references", "alpha", nil, 1, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, f := Rouge(tc.summary, tc.refs, tc.n)
			if math.Abs(r-tc.recall) > 1e-9 || math.Abs(f-tc.f) > 1e-9 {
				t.Errorf("Rouge(%q, %q, %d) = %.4f/%.4f, want %.4f/%.4f", tc.summary, tc.refs, tc.n, r, f, tc.recall, tc.f)
			}
		})
	}
}

func TestRougeTruncates(t *testing.T) {
	long := strings.Repeat("filler ", 200) + "target"
	if r, _ := Rouge(long, []string{"target"}, 1); r != 0 {
		t.Errorf("Rouge(word past byte %d) recall = %.2f, want 0: summaries are cut to %d bytes", RougeBytes, r, RougeBytes)
	}
	if r, _ := Rouge("target "+strings.Repeat("filler ", 200), []string{"target"}, 1); r != 1 {
		t.Errorf("Rouge(word at start) recall = %.2f, want 1", r)
	}
}
