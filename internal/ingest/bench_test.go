package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// BenchmarkAddStream measures ingestion of the synthetic stream into a
// fresh SQLite store, per article: cleaning, grouping and batched commits.
func BenchmarkAddStream(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	in, err := New(ctx, st, Config{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	g := synth.New(synth.Config{Seed: 3})
	arts := make(chan *news.Article, 256)
	go func() {
		defer close(arts)
		for range b.N {
			arts <- g.Next()
		}
	}()
	b.ResetTimer()
	if err := in.AddStream(ctx, arts, 2, nil); err != nil {
		b.Fatal(err)
	}
}
