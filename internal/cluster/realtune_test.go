package cluster

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// TestTuneDUCPipeline is TestTuneDUC and TestTuneDUCHalves on articles
// prepared by the real text and entity stages, as `crosscheck eval
// cluster` prepares them; run with CLUSTER_TUNE='{...};{...}' -v.
func TestTuneDUCPipeline(t *testing.T) {
	if os.Getenv("CLUSTER_TUNE") == "" {
		t.Skip("set CLUSTER_TUNE to score option sets on DUC 2004 through the real stages")
	}
	docs := loadDUC(t)
	arts := make([]*news.Article, len(docs))
	gold := map[string]string{}
	var events []string
	for i, d := range docs {
		a := &news.Article{Source: d.id, Format: "text", Text: d.text, Published: d.date}
		textproc.Process(a)
		a.Mentions = entity.Mentions(a)
		a.ID = d.id
		arts[i] = a
		gold[d.id] = d.cluster
		if !slices.Contains(events, d.cluster) {
			events = append(events, d.cluster)
		}
	}
	slices.Sort(events)
	subset := func(h int) ([]*news.Article, map[string]string) {
		var out []*news.Article
		g := map[string]string{}
		for i, d := range docs {
			if h < 0 || slices.Index(events, d.cluster)%2 == h {
				out = append(out, arts[i])
				g[d.id] = d.cluster
			}
		}
		return out, g
	}
	for _, spec := range strings.Split(os.Getenv("CLUSTER_TUNE"), ";") {
		opt := DefaultOptions()
		if spec != "1" {
			if err := json.Unmarshal([]byte(spec), &opt); err != nil {
				t.Fatalf("options %q: %v", spec, err)
			}
		}
		var line []string
		for _, h := range []int{-1, 0, 1} {
			a, g := subset(h)
			line = append(line, score(runOnline(opt, a), g).String())
		}
		t.Logf("%s:\n  all    %s\n  half A %s\n  half B %s", spec, line[0], line[1], line[2])
	}
}
