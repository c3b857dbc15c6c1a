package brief

import (
	"fmt"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestCoverageDiminishing checks the property the greedy pick relies on:
// a sentence gains no more once another sentence is in the summary
// (submodularity), and a sentence on the same topic as one already picked
// gains less than before.
func TestCoverageDiminishing(t *testing.T) {
	cands := candidates(damStory(), leadParams)
	if len(cands) < 5 {
		t.Fatalf("candidates(dam) = %d sentences, want at least 5", len(cands))
	}
	c := newCoverage(cands, 5)
	before := make([]float64, len(cands))
	for j := range cands {
		before[j] = c.gain(j, 1)
		if before[j] < 0 || before[j] > 1 {
			t.Errorf("gain(%d) = %v, want within [0, 1]", j, before[j])
		}
	}
	c.add(0)
	for j := range cands {
		if after := c.gain(j, 1); after > before[j]+1e-9 {
			t.Errorf("gain(%q) = %v after adding sentence 0, was %v: not diminishing", cands[j].text, after, before[j])
		}
	}
	if after := c.gain(0, 1); after >= before[0] {
		t.Errorf("gain(sentence 0) = %v after adding it, want less than %v", after, before[0])
	}
	if half, whole := newCoverage(cands, 5).gain(1, 0.5), before[1]; half > whole {
		t.Errorf("gain(1, half) = %v, more than gain(1, whole) = %v", half, whole)
	}
}

// TestCoverageLargeStory checks that a story with more sentences than
// maxCovered tracks a sample and still yields a summary.
func TestCoverageLargeStory(t *testing.T) {
	var arts []*news.Article
	for i := range 120 {
		text := ""
		for k := range 10 {
			text += fmt.Sprintf("Crews in district %d cleared %d fallen trees from the road to Oxmere after the storm. ", i, k+i)
		}
		arts = append(arts, article(fmt.Sprintf("a%d", i), "Outlet", text, time.Time{}))
	}
	cands := candidates(arts, defaultParams)
	if len(cands) <= maxCovered {
		t.Fatalf("candidates = %d, want more than %d", len(cands), maxCovered)
	}
	if c := newCoverage(cands, 5); len(c.tracked) > maxCovered {
		t.Errorf("newCoverage tracks %d sentences, want at most %d", len(c.tracked), maxCovered)
	}
	if s := Summary(arts, RougeBytes); s == "" || len(s) > RougeBytes {
		t.Errorf("Summary(large) = %d bytes, want 1..%d", len(s), RougeBytes)
	}
}
