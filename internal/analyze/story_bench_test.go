package analyze

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// BenchmarkStory measures the per-story stages on one story retold by n
// articles, to show how the cost grows with a story's size. The "synth"
// variant is the synthetic stream as it comes: few distinct sentences,
// which flatters every shortcut for copies. The "rewritten" variant gives
// each retelling its own wording (see rewrite), as independent outlets do,
// so that the cost of comparing different statements shows too.
func BenchmarkStory(b *testing.B) {
	variants := []struct {
		name string
		edit func(a *news.Article)
	}{
		{"synth", func(*news.Article) {}},
		{"rewritten", func(a *news.Article) { a.Text = rewrite(a.Text, 11) }},
	}
	for _, v := range variants {
		for _, n := range []int{25, 100, 400, 1000} {
			b.Run(fmt.Sprintf("%s/%d", v.name, n), func(b *testing.B) {
				arts := benchStory(b, n, v.edit)
				ids := make([]string, len(arts))
				for i, a := range arts {
					ids[i] = a.ID
				}
				b.ResetTimer()
				for b.Loop() {
					Story(ids[0], nil, arts)
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			})
		}
	}
}

// benchStory draws n articles of one synthetic story (seed 7), edits each
// before preparation, and prepares them.
func benchStory(b *testing.B, n int, edit func(*news.Article)) []*news.Article {
	b.Helper()
	s := synth.New(synth.Config{Seed: 7, StoryEvery: 1 << 30})
	arts := make([]*news.Article, 0, n)
	for len(arts) < n {
		a := s.Next()
		edit(a)
		if err := Prepare(a); err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// TestRewriteVaries checks that the rewritten benchmark story is what it
// claims to be: far more distinct sentences than the synthetic one, while
// copies stay copies.
func TestRewriteVaries(t *testing.T) {
	distinct := func(edit func(*news.Article)) (int, int) {
		s := synth.New(synth.Config{Seed: 7, StoryEvery: 1 << 30})
		seen := map[string]bool{}
		total := 0
		for range 200 {
			a := s.Next()
			edit(a)
			for _, p := range strings.Split(a.Text, "\n\n") {
				seen[p] = true
				total++
			}
		}
		return len(seen), total
	}
	plain, _ := distinct(func(*news.Article) {})
	re, total := distinct(func(a *news.Article) { a.Text = rewrite(a.Text, 11) })
	if re < 4*plain || re < total/4 {
		t.Errorf("rewrite gives %d distinct paragraphs of %d (synthetic: %d), want at least 4x the synthetic and a quarter of all", re, total, plain)
	}
	orig := "The flood in Brandel had affected more than 212 residents, Lina Voss said.\n\nOfficials announced an inquiry."
	copied := orig + "\n\nThis article first appeared at Harbour Times."
	if got, want := rewrite(copied, 3), rewrite(orig, 3)+"\n\nThis article first appeared at Harbour Times."; got != want {
		t.Errorf("rewrite(copy) = %q, want the rewritten original plus the credit %q", got, want)
	}
}

// copyCredit is the line the synthetic stream appends to a syndicated copy.
const copyCredit = "\n\nThis article first appeared at "

// rewrite gives a synthetic article its own wording, deterministically from
// seed and the text: per-article synonym choices, dropped attribution
// clauses, inserted modifiers, moved attributions and swapped paragraphs.
// A syndicated copy gets the rewrite of the text it copies, and a re-sent
// duplicate that of its original, so that copies stay copies.
func rewrite(text string, seed uint64) string {
	body, credit := text, ""
	if i := strings.LastIndex(text, copyCredit); i >= 0 {
		body, credit = text[:i], text[i:]
	}
	h := fnv.New64a()
	h.Write([]byte(body))
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))

	// One choice per article for each synonym set, as an outlet's style
	// is consistent within a piece.
	subst := make([]string, 0, 2*len(synonyms))
	for _, set := range synonyms {
		subst = append(subst, " "+set[0]+" ", " "+set[rng.IntN(len(set))]+" ")
	}
	rep := strings.NewReplacer(subst...)

	paras := strings.Split(body, "\n\n")
	for i, p := range paras {
		p = strings.TrimSuffix(rep.Replace(" "+p+" "), " ")[1:]
		if rng.IntN(3) == 0 {
			p = dropClause(p)
		}
		if rng.IntN(2) == 0 {
			// Before a lower-case word, so that no name is split.
			ws := strings.Fields(p)
			if k := 1 + rng.IntN(max(len(ws)-1, 1)); k < len(ws) && ws[k] != strings.ToUpper(ws[k][:1])+ws[k][1:] {
				ws = append(ws[:k], append([]string{modifiers[rng.IntN(len(modifiers))]}, ws[k:]...)...)
				p = strings.Join(ws, " ")
			}
		}
		paras[i] = p
	}
	for i := 0; i+1 < len(paras); i++ {
		if rng.IntN(4) == 0 {
			paras[i], paras[i+1] = paras[i+1], paras[i]
			i++
		}
	}
	return strings.Join(paras, "\n\n") + credit
}

// dropClause cuts a trailing attribution (", X said." or ", according to
// X.") the way a rewrite shortens a sentence.
func dropClause(p string) string {
	for _, sep := range []string{", according to ", ", "} {
		if i := strings.LastIndex(p, sep); i > 0 && strings.HasSuffix(p, ".") && len(p)-i < 40 {
			return p[:i] + "."
		}
	}
	return p
}

// synonyms lists, per set, the word of the synthetic templates first and
// the ways an outlet may say it instead.
var synonyms = [][]string{
	{"said", "told reporters", "stated", "noted"},
	{"affected", "hit", "touched", "disrupted"},
	{"residents", "people", "inhabitants", "locals"},
	{"announced", "opened", "launched", "ordered"},
	{"inquiry", "investigation", "probe", "review"},
	{"described", "called", "labelled"},
	{"worst", "most severe", "gravest"},
	{"decades", "a generation", "many years"},
	{"homes", "houses", "dwellings", "households"},
	{"agreement", "deal", "accord", "settlement"},
	{"covers", "applies to", "includes"},
	{"workers", "employees", "staff members"},
	{"representatives", "delegates", "members"},
	{"plans", "intends", "expects"},
	{"meet", "hold talks with", "see"},
	{"first", "initially", "originally"},
	{"reported", "noticed", "flagged"},
	{"centre", "heart", "core"},
	{"reached", "struck", "concluded"},
	{"more than", "over", "upwards of"},
}

// modifiers are words a rewrite may add.
var modifiers = []string{"reportedly", "also", "now", "officially", "so far", "in all", "locally", "again", "publicly", "initially"}
