package extract

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

var compareSettings = flag.Bool("compare", false, "score several trafilatura settings on the Scrapinghub benchmark")

// benchDir finds the Scrapinghub benchmark in a "shared" directory beside
// the repository (or any parent), or skips the test.
func benchDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "data", "extraction", "scrapinghub")
		if _, err := os.Stat(filepath.Join(p, "ground-truth.json")); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("Scrapinghub benchmark not found (looked for shared/data/extraction/scrapinghub above the working directory)")
		}
		dir = parent
	}
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
// Run with -compare to score alternative trafilatura settings.
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
	if *compareSettings {
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
	for _, c := range candidates {
		start := time.Now()
		f1, p, r, acc := scoreBench(pages, c.s)
		t.Logf("%-22s F1 %.3f  P %.3f  R %.3f  accuracy %.3f  (%d pages, %v)", c.name, f1, p, r, acc, len(pages), time.Since(start).Round(time.Millisecond))
		if c.name == "default" && f1 < 0.93 {
			t.Errorf("Scrapinghub F1 = %.3f, want >= 0.93", f1)
		}
	}
}
