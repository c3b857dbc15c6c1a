package cluster

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestDUC2004Pipeline runs the DUC 2004 mix through the real textproc and
// entity stages, as the pipeline does, instead of the test tokenizer.
func TestDUC2004Pipeline(t *testing.T) {
	if raceEnabled {
		t.Skip("measurement only; too slow under the race detector")
	}
	if testing.Short() {
		t.Skip("runs textproc and entity over 489 articles")
	}
	docs := loadDUC(t)
	gold := map[string]string{}
	var plain, withNames []*news.Article
	for _, d := range docs {
		gold[d.id] = d.cluster
		a := pipelineArticle(d.id, "en", "", d.text, d.date)
		plain = append(plain, a)
		b := *a
		b.Mentions = entity.Mentions(&b)
		withNames = append(withNames, &b)
	}
	for _, tc := range []struct {
		name string
		arts []*news.Article
	}{
		{"textproc, capitalisation names", plain},
		{"textproc and entity mentions", withNames},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := score(runOnline(Options{}, tc.arts), gold)
			t.Logf("Online on DUC 2004 through %s: %v", tc.name, got)
			if got.pf < 0.8 || got.bf < 0.85 {
				t.Errorf("Online on DUC 2004 through %s: %v, want pairwise F1 >= 0.8 and BCubed F1 >= 0.85", tc.name, got)
			}
		})
	}
}
