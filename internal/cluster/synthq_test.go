package cluster

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/synth"
)

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
		for _, spec := range strings.Split(os.Getenv("CLUSTER_TUNE"), ";") {
			opt := DefaultOptions()
			if spec != "1" {
				if err := json.Unmarshal([]byte(spec), &opt); err != nil {
					t.Fatalf("options %q: %v", spec, err)
				}
			}
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
