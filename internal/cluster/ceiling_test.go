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

// TestGoldLinksDecay checks that the ceiling sees the time decay Online
// applies: an article that reads like a flood a month earlier but was
// published with a later one belongs to the later one, unless the decay is
// turned off.
func TestGoldLinksDecay(t *testing.T) {
	march := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	april := march.AddDate(0, 1, 14)
	arts := []*news.Article{
		testArticle("m1", "", "Floodwater rose over the levee in Marrowby and the river authority ordered the lower town evacuated.", march),
		testArticle("m2", "", "The river authority evacuated lower Marrowby as floodwater topped the levee overnight.", march),
		testArticle("a1", "", "Marrowby flooded again: the levee held, but rain swamped the upper town and the mayor opened the school as a shelter.", april),
		testArticle("a2", "", "Rain swamped upper Marrowby; the mayor opened the school as a shelter while the levee held.", april),
		testArticle("x", "", "Floodwater topped the levee at Marrowby and the river authority evacuated the lower town; the school opened as a shelter.", april),
	}
	gold := map[string]string{"m1": "march", "m2": "march", "a1": "april", "a2": "april", "x": "april"}
	tests := []struct {
		name string
		opt  Options
		want string
	}{
		{"decay", Options{}, "april"},
		{"no decay", Options{MinDecay: 1}, "march"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := GoldLinks(arts, gold, tc.opt)["x"]; got != tc.want {
				t.Errorf("GoldLinks(%+v)[x] = %q, want %q", tc.opt, got, tc.want)
			}
		})
	}
}

func TestGapWithout(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name  string
		t     time.Time
		dates []time.Time
		self  bool
		want  time.Duration
	}{
		{"after others", day(10), []time.Time{day(1), day(3)}, false, 7 * 24 * time.Hour},
		{"inside others", day(2), []time.Time{day(1), day(3)}, false, 0},
		{"self first leaves the rest", day(1), []time.Time{day(1), day(5), day(6)}, true, 4 * 24 * time.Hour},
		{"self last leaves the rest", day(9), []time.Time{day(1), day(2), day(9)}, true, 7 * 24 * time.Hour},
		{"self with a twin date", day(9), []time.Time{day(1), day(9), day(9)}, true, 0},
		{"self alone", day(4), []time.Time{day(4)}, true, 0},
		{"undated article", time.Time{}, []time.Time{day(1)}, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gapWithout(tc.t, tc.dates, tc.self); got != tc.want {
				t.Errorf("gapWithout(%v, %v, %v) = %v, want %v", tc.t, tc.dates, tc.self, got, tc.want)
			}
		})
	}
}

// TestDUCCeiling scores GoldLinks on DUC 2004: how much of the way to the
// gold grouping the features allow. Measured: pairwise F1 0.914, 0.888
// without the time decay (the grouping reaches 0.839); twin events on one topic at one time (two on
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
		t.Errorf("GoldLinks on DUC 2004: %v, want pairwise F1 near the measured 0.914", got)
	}
}
