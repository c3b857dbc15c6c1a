package brief

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// processedDUC returns the DUC 2004 clusters and their articles run through
// textproc.Process, as `crosscheck eval summarize` reads them.
func processedDUC(t testing.TB) ([]ducCluster, [][]*news.Article) {
	t.Helper()
	cl := loadDUC(t)
	arts := make([][]*news.Article, len(cl))
	for i, c := range cl {
		for _, d := range c.Docs {
			a := &news.Article{Source: d.ID, Format: "text", Text: d.Text}
			textproc.Process(a)
			arts[i] = append(arts[i], a)
		}
	}
	return cl, arts
}

// meanRecall is the mean ROUGE-1 and ROUGE-2 recall of Summary under p over
// the clusters idx.
func meanRecall(cl []ducCluster, arts [][]*news.Article, idx []int, p summaryParams) scores {
	var s scores
	for _, i := range idx {
		sum := summarize(arts[i], RougeBytes, p)
		r1, _ := Rouge(sum, cl[i].refs(), 1)
		r2, _ := Rouge(sum, cl[i].refs(), 2)
		s.r1 += r1
		s.r2 += r2
	}
	return scores{s.r1 / float64(len(idx)), s.r2 / float64(len(idx))}
}

// tuningGrid is every setting the tuned knobs of defaultParams were chosen
// from; the first entry is the summariser as it was before coverage,
// costPow, standAlone, compress and the word-use term were added. The
// coverage and costPow grid was searched without the word-use term; the
// word-use grid (words, wordsGamma, wordsLen, compress) was searched with
// the coverage and costPow chosen then.
func tuningGrid() []summaryParams {
	before := defaultParams
	before.coverage, before.costPow, before.standAlone, before.compress, before.words = 0, 1, false, false, 0
	grid := []summaryParams{before}
	for _, compress := range []bool{false, true} {
		for _, cov := range []float64{0, 0.1, 0.3, 0.5, 1} {
			for _, pow := range []float64{0.5, 0.7, 0.85, 1} {
				p := defaultParams
				p.compress, p.coverage, p.costPow, p.words = compress, cov, pow, 0
				grid = append(grid, p)
			}
		}
		for _, w := range []float64{0.5, 1, 2, 4} {
			for _, g := range []float64{1, 2, 3, 4} {
				for _, l := range []float64{70, 100, 150, 200, 300} {
					p := defaultParams
					p.compress, p.words, p.wordsGamma, p.wordsLen = compress, w, g, l
					grid = append(grid, p)
				}
			}
		}
	}
	return grid
}

func (p summaryParams) knobs() string {
	s := fmt.Sprintf("coverage %.1f costPow %.2f standAlone %v compress %v", p.coverage, p.costPow, p.standAlone, p.compress)
	if p.words > 0 {
		s += fmt.Sprintf(" words %.1f gamma %.0f len %.0f", p.words, p.wordsGamma, p.wordsLen)
	}
	return s
}

// TestSummaryCrossCheck is the 2-fold check of the tuning: it picks the
// best setting of tuningGrid (by ROUGE-1 + ROUGE-2 recall) on the first 25
// DUC 2004 clusters and scores it on the last 25, and the reverse, beside
// the full-set scores of the chosen defaultParams and of the summariser
// before tuning. It takes minutes, so it runs only with
// CROSSCHECK_DUC_TUNE=1.
func TestSummaryCrossCheck(t *testing.T) {
	if os.Getenv("CROSSCHECK_DUC_TUNE") == "" {
		t.Skip("set CROSSCHECK_DUC_TUNE=1 to run the 2-fold DUC 2004 tuning check (minutes)")
	}
	cl, arts := processedDUC(t)
	var all, a, b []int
	for i := range cl {
		all = append(all, i)
		if i < len(cl)/2 {
			a = append(a, i)
		} else {
			b = append(b, i)
		}
	}
	grid := tuningGrid()
	var sa, sb []scores
	bestA, bestB, best := 0, 0, 0
	var log strings.Builder
	for i, p := range grid {
		x, y := meanRecall(cl, arts, a, p), meanRecall(cl, arts, b, p)
		sa, sb = append(sa, x), append(sb, y)
		// The halves are the same size: the full-set mean is their mean.
		fmt.Fprintf(&log, "%-90s all %.4f %.4f  first %.4f %.4f  last %.4f %.4f\n", p.knobs(), (x.r1+y.r1)/2, (x.r2+y.r2)/2, x.r1, x.r2, y.r1, y.r2)
		if x.r1+x.r2+y.r1+y.r2 > sa[best].r1+sa[best].r2+sb[best].r1+sb[best].r2 {
			best = i
		}
		if x.r1+x.r2 > sa[bestA].r1+sa[bestA].r2 {
			bestA = i
		}
		if y.r1+y.r2 > sb[bestB].r1+sb[bestB].r2 {
			bestB = i
		}
	}
	before, after := meanRecall(cl, arts, all, grid[0]), meanRecall(cl, arts, all, defaultParams)
	first, last := meanRecall(cl, arts, a, defaultParams), meanRecall(cl, arts, b, defaultParams)
	cross := scores{(sb[bestA].r1 + sa[bestB].r1) / 2, (sb[bestA].r2 + sa[bestB].r2) / 2}
	fmt.Fprintf(&log, "full set, before tuning:   R-1 %.4f R-2 %.4f\n", before.r1, before.r2)
	fmt.Fprintf(&log, "full set, defaultParams:   R-1 %.4f R-2 %.4f\n", after.r1, after.r2)
	fmt.Fprintf(&log, "best on the full set: %s\n", grid[best].knobs())
	fmt.Fprintf(&log, "tuned on first 25 (%s), scored on last 25: %.4f %.4f\n", grid[bestA].knobs(), sb[bestA].r1, sb[bestA].r2)
	fmt.Fprintf(&log, "tuned on last 25 (%s), scored on first 25: %.4f %.4f\n", grid[bestB].knobs(), sa[bestB].r1, sa[bestB].r2)
	fmt.Fprintf(&log, "2-fold (held-out halves averaged): R-1 %.4f R-2 %.4f\n", cross.r1, cross.r2)
	fmt.Fprintf(&log, "defaultParams on the halves: first %.4f %.4f, last %.4f %.4f\n", first.r1, first.r2, last.r1, last.r2)
	t.Log("\n" + log.String())
	// The held-out score must not fall below the untuned summariser's
	// score on the same halves: tuning that only fits noise would.
	untuned := scores{(sb[0].r1 + sa[0].r1) / 2, (sb[0].r2 + sa[0].r2) / 2}
	if cross.r1 < untuned.r1 {
		t.Errorf("2-fold ROUGE-1 = %.4f, want at least the untuned %.4f", cross.r1, untuned.r1)
	}
}
