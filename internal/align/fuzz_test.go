package align

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// FuzzSentences aligns arbitrary texts run through textproc and entity:
// no panic, and pairs in range, in order, each at most once, scored in
// [0, 1].
func FuzzSentences(f *testing.F) {
	f.Add("The dam broke on 3 May. 1,240 homes flooded.", "Le barrage a cédé le 3 mai. 1 240 maisons inondées.", "")
	f.Add("", "x", "en")
	f.Add("«»\"\". . . ٢٣٠٠ १२", "2300. 12!", "ar")
	f.Add("A.\n\nB.\n\nC. D. E. F. G. H.", "A. B.", "fr")
	f.Add("Ivan Petrov met Olga in Moscow. They spoke.", "Иван Петров встретил Ольгу в Москве. Они говорили.", "ru")
	f.Fuzz(func(t *testing.T, x, y, lang string) {
		a := &news.Article{ID: "a", Text: x, Language: lang}
		b := &news.Article{ID: "b", Text: y}
		for _, art := range []*news.Article{a, b} {
			textproc.Analyze(art)
			art.Mentions = entity.Mentions(art)
		}
		ent := func(id string, start int) (string, bool) { return id[:0] + "e", start%2 == 0 }
		for _, opt := range []Options{{}, {MinScore: 1e-9, Entity: ent}} {
			got := Sentences(a, b, opt)
			seen := map[Pair]bool{}
			for k, p := range got {
				if p.A < 0 || p.A >= len(a.Sentences) || p.B < 0 || p.B >= len(b.Sentences) {
					t.Fatalf("Sentences = pair %v, out of range (%d, %d sentences)", p, len(a.Sentences), len(b.Sentences))
				}
				if p.Score < 0 || p.Score > 1 {
					t.Fatalf("Sentences = pair %v, score outside [0, 1]", p)
				}
				if k > 0 && (p.A < got[k-1].A || p.B < got[k-1].B) {
					t.Fatalf("Sentences = %v, pairs out of order", got)
				}
				key := Pair{A: p.A, B: p.B}
				if seen[key] {
					t.Fatalf("Sentences = %v, pair %v twice", got, key)
				}
				seen[key] = true
			}
			if c := Coverage(got, len(a.Sentences), len(b.Sentences)); c < 0 || c > 1 {
				t.Fatalf("Coverage = %v, want within [0, 1]", c)
			}
		}
	})
}
