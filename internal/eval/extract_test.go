package eval

import (
	"path/filepath"
	"testing"
)

func sharedData(t *testing.T, rel string) string {
	t.Helper()
	dir := SharedDir()
	if dir == "" {
		t.Skip("../shared/data not found beside the repository: skipping the public-benchmark evaluation")
	}
	return filepath.Join(dir, "data", rel)
}

func TestExtractSlice(t *testing.T) {
	dir := sharedData(t, "extraction/scrapinghub")
	tab, err := Extract(dir, ExtractOptions{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if tab.Rows[0].System != "crosscheck" {
		t.Fatalf("first row = %q, want crosscheck", tab.Rows[0].System)
	}
	if f1 := tab.Rows[0].Scores["F1"]; f1 < 0.85 {
		t.Errorf("crosscheck F1 on 20 pages = %.3f, want >= 0.85", f1)
	}
	peers := map[string]float64{}
	for _, r := range tab.Rows[1:] {
		peers[r.System] = r.Scores["F1"]
	}
	// The whole-page text baseline must score well below real extractors,
	// or the scorer is not discriminating.
	if peers["html-text"] == 0 || peers["html-text"] > peers["trafilatura"] {
		t.Errorf("html-text F1 %.3f, trafilatura F1 %.3f: want the whole-page baseline lower", peers["html-text"], peers["trafilatura"])
	}
}
