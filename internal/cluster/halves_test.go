package cluster

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestTuneDUCHalves scores option sets on two halves of the DUC 2004
// events (alternate events in file order), each streamed alone, so that
// what is tuned on one half can be checked on the other; run with
// CLUSTER_TUNE='{...};{...}' -v.
func TestTuneDUCHalves(t *testing.T) {
	if os.Getenv("CLUSTER_TUNE") == "" {
		t.Skip("set CLUSTER_TUNE to score option sets on halves of DUC 2004")
	}
	docs := loadDUC(t)
	var events []string
	for _, d := range docs {
		if !slices.Contains(events, d.cluster) {
			events = append(events, d.cluster)
		}
	}
	slices.Sort(events)
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
	for _, spec := range strings.Split(os.Getenv("CLUSTER_TUNE"), ";") {
		opt := DefaultOptions()
		if spec != "1" {
			if err := json.Unmarshal([]byte(spec), &opt); err != nil {
				t.Fatalf("options %q: %v", spec, err)
			}
		}
		var line []string
		for h := range 2 {
			d, gold := half(h)
			line = append(line, score(runOnline(opt, ducArticles(d)), gold).String())
		}
		t.Logf("%s:\n  half A %s\n  half B %s", spec, line[0], line[1])
	}
}
