package align

import (
	"testing"
)

// BenchmarkAlign aligns the invented English report with its French
// translation from built profiles: the cost of one article pair in a story.
func BenchmarkAlign(b *testing.B) {
	en := NewProfile(load(b, "flood.en.txt", "en"), Options{})
	fr := NewProfile(load(b, "flood.fr.txt", "fr"), Options{})
	b.ReportAllocs()
	for b.Loop() {
		Align(en, fr, Options{})
	}
}

// BenchmarkAlignMultiLing aligns every MultiLing translation with its
// English source from built profiles.
func BenchmarkAlignMultiLing(b *testing.B) {
	var pairs []mlPair
	for _, p := range loadMLPairs(b) {
		if p.translated {
			pairs = append(pairs, p)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pairs {
			Align(p.en, p.other, Options{})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pairs)), "µs/pair")
}

// BenchmarkNewProfile reads the anchors of one short article.
func BenchmarkNewProfile(b *testing.B) {
	a := load(b, "flood.en.txt", "en")
	b.ReportAllocs()
	for b.Loop() {
		NewProfile(a, Options{})
	}
}
