package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/bench"
	"github.com/crosscheck-news/crosscheck/internal/extract"
)

// Published F1 of the systems whose outputs ship with the benchmark (its
// README); peer files are named after the systems.
var extractPublished = map[string]float64{
	"rs_trafilatura": 0.970, "AutoExtract": 0.970, "go_trafilatura": 0.960, "trafilatura": 0.958,
	"newspaper": 0.949, "readability_js": 0.947, "go_readability": 0.934, "readability": 0.922,
	"goose3": 0.896, "justext": 0.804, "html-text": 0.665,
}

type extractPage struct {
	id, url, truth string
	html           []byte
}

// ExtractOptions limit an extraction evaluation.
type ExtractOptions struct {
	// Limit scores only the first Limit pages (by id) when > 0, for tests.
	Limit int
}

// Extract scores crosscheck's HTML extraction and every peer output on the
// Scrapinghub article-extraction benchmark in dir.
func Extract(dir string, opt ExtractOptions) (*Table, error) {
	pages, err := loadExtractPages(dir, opt.Limit)
	if err != nil {
		return nil, err
	}
	t := &Table{
		Name:    "Article body extraction",
		Data:    fmt.Sprintf("Scrapinghub article-extraction benchmark, %d pages (%s)", len(pages), dir),
		Metrics: []string{"F1", "precision", "recall", "accuracy"},
	}
	var ours extract.Eval
	var bytesIn int64
	var failed int
	runtime.GC()
	start := time.Now()
	for _, p := range pages {
		bytesIn += int64(len(p.html))
		res, err := extract.Extract(p.html, p.url)
		if err != nil {
			failed++
		}
		ours.Add(res.Text, p.truth)
	}
	elapsed := time.Since(start)
	t.Rows = append(t.Rows, row("crosscheck", &ours, nil))
	t.Rows[0].Scores["pages/s"] = float64(len(pages)) / elapsed.Seconds()
	t.Rows[0].Scores["MB/s"] = float64(bytesIn) / (1 << 20) / elapsed.Seconds()
	t.Notes = append(t.Notes, fmt.Sprintf("crosscheck: %d pages in %.1fs (%.1f pages/s, %.2f MB/s), %d pages with no text, peak RSS of the whole process %.0f MB",
		len(pages), elapsed.Seconds(), float64(len(pages))/elapsed.Seconds(), float64(bytesIn)/(1<<20)/elapsed.Seconds(), failed, bench.PeakRSSMB()))

	peerFiles, _ := filepath.Glob(filepath.Join(dir, "peer-outputs", "*.json"))
	sort.Strings(peerFiles)
	var peers []Row
	for _, f := range peerFiles {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		out, err := loadPeer(f)
		if err != nil {
			return nil, err
		}
		var e extract.Eval
		for _, p := range pages {
			e.Add(out[p.id], p.truth)
		}
		var pub *float64
		if v, ok := extractPublished[name]; ok {
			pub = published(v)
		}
		peers = append(peers, row(name, &e, pub))
	}
	slices.SortStableFunc(peers, func(a, b Row) int {
		switch {
		case a.Scores["F1"] > b.Scores["F1"]:
			return -1
		case a.Scores["F1"] < b.Scores["F1"]:
			return 1
		}
		return 0
	})
	t.Rows = append(t.Rows, peers...)
	t.Notes = append(t.Notes, "Metric as the benchmark defines it: \\w+ tokens lowercased, 4-token shingles per page, P and R averaged over pages, F1 of the averages; accuracy = pages whose token sequence matches exactly.")
	return t, nil
}

func row(name string, e *extract.Eval, pub *float64) Row {
	f1, p, r, acc := e.Result()
	return Row{System: name, Scores: map[string]float64{"F1": f1, "precision": p, "recall": r, "accuracy": acc}, Published: pub}
}

func loadExtractPages(dir string, limit int) ([]extractPage, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("extraction benchmark: %w", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("extraction benchmark: ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if limit > 0 && limit < len(ids) {
		ids = ids[:limit]
	}
	pages := make([]extractPage, 0, len(ids))
	for _, id := range ids {
		path := filepath.Join(dir, "html", id+".html.gz")
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("extraction benchmark: %w", err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("extraction benchmark: %s: %w", path, err)
		}
		html, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("extraction benchmark: %s: %w", path, err)
		}
		pages = append(pages, extractPage{id: id, url: truth[id].URL, truth: truth[id].ArticleBody, html: html})
	}
	return pages, nil
}

// loadPeer reads a peer's outputs; some files wrap them as
// {"version":..,"output":{...}}.
func loadPeer(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	type body struct {
		ArticleBody string `json:"articleBody"`
	}
	var wrapped struct {
		Output map[string]body `json:"output"`
	}
	var plain map[string]json.RawMessage
	if err := json.Unmarshal(data, &plain); err != nil {
		return nil, fmt.Errorf("peer output %s: %w", path, err)
	}
	m := map[string]body{}
	if _, ok := plain["output"]; ok {
		if err := json.Unmarshal(data, &wrapped); err != nil {
			return nil, fmt.Errorf("peer output %s: %w", path, err)
		}
		m = wrapped.Output
	} else {
		for id, raw := range plain {
			var b body
			if json.Unmarshal(raw, &b) == nil {
				m[id] = b
			}
		}
	}
	out := make(map[string]string, len(m))
	for id, b := range m {
		out[id] = b.ArticleBody
	}
	return out, nil
}
