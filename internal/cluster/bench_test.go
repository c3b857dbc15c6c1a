package cluster

import (
	"encoding/json"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/synth"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// synthArticles returns n articles of a synthetic stream run through the
// real text processing; storyEvery is the mean number of articles per new
// event.
func synthArticles(seed uint64, n, storyEvery int) []*news.Article {
	st := synth.New(synth.Config{Seed: seed, StoryEvery: storyEvery})
	out := make([]*news.Article, n)
	for i := range out {
		a := st.Next()
		textproc.Process(a)
		a.ID = strconv.Itoa(i) + "-" + a.ID
		out[i] = a
	}
	return out
}

// liveStories fills a clusterer with about want live stories from a
// stream in which every article starts an event, merging every 256
// articles as ingestion does, and dropping each article once added so the
// setup's memory is the clusterer's.
func liveStories(b *testing.B, c *Online, want int) {
	b.Helper()
	st := synth.New(synth.Config{Seed: 7, StoryEvery: 1})
	for i := 0; c.live() < want; i++ {
		a := st.Next()
		textproc.Process(a)
		a.ID = "setup-" + strconv.Itoa(i)
		c.Add(a)
		if i%256 == 255 {
			c.Merge()
		}
	}
	c.Merge()
}

func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// BenchmarkAddManyStories measures Add with 20,000 live stories, on
// articles of an ordinary stream (an event every 8 articles), and reports
// the heap the clusterer holds.
func BenchmarkAddManyStories(b *testing.B) {
	before := heapMB()
	c := New(benchOptions(b))
	liveStories(b, c, 20000)
	heap := heapMB() - before
	arts := synthArticles(3, 2000, 8)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := *arts[i%len(arts)]
		a.ID = "b" + strconv.Itoa(i)
		c.Add(&a)
		i++
	}
	b.ReportMetric(float64(c.live()), "stories")
	b.ReportMetric(heap, "MB-heap")
}

// BenchmarkIngestBatch measures what ingestion does per article with
// 20,000 live stories: Add, and per batch of 256 the merge pass over the
// touched stories, the move pass, their State encodings, the Frequencies blob and Close.
func BenchmarkIngestBatch(b *testing.B) {
	c := New(benchOptions(b))
	liveStories(b, c, 20000)
	arts := synthArticles(3, 2048, 8)
	var stateBytes, states, freqBytes, merges, moves, batches int
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		touched := map[string]bool{}
		for range 256 {
			a := *arts[i%len(arts)]
			a.ID = "b" + strconv.Itoa(i)
			touched[c.Add(&a)] = true
			i++
		}
		ms := c.Merge()
		merges += len(ms)
		batches++
		for _, m := range ms {
			touched[m.Into] = true
		}
		for _, m := range c.Moves() {
			touched[m.From], touched[m.To] = true, true
			moves++
		}
		for id := range touched {
			st, _, err := c.State(c.Resolve(id))
			if err != nil {
				b.Fatalf("State(%s): %v", id, err)
			}
			stateBytes += len(st)
			states++
		}
		df, _ := c.Frequencies()
		freqBytes = len(df)
		c.Close(c.clock.Add(-21 * 24 * time.Hour))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(i), "ns/article")
	b.ReportMetric(float64(stateBytes)/float64(states), "B/state")
	b.ReportMetric(float64(freqBytes), "B/frequencies")
	b.ReportMetric(float64(merges)/float64(batches), "merges/batch")
	b.ReportMetric(float64(moves)/float64(batches), "moves/batch")
	b.ReportMetric(float64(states)/float64(batches), "states/batch")
}

// benchOptions reads options from CLUSTER_BENCH (JSON), for trying index
// settings; defaults otherwise.
func benchOptions(b *testing.B) Options {
	var opt Options
	if spec := os.Getenv("CLUSTER_BENCH"); spec != "" {
		if err := json.Unmarshal([]byte(spec), &opt); err != nil {
			b.Fatalf("CLUSTER_BENCH: %v", err)
		}
	}
	return opt
}
