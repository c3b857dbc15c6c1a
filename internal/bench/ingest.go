// Package bench measures crosscheck's throughput end to end on generated
// streams, for the `crosscheck bench` commands: how fast articles are
// ingested into a real store as it grows, how much memory that takes, and
// how quickly stories can be read back.
package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// IngestConfig configures an ingest benchmark.
type IngestConfig struct {
	// Checkpoints are the store sizes (articles read) at which to report,
	// ascending; the run stops at the last.
	Checkpoints []int
	// Open returns the store to fill (a fresh one).
	Open func(ctx context.Context) (store.Store, error)
	Seed uint64
	// Workers clean articles in parallel; 0 means one per CPU.
	Workers int
	// Progress, if set, is called with the number of articles read.
	Progress func(n int)
}

// Checkpoint is the state of the run at one store size.
type Checkpoint struct {
	Articles    int     `json:"articles"`      // articles read so far
	Stored      int     `json:"stored"`        // distinct articles stored
	Stories     int     `json:"stories"`       // live stories
	Seconds     float64 `json:"seconds"`       // since the start
	Rate        float64 `json:"rate"`          // articles/s over the whole run so far
	SegmentRate float64 `json:"segment_rate"`  // articles/s since the previous checkpoint
	HeapMB      float64 `json:"heap_mb"`       // live heap after a GC
	PeakRSSMB   float64 `json:"peak_rss_mb"`   // the process's peak resident memory so far
	LookupP50Ms float64 `json:"lookup_p50_ms"` // Story + StoryArticles of a random story
	LookupP99Ms float64 `json:"lookup_p99_ms"`
	ListP50Ms   float64 `json:"list_p50_ms"` // the first page of the stories list
}

// Ingest streams synthetic articles into a store and reports at each
// checkpoint.
func Ingest(ctx context.Context, cfg IngestConfig) ([]Checkpoint, error) {
	if len(cfg.Checkpoints) == 0 {
		return nil, fmt.Errorf("no checkpoints")
	}
	st, err := cfg.Open(ctx)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	in, err := ingest.New(ctx, st, ingest.Config{}, nil)
	if err != nil {
		return nil, err
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	gen := synth.New(synth.Config{Seed: cfg.Seed})
	var out []Checkpoint
	start := time.Now()
	read, lastN := 0, 0
	lastT := start
	for _, target := range cfg.Checkpoints {
		arts := make(chan *news.Article, 256)
		go func() {
			defer close(arts)
			for read < target {
				select {
				case arts <- gen.Next():
				case <-ctx.Done():
					return
				}
				read++
				if cfg.Progress != nil && read%1000 == 0 {
					cfg.Progress(read)
				}
			}
		}()
		if err := in.AddStream(ctx, arts, workers, nil); err != nil {
			return out, err
		}
		now := time.Now()
		cp := Checkpoint{
			Articles:    read,
			Seconds:     now.Sub(start).Seconds(),
			Rate:        float64(read) / now.Sub(start).Seconds(),
			SegmentRate: float64(read-lastN) / now.Sub(lastT).Seconds(),
		}
		c, err := st.Counts(ctx)
		if err != nil {
			return out, err
		}
		cp.Stored, cp.Stories = c.Articles, c.Stories
		if err := lookups(ctx, st, &cp, cfg.Seed); err != nil {
			return out, err
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		cp.HeapMB = float64(ms.HeapAlloc) / (1 << 20)
		cp.PeakRSSMB = PeakRSSMB()
		out = append(out, cp)
		lastN, lastT = read, time.Now()
	}
	return out, nil
}

// lookups times reading random stories back, as the server does per page.
func lookups(ctx context.Context, st store.Store, cp *Checkpoint, seed uint64) error {
	page, err := st.Stories(ctx, store.StoryQuery{Limit: 1000})
	if err != nil || len(page.Stories) == 0 {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 99))
	var story, list []float64
	for range 100 {
		id := page.Stories[rng.IntN(len(page.Stories))].ID
		t := time.Now()
		if _, err := st.Story(ctx, id); err != nil {
			return err
		}
		if _, err := st.StoryArticles(ctx, id); err != nil {
			return err
		}
		story = append(story, ms(time.Since(t)))
	}
	for range 20 {
		t := time.Now()
		if _, err := st.Stories(ctx, store.StoryQuery{Limit: 50}); err != nil {
			return err
		}
		list = append(list, ms(time.Since(t)))
	}
	cp.LookupP50Ms, cp.LookupP99Ms = quantile(story, 0.5), quantile(story, 0.99)
	cp.ListP50Ms = quantile(list, 0.5)
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func quantile(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[min(int(q*float64(len(s))), len(s)-1)]
}

// PeakRSSMB returns the process's peak resident set size in MiB (Linux's
// VmHWM), or 0 where it cannot be read.
func PeakRSSMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}

// TempDB returns a path for a throwaway store in dir (a new temporary
// directory when dir is empty) and a cleanup function.
func TempDB(dir string) (string, func(), error) {
	if dir == "" {
		d, err := os.MkdirTemp("", "crosscheck-bench-")
		if err != nil {
			return "", nil, err
		}
		return filepath.Join(d, "bench.db"), func() { os.RemoveAll(d) }, nil
	}
	p := filepath.Join(dir, fmt.Sprintf("bench-%d.db", time.Now().UnixNano()))
	return p, func() {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(p + suffix)
		}
	}, nil
}
