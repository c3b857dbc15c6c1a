package align

import (
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

func TestWordKeys(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"greek", "Guantánamo", "Γκουαντάναμο"},
		{"arabic", "Guantánamo", "غوانتانامو"},
		{"arabic article", "Orsen", "والأورسن"},
		{"hebrew", "Guantánamo", "גואנטנמו"},
		{"hindi", "Guantánamo", "ग्वांतानामो"},
		{"russian", "Valmora", "Вальмора"},
		{"arabic f for v", "Valmora", "فالمورا"},
		{"czech locative", "Leeds", "Leedsu"},
		{"hebrew prefix", "London", "בלונדון"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ka, kb := wordKeys(tc.a), wordKeys(tc.b)
			meet := false
			for _, k := range ka {
				meet = meet || slices.Contains(kb, k)
			}
			if !meet {
				t.Errorf("wordKeys(%q) = %v, wordKeys(%q) = %v, want a key in common", tc.a, ka, tc.b, kb)
			}
		})
	}
	if ka, kb := wordKeys("Paris"), wordKeys("Berlin"); slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) }) {
		t.Errorf("wordKeys(Paris) = %v and wordKeys(Berlin) = %v share a key", ka, kb)
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"comma thousands", "It flooded 2,300 homes.", "en", []string{"#2300"}},
		{"point thousands", "Inundó 2.300 casas.", "es", []string{"#2300"}},
		{"space thousands", "Elle a inondé 2 300 maisons.", "fr", []string{"#2300"}},
		{"no-break space", "Elle a inondé 2\u00a0300 maisons.", "fr", []string{"#2300"}},
		{"millions", "Il y a 1 250 000 habitants.", "fr", []string{"#1250000"}},
		{"two numbers", "In 2005 300 people came.", "en", []string{"#2005", "#300"}},
		{"arabic-indic", "غمرت المياه ٢٣٠٠ منزل", "ar", []string{"#2300"}},
		{"devanagari", "२३०० घर डूब गए", "hi", []string{"#2300"}},
		{"decimal", "It cost 4.5 million.", "en", []string{"#45"}},
		{"decimal comma", "Cela a coûté 4,5 millions.", "fr", []string{"#45"}},
		{"leading zero", "At 06 hours.", "en", []string{"#6"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{Text: tc.text, Language: tc.lang}
			textproc.Analyze(a)
			p := NewProfile(a, Options{})
			var got []string
			for _, want := range tc.want {
				if _, ok := p.df[hashKey(want)]; ok {
					got = append(got, want)
				}
			}
			var all int
			for _, fs := range p.sents {
				for _, f := range fs {
					if f.kind == '#' {
						all++
					}
				}
			}
			if !slices.Equal(got, tc.want) || all != len(tc.want) {
				t.Errorf("NewProfile(%q) numbers: found %v of %v, %d number keys in all", tc.text, got, tc.want, all)
			}
		})
	}
}
