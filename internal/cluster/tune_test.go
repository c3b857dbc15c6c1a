package cluster

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestTuneMultiLing sweeps options on MultiLing English (all languages with
// CLUSTER_MIXED=1); run with CLUSTER_TUNE='{"MinDecay":1};...' -v.
func TestTuneMultiLing(t *testing.T) {
	if os.Getenv("CLUSTER_TUNE") == "" {
		t.Skip("set CLUSTER_TUNE")
	}
	docs := loadMultiLing(t)
	for _, spec := range strings.Split(os.Getenv("CLUSTER_TUNE"), ";") {
		opt := DefaultOptions()
		if spec != "1" {
			if err := json.Unmarshal([]byte(spec), &opt); err != nil {
				t.Fatal(err)
			}
		}
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
