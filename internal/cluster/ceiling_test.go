package cluster

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestGoldLinks(t *testing.T) {
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	arts := []*news.Article{
		testArticle("f1", "", "Floodwater rose over the levee in Marrowby and the river authority ordered the lower town evacuated.", day),
		testArticle("f2", "", "The river authority evacuated lower Marrowby as floodwater topped the levee overnight.", day),
		testArticle("f3", "", "Marrowby's levee failed under the floodwater; the lower town was evacuated by the river authority.", day),
		testArticle("c1", "", "The chess olympiad in Tallow Bay opened with the defending champions drawing their first match.", day),
		testArticle("c2", "", "Defending champions drew the opening match of the chess olympiad at Tallow Bay.", day),
		// Labelled with the chess story but about the flood: the features
		// put it with the flood, so the ceiling must too.
		testArticle("x", "", "Floodwater over the Marrowby levee forced the river authority to evacuate the lower town.", day),
	}
	gold := map[string]string{"f1": "flood", "f2": "flood", "f3": "flood", "c1": "chess", "c2": "chess", "x": "chess"}
	got := GoldLinks(arts, gold, Options{})
	want := map[string]string{"f1": "flood", "f2": "flood", "f3": "flood", "c1": "chess", "c2": "chess", "x": "flood"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("GoldLinks()[%s] = %q, want %q", id, got[id], w)
		}
	}
}

// TestDUCCeiling scores GoldLinks on DUC 2004: how much of the way to the
// gold grouping the features allow. Measured: pairwise F1 0.888 (the
// grouping reaches 0.834); twin events on one topic at one time (two on
// Gaza, two on China's human-rights covenant, the space station's first
// two launches) and articles the assessors filed under a neighbouring
// topic account for most of the rest.
func TestDUCCeiling(t *testing.T) {
	docs := loadDUC(t)
	gold := map[string]string{}
	for _, d := range docs {
		gold[d.id] = d.cluster
	}
	got := score(GoldLinks(ducArticles(docs), gold, Options{}), gold)
	t.Logf("GoldLinks on DUC 2004: %v", got)
	if got.pf < 0.85 || got.pf > 0.99 {
		t.Errorf("GoldLinks on DUC 2004: %v, want pairwise F1 near the measured 0.888", got)
	}
}
