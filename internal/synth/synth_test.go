package synth

import (
	"strings"
	"testing"
)

func TestStreamDeterministic(t *testing.T) {
	a, b := New(Config{Seed: 7}), New(Config{Seed: 7})
	for i := range 500 {
		x, y := a.Next(), b.Next()
		if x.Text != y.Text || x.Source != y.Source || !x.Published.Equal(y.Published) {
			t.Fatalf("article %d differs between two streams with the same seed", i)
		}
	}
}

func TestStreamShape(t *testing.T) {
	s := New(Config{Seed: 1})
	stories := map[string]int{}
	urls := map[string]bool{}
	var dups, spam int
	const n = 2000
	for range n {
		a := s.Next()
		if strings.Contains(a.Text, "%!") {
			t.Fatalf("bad template output in %q", a.Text)
		}
		if a.Title == "" || a.Outlet == "" || a.Published.IsZero() || len(a.Text) < 200 {
			t.Fatalf("article missing fields: %+v", a)
		}
		stories[Gold(a)]++
		if urls[a.URL] {
			dups++
		}
		urls[a.URL] = true
		if strings.Contains(a.Text, "Read also:") {
			spam++
		}
	}
	if len(stories) < n/20 || len(stories) > n/3 {
		t.Errorf("%d stories in %d articles, want between %d and %d", len(stories), n, n/20, n/3)
	}
	if dups == 0 || dups > n/10 {
		t.Errorf("%d re-sent duplicates in %d articles, want a few percent", dups, n)
	}
	if spam == 0 {
		t.Error("no spam inserts generated")
	}
}

func BenchmarkNext(b *testing.B) {
	s := New(Config{Seed: 1})
	for b.Loop() {
		s.Next()
	}
}

// TestStreamOwnsNothingItReturns: the consumer may change what Next
// returns (cleaning rewrites Text) without changing later articles.
func TestStreamOwnsNothingItReturns(t *testing.T) {
	a, b := New(Config{Seed: 5}), New(Config{Seed: 5})
	for i := range 3000 {
		x, y := a.Next(), b.Next()
		if x.Text != y.Text {
			t.Fatalf("article %d differs after the consumer changed earlier ones", i)
		}
		x.Text = "changed by the consumer"
		x.Title = ""
	}
}
