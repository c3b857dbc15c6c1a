package cluster

// Tuning and diagnostic harnesses: they measure option sets on the
// benchmark data and log the scores, and run only when CLUSTER_TUNE or
// CLUSTER_DIAG is set. DefaultOptions says what was tuned with them.

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/synth"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// TestTuneMultiLing sweeps options on MultiLing English (all languages with
// CLUSTER_MIXED=1); run with CLUSTER_TUNE='{"MinDecay":1};...' -v.
func TestTuneMultiLing(t *testing.T) {
	if os.Getenv("CLUSTER_TUNE") == "" {
		t.Skip("set CLUSTER_TUNE")
	}
	docs := loadMultiLing(t)
	for _, ts := range tuneSpecs(t) {
		spec, opt := ts.spec, ts.opt
		gold := map[string]string{}
		c := New(opt)
		mixed := os.Getenv("CLUSTER_MIXED") != ""
		for _, d := range docs {
			if d.lang != "english" && !mixed {
				continue
			}
			gold[d.id] = d.topic
			if mixed {
				c.Add(pipelineArticle(d.id, mlLangs[d.lang], d.title, d.text, d.date))
			} else {
				c.Add(testArticle(d.id, d.title, d.text, d.date))
			}
		}
		t.Logf("%s: %v", spec, score(c.Assignments(), gold))
	}
}

// TestTuneDUCHalves scores option sets on two halves of the DUC 2004
// events (alternate events in file order), each streamed alone, so that
// what is tuned on one half can be checked on the other; run with
// CLUSTER_TUNE='{...};{...}' -v.
func TestTuneDUCHalves(t *testing.T) {
	if os.Getenv("CLUSTER_TUNE") == "" {
		t.Skip("set CLUSTER_TUNE to score option sets on halves of DUC 2004")
	}
	docs := loadDUC(t)
	events := ducEvents(docs)
	half := func(h int) ([]ducDoc, map[string]string) {
		var out []ducDoc
		gold := map[string]string{}
		for _, d := range docs {
			if slices.Index(events, d.cluster)%2 == h {
				out = append(out, d)
				gold[d.id] = d.cluster
			}
		}
		return out, gold
	}
	for _, ts := range tuneSpecs(t) {
		spec, opt := ts.spec, ts.opt
		var line []string
		for h := range 2 {
			d, gold := half(h)
			line = append(line, score(runOnline(opt, ducArticles(d)), gold).String())
		}
		t.Logf("%s:\n  half A %s\n  half B %s", spec, line[0], line[1])
	}
}

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
	for _, ts := range tuneSpecs(t) {
		spec, opt := ts.spec, ts.opt
		var line []string
		for _, h := range []int{-1, 0, 1} {
			a, g := subset(h)
			line = append(line, score(runOnline(opt, a), g).String())
		}
		t.Logf("%s:\n  all    %s\n  half A %s\n  half B %s", spec, line[0], line[1], line[2])
	}
}

// TestTuneSynth scores option sets on a synthetic stream at ingestion's
// rhythm (Merge and Moves every 256 articles), where thousands of stories
// are open at once; run with CLUSTER_TUNE='{...};{...}' -v.
func TestTuneSynth(t *testing.T) {
	if os.Getenv("CLUSTER_TUNE") == "" {
		t.Skip("set CLUSTER_TUNE to score option sets on a synthetic stream")
	}
	for _, every := range []int{1, 8} {
		arts := synthArticles(11, 8000, every)
		gold := map[string]string{}
		for _, a := range arts {
			gold[a.ID] = synth.Gold(a)
		}
		for _, ts := range tuneSpecs(t) {
			spec, opt := ts.spec, ts.opt
			c := New(opt)
			moves := 0
			for i, a := range arts {
				c.Add(a)
				if i%256 == 255 {
					c.Merge()
					moves += len(c.Moves())
				}
			}
			c.Merge()
			moves += len(c.Moves())
			pred := map[string]string{}
			for id := range gold {
				pred[id], _ = c.StoryOf(id)
			}
			t.Logf("event every %d, %s: %v; %d live stories, %d moves", every, spec, score(pred, gold), c.live(), moves)
		}
	}
}

type tuneSpec struct {
	spec string
	opt  Options
}

// tuneSpecs reads the option sets of CLUSTER_TUNE: JSON objects over
// DefaultOptions separated by ";", or "1" for the defaults alone.
func tuneSpecs(t *testing.T) []tuneSpec {
	t.Helper()
	var out []tuneSpec
	for _, spec := range strings.Split(os.Getenv("CLUSTER_TUNE"), ";") {
		opt := DefaultOptions()
		if spec != "1" {
			if err := json.Unmarshal([]byte(spec), &opt); err != nil {
				t.Fatalf("options %q: %v", spec, err)
			}
		}
		out = append(out, tuneSpec{spec, opt})
	}
	return out
}
