package extract

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/crosscheck-news/crosscheck/internal/locate"
)

var compareSettings = flag.Bool("compare", false, "score several trafilatura settings on the Scrapinghub benchmark")

// benchDir finds the Scrapinghub benchmark in a "shared" directory beside
// the repository (or any parent), or skips the test.
func benchDir(t testing.TB) string {
	t.Helper()
	return locate.SharedOrSkip(t, filepath.Join("data", "extraction", "scrapinghub"))
}

type benchPage struct {
	id, url, truth string
	html           []byte
}

func loadBench(t testing.TB) []benchPage {
	dir := benchDir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatalf("ground-truth.json: %v", err)
	}
	var pages []benchPage
	for id, g := range gt {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		pages = append(pages, benchPage{id: id, url: g.URL, truth: g.ArticleBody, html: b})
	}
	return pages
}

// scoreBench runs the extractor with s over all pages and returns
// F1, P, R and the share of exact matches.
func scoreBench(pages []benchPage, s settings) (f1, p, r, acc float64) {
	var e Eval
	for _, pg := range pages {
		res, _ := extractWith(pg.html, pg.url, s)
		e.Add(res.Text, pg.truth)
	}
	return e.Result()
}

// TestScrapinghub measures body extraction on the public Scrapinghub
// benchmark (published: go_trafilatura F1 0.960, P 0.940, R 0.980).
// Run with -compare to score alternative settings and each post-processing
// step switched off, and with -pages N to log the N worst pages with the
// truth lines missed and the predicted lines not in the truth.
func TestScrapinghub(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: scores 181 pages")
	}
	pages := loadBench(t)
	type candidate struct {
		name string
		s    settings
	}
	candidates := []candidate{{"default", defaultSettings}}
	without := func(name string, off func(*settings)) candidate {
		s := defaultSettings
		off(&s)
		return candidate{"without " + name, s}
	}
	if *compareSettings {
		candidates = append(candidates,
			without("repairSpaces", func(s *settings) { s.repairSpaces = false }),
			without("readability", func(s *settings) { s.readability = false }),
			without("boilerplate", func(s *settings) { s.boilerplate = false }),
			without("linkRun", func(s *settings) { s.linkRun = 0 }),
			candidate{"linkRun 1", func() settings { s := defaultSettings; s.linkRun = 1; return s }()},
			candidate{"linkRun 3", func() settings { s := defaultSettings; s.linkRun = 3; return s }()},
			candidate{"with standfirst", func() settings { s := defaultSettings; s.standfirst = true; return s }()},
		)
		candidates = append(candidates,
			candidate{"no-fallback balanced", settings{fallback: false, focus: trafilatura.Balanced}},
			candidate{"fallback recall", settings{fallback: true, focus: trafilatura.FavorRecall}},
			candidate{"fallback precision", settings{fallback: true, focus: trafilatura.FavorPrecision}},
			candidate{"no-fallback recall", settings{fallback: false, focus: trafilatura.FavorRecall}},
			candidate{"no-fallback precision", settings{fallback: false, focus: trafilatura.FavorPrecision}},
			candidate{"no-fallback recall dedup", settings{fallback: false, focus: trafilatura.FavorRecall, dedup: true}},
			candidate{"fallback balanced dedup", settings{fallback: true, focus: trafilatura.Balanced, dedup: true}},
			candidate{"fallback balanced", settings{fallback: true, focus: trafilatura.Balanced}},
		)
	}
	if *reportPages > 0 {
		logWorst(t, pages, defaultSettings, *reportPages)
	}
	for _, c := range candidates {
		start := time.Now()
		f1, p, r, acc := scoreBench(pages, c.s)
		t.Logf("%-22s F1 %.4f  P %.4f  R %.4f  accuracy %.3f  (%d pages, %v)", c.name, f1, p, r, acc, len(pages), time.Since(start).Round(time.Millisecond))
		if c.name == "default" && f1 < 0.97 {
			t.Errorf("Scrapinghub F1 = %.3f, want >= 0.97", f1)
		}
	}
}

var reportPages = flag.Int("pages", 0, "with TestScrapinghub, log the N worst pages with a diff sketch")

// logWorst logs the n pages with the lowest F1, with the truth lines whose
// shingles were mostly missed and the predicted lines mostly absent from
// the truth: the material for grouping failure causes.
func logWorst(t *testing.T, pages []benchPage, s settings, n int) {
	type row struct {
		id       string
		f1, p, r float64
		pred     string
		truth    string
	}
	var rows []row
	for _, pg := range pages {
		res, _ := extractWith(pg.html, pg.url, s)
		p, r := Score(res.Text, pg.truth)
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		rows = append(rows, row{pg.id, f, p, r, res.Text, pg.truth})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].f1 < rows[j].f1 })
	for _, rw := range rows[:min(n, len(rows))] {
		t.Logf("=== %s F1 %.3f P %.3f R %.3f", rw.id, rw.f1, rw.p, rw.r)
		ts, ps := shingles(rw.truth), shingles(rw.pred)
		for _, l := range strings.Split(rw.truth, "\n") {
			if l = strings.TrimSpace(l); l != "" && coverage(l, ps) < 0.5 {
				t.Logf("  MISSED %.160s", l)
			}
		}
		for _, l := range strings.Split(rw.pred, "\n") {
			if coverage(l, ts) < 0.5 {
				t.Logf("  EXTRA  %.160s", l)
			}
		}
	}
}

// BenchmarkScrapinghub reports pages per second over the benchmark pages,
// for the default settings, without the readability second opinion, and
// for trafilatura alone with no post-processing.
func BenchmarkScrapinghub(b *testing.B) {
	pages := loadBench(b)
	noReadability := defaultSettings
	noReadability.readability = false
	bare := settings{focus: defaultSettings.focus, dedup: defaultSettings.dedup}
	for _, c := range []struct {
		name string
		s    settings
	}{{"default", defaultSettings}, {"no-readability", noReadability}, {"trafilatura-only", bare}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, pg := range pages {
					_, _ = extractWith(pg.html, pg.url, c.s)
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
