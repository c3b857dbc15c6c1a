package eval

import (
	"fmt"
	"path/filepath"
	"runtime"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/bench"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// SpeedOptions limit a speed evaluation.
type SpeedOptions struct {
	Clusters int // DUC clusters to use when > 0
	Pages    int // extraction pages to use when > 0
}

// Speed measures the throughput of each stage, single-threaded, and of the
// whole pipeline, against a floor: one pass that only reads and splits the
// same bytes into words. Stages run one after another on the same data, so
// each figure is that stage's own cost.
func Speed(shared string, opt SpeedOptions) (*Table, error) {
	t := &Table{
		Name:    "Speed (one core, each stage on its own)",
		Data:    "DUC 2004 articles (text stages) and Scrapinghub pages (extraction)",
		Metrics: []string{"articles/s", "MB/s", "x floor"},
	}
	raw, err := rawDUC(filepath.Join(shared, "data", "summarization", "duc2004_task2.jsonl"), opt.Clusters)
	if err != nil {
		return nil, err
	}
	var bytesIn int64
	for _, d := range raw {
		bytesIn += int64(len(d.a.Text))
	}
	mb := float64(bytesIn) / (1 << 20)
	n := float64(len(raw))
	measure := func(fn func()) float64 {
		runtime.GC()
		start := time.Now()
		fn()
		return time.Since(start).Seconds()
	}

	floor := measure(func() {
		for _, d := range raw {
			countWords(d.a.Text)
		}
	})
	add := func(name string, secs, articles, mbytes float64) {
		t.Rows = append(t.Rows, Row{System: name, Scores: map[string]float64{
			"articles/s": articles / secs, "MB/s": mbytes / secs, "x floor": secs / (floor * mbytes / mb),
		}})
	}
	add("floor: read + split words", floor, n, mb)

	arts := make([]*news.Article, len(raw))
	add("textproc (clean, sentences, language, tokens)", measure(func() {
		for i, d := range raw {
			a := *d.a
			textproc.Process(&a)
			arts[i] = &a
		}
	}), n, mb)
	add("entity mentions", measure(func() {
		for _, a := range arts {
			a.Mentions = entity.Mentions(a)
		}
	}), n, mb)
	var stories []cluster.Story
	add("cluster (incremental grouping, stories and topics)", measure(func() {
		c := cluster.New(cluster.Options{Events: true})
		for _, a := range arts {
			c.Add(a)
		}
		stories = c.Stories()
		c.Topics()
	}), n, mb)
	byID := map[string]*news.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	add("per story (entities, provenance, claims, brief)", measure(func() {
		for _, s := range stories {
			members := make([]*news.Article, 0, len(s.Articles))
			for _, id := range s.Articles {
				members = append(members, byID[id])
			}
			analyze.Story(s.ID, s.Merged, members)
		}
	}), n, mb)
	add("whole text pipeline, measured end to end", measure(func() {
		c := cluster.New(cluster.Options{Events: true})
		all := map[string]*news.Article{}
		for _, d := range raw {
			a := *d.a
			textproc.Process(&a)
			a.Mentions = entity.Mentions(&a)
			c.Add(&a)
			all[a.ID] = &a
		}
		for _, s := range c.Stories() {
			members := make([]*news.Article, 0, len(s.Articles))
			for _, id := range s.Articles {
				members = append(members, all[id])
			}
			analyze.Story(s.ID, s.Merged, members)
		}
		c.Topics()
	}), n, mb)

	pages, err := loadExtractPages(filepath.Join(shared, "data", "extraction", "scrapinghub"), opt.Pages)
	if err != nil {
		return nil, err
	}
	var htmlBytes int64
	for _, p := range pages {
		htmlBytes += int64(len(p.html))
	}
	hmb := float64(htmlBytes) / (1 << 20)
	hfloor := measure(func() {
		for _, p := range pages {
			countWords(string(p.html))
		}
	})
	secs := measure(func() {
		for _, p := range pages {
			extract.Extract(p.html, p.url)
		}
	})
	t.Rows = append(t.Rows, Row{System: "extract (HTML pages)", Scores: map[string]float64{
		"articles/s": float64(len(pages)) / secs, "MB/s": hmb / secs, "x floor": secs / hfloor,
	}})
	t.Notes = append(t.Notes,
		fmt.Sprintf("%d DUC articles (%.1f MB of text), %d HTML pages (%.1f MB); peak RSS of the process %.0f MB.", len(raw), mb, len(pages), hmb, bench.PeakRSSMB()),
		"x floor: the stage's time as a multiple of one pass that only splits the same bytes into words.")
	return t, nil
}

// countWords is the floor: touch every byte once, splitting words.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// rawDUC reads the DUC articles without processing them.
func rawDUC(path string, limit int) ([]labelled, error) {
	docs, err := loadDUCWith(path, limit, false)
	return docs, err
}
