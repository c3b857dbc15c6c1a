package extract

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name, pred, truth string
		p, r              float64
	}{
		{"identical", "One two three four five.", "one, two; three four FIVE", 1, 1},
		{"both empty", "", "", 1, 1},
		{"empty prediction", "", "one two three four", 0, 0},
		{"extra text", "a b c d e f g h", "a b c d e", 2.0 / 5, 1},
		{"missing text", "a b c d e", "a b c d e f g h", 1, 2.0 / 5},
		{"short texts", "a b", "a b", 1, 1},
		{"unicode words", "Ĉu vi parolas Esperanton hodiaŭ", "ĉu vi parolas esperanton hodiaŭ", 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r := Score(tc.pred, tc.truth)
			if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 {
				t.Errorf("Score(%q, %q) = %.3f, %.3f; want %.3f, %.3f", tc.pred, tc.truth, p, r, tc.p, tc.r)
			}
		})
	}
}

func TestEval(t *testing.T) {
	var e Eval
	e.Add("a b c d e", "a b c d e") // P 1, R 1
	e.Add("", "a b c d e")          // no prediction: counts for recall only (R 0)
	e.Add("a b c d e f g h", "a b c d e")
	f1, p, r, acc := e.Result()
	wantP, wantR := (1+2.0/5)/2, (1+0+1)/3.0
	if math.Abs(p-wantP) > 1e-9 || math.Abs(r-wantR) > 1e-9 || math.Abs(acc-1.0/3) > 1e-9 {
		t.Errorf("Eval.Result() P, R, accuracy = %.3f, %.3f, %.3f; want %.3f, %.3f, %.3f", p, r, acc, wantP, wantR, 1.0/3)
	}
	if want := 2 * wantP * wantR / (wantP + wantR); math.Abs(f1-want) > 1e-9 {
		t.Errorf("Eval.Result() F1 = %.3f, want %.3f", f1, want)
	}
}
