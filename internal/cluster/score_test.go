package cluster

import (
	"math"
	"testing"
)

func TestScores(t *testing.T) {
	gold := map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
	tests := []struct {
		name               string
		pred               map[string]string
		pp, pr, pf, bp, br float64
	}{
		{"perfect", map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}, 1, 1, 1, 1, 1},
		// One cluster: 10 pairs predicted, 4 gold pairs all found.
		// BCubed precision: (3*3/5 + 2*2/5)/5 = 0.52.
		{"all together", map[string]string{"a": "1", "b": "1", "c": "1", "d": "1", "e": "1"}, 0.4, 1, 4.0 / 7, 0.52, 1},
		// Singletons: no predicted pairs, precision 0 by convention as gold has pairs.
		{"singletons", map[string]string{"a": "1", "b": "2", "c": "3", "d": "4", "e": "5"}, 0, 0, 0, 1, 0.2 * (1.0/3*3 + 0.5*2)},
		// c split off: pairs 2 predicted same (ab, de), both right; gold 4.
		{"one split", map[string]string{"a": "1", "b": "1", "c": "3", "d": "2", "e": "2"}, 1, 0.5, 2.0 / 3, 1, (2*2.0/3 + 1.0/3 + 2) / 5},
		{"unlabelled items ignored", map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2", "z": "1"}, 1, 1, 1, 1, 1},
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r, f := Pairwise(tc.pred, gold)
			if !near(p, tc.pp) || !near(r, tc.pr) || !near(f, tc.pf) {
				t.Errorf("Pairwise = %.4f %.4f %.4f, want %.4f %.4f %.4f", p, r, f, tc.pp, tc.pr, tc.pf)
			}
			p, r, f = BCubed(tc.pred, gold)
			wantF := harmonic(tc.bp, tc.br)
			if !near(p, tc.bp) || !near(r, tc.br) || !near(f, wantF) {
				t.Errorf("BCubed = %.4f %.4f %.4f, want %.4f %.4f %.4f", p, r, f, tc.bp, tc.br, wantF)
			}
		})
	}
}

func TestScoresEmpty(t *testing.T) {
	if p, r, f := BCubed(nil, map[string]string{"a": "x"}); p != 0 || r != 0 || f != 0 {
		t.Errorf("BCubed(no predictions) = %v %v %v, want 0 0 0", p, r, f)
	}
	if p, r, f := Pairwise(map[string]string{"a": "1"}, map[string]string{"a": "x"}); p != 1 || r != 1 || f != 1 {
		t.Errorf("Pairwise(one item) = %v %v %v, want 1 1 1 (no pairs on either side)", p, r, f)
	}
}

func TestAgglomerative(t *testing.T) {
	docs := [][]string{
		{"flood", "river", "barrier", "town"},
		{"minister", "resign", "contract", "audit"},
		{"flood", "river", "rescue", "town"},
		{"minister", "resign", "audit", "tender"},
		{"choir", "contest", "piano"},
	}
	tests := []struct {
		name      string
		threshold float64
		want      []int
	}{
		{"topics", 0.2, []int{0, 1, 0, 1, 2}},
		{"nothing merges", 0.99, []int{0, 1, 2, 3, 4}},
		{"everything merges", -1, []int{0, 0, 0, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Agglomerative(docs, tc.threshold)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("Agglomerative(docs, %v) = %v, want %v", tc.threshold, got, tc.want)
				}
			}
		})
	}
	if got := Agglomerative(nil, 0.5); len(got) != 0 {
		t.Errorf("Agglomerative(nil) = %v, want empty", got)
	}
}
