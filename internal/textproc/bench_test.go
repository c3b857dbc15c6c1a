package textproc

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// reportCPU adds the CPU time per operation (all threads, GC included)
// since start: wall time is unreliable on a shared machine.
func reportCPU(b *testing.B, start time.Duration) {
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func benchText(b *testing.B) string {
	t, err := os.ReadFile(filepath.Join("testdata", "bench_article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(t)
}

// BenchmarkProcess measures the whole stage on a ~5 KB article whose
// language is unknown, so language detection is included.
func BenchmarkProcess(b *testing.B) {
	text := benchText(b)
	DetectLanguage(text) // build the detector outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		a := &news.Article{Title: "Valdmere strike ends", Text: text}
		Process(a)
	}
}

// BenchmarkProcessKnownLanguage is the same with the language already set
// by the source, as for feeds and JSON inputs that carry it.
func BenchmarkProcessKnownLanguage(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		a := &news.Article{Title: "Valdmere strike ends", Text: text, Language: "en"}
		Process(a)
	}
}

func BenchmarkClean(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		Clean(text)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		Sentences(text, "en")
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		Tokenize(text, "en")
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := benchText(b)
	DetectLanguage(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		DetectLanguage(text)
	}
}
