package analyze

import (
	"fmt"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// BenchmarkStory measures the per-story stages on one story retold by n
// articles, to show how the cost grows with a story's size.
func BenchmarkStory(b *testing.B) {
	for _, n := range []int{25, 100, 400} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := synth.New(synth.Config{Seed: 7, StoryEvery: 1 << 30})
			arts := make([]*news.Article, 0, n)
			ids := make([]string, 0, n)
			for len(arts) < n {
				a := s.Next()
				if err := Prepare(a); err != nil {
					b.Fatal(err)
				}
				arts = append(arts, a)
				ids = append(ids, a.ID)
			}
			b.ResetTimer()
			for b.Loop() {
				Story(ids[0], nil, arts)
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
