package brief

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// wordStory is three articles on a ferry strike: every article uses
// "ferry", "strike" and "Tollvik"; one alone mentions the cafe.
func wordStory() []candidate {
	day := time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC)
	arts := []*news.Article{
		article("w1", "Coast Daily", "The ferry strike in Tollvik stopped every crossing to the islands on Monday morning. "+
			"A small cafe near the harbour sold out of waffles by noon.", day),
		article("w2", "Island Post", "Ferry crews in Tollvik began a strike that stopped crossings to the islands.", day),
		article("w3", "Fjord Wire", "The strike by ferry crews in Tollvik left island families without a crossing.", day),
	}
	return candidates(arts, defaultParams)
}

func findCandidate(t *testing.T, cands []candidate, prefix string) candidate {
	t.Helper()
	for _, c := range cands {
		if len(c.text) >= len(prefix) && c.text[:len(prefix)] == prefix {
			return c
		}
	}
	t.Fatalf("no candidate starts with %q", prefix)
	return candidate{}
}

func TestWordUse(t *testing.T) {
	cands := wordStory()
	shared := findCandidate(t, cands, "The ferry strike")
	side := findCandidate(t, cands, "A small cafe")
	t.Run("shared words pay more", func(t *testing.T) {
		u := newWordUse(cands, defaultParams.wordsGamma, defaultParams.wordsLen)
		if s, c := u.gain(shared, 1000), u.gain(side, 1000); s <= c {
			t.Errorf("gain(shared) = %v, gain(side detail) = %v, want shared higher", s, c)
		}
	})
	t.Run("words pay up to their quota", func(t *testing.T) {
		u := newWordUse(cands, defaultParams.wordsGamma, 1)
		before := u.gain(shared, 1000)
		u.add(shared)
		if after := u.gain(shared, 1000); after != 0 || before == 0 {
			t.Errorf("gain(shared) = %v, then %v once it is in the summary, want >0 then 0 with quota 1", before, after)
		}
	})
	t.Run("a cut sentence counts only what fits", func(t *testing.T) {
		u := newWordUse(cands, defaultParams.wordsGamma, defaultParams.wordsLen)
		whole, cut, none := u.gain(shared, len(shared.text)), u.gain(shared, 20), u.gain(shared, 2)
		if !(whole > cut && cut > 0 && none == 0) {
			t.Errorf("gain(shared) whole %v, first 20 bytes %v, first 2 bytes %v; want whole > cut > 0 = none", whole, cut, none)
		}
	})
	t.Run("no candidates", func(t *testing.T) {
		if g := newWordUse(nil, 4, 200).gain(shared, 1000); g != 0 {
			t.Errorf("gain over an empty story = %v, want 0", g)
		}
	})
}

func TestStemmedWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		ends     []int
	}{
		{"stems and splits like ROUGE", "Ferries stopped (5 mph).", []string{"ferri", "stop", "5", "mph"}, []int{7, 15, 18, 22}},
		{"short words unstemmed", "It was U.S. news", []string{"it", "was", "u", "s", "new"}, []int{2, 6, 8, 10, 16}},
		{"empty", "", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ends := stemmedWords(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("stemmedWords(%q) = %q, want %q", tc.in, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] || ends[i] != tc.ends[i] {
					t.Errorf("stemmedWords(%q)[%d] = %q ending at %d, want %q at %d", tc.in, i, got[i], ends[i], tc.want[i], tc.ends[i])
				}
			}
			if r := rougeTokens(tc.in); len(r) != len(got) {
				t.Errorf("stemmedWords(%q) = %q, rougeTokens = %q, want the same words", tc.in, got, r)
			}
		})
	}
}
