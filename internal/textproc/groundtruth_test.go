package textproc

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestCleanGroundTruth runs Clean over the 181 hand-made article bodies of
// the Scrapinghub extraction benchmark: they are clean already, so nearly
// all of their text must survive. What Clean does take there is bare URL
// lines, separator lines and one shop widget, which crosscheck does not
// want either.
func TestCleanGroundTruth(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "extraction", "scrapinghub", "ground-truth.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("Scrapinghub ground truth not available: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	total, lost := 0, 0
	reasons := make(map[string]int)
	for _, g := range gt {
		_, removed := Clean(g.ArticleBody)
		total += len(g.ArticleBody)
		for _, r := range removed {
			lost += len(r.Text)
			reasons[r.Reason]++
		}
	}
	share := float64(lost) / float64(total)
	t.Logf("Clean on %d ground-truth bodies removed %.3f%% of %d bytes: %v", len(gt), 100*share, total, reasons)
	if share > 0.01 {
		t.Errorf("Clean removed %.3f%% of clean ground-truth text, want <= 1%%: %v", 100*share, reasons)
	}
	for _, r := range []string{ReasonRepeated, ReasonCommentForm, ReasonShare, ReasonAd, ReasonSourceLine} {
		if reasons[r] > 0 {
			t.Errorf("Clean removed %d ground-truth lines as %q, want none", reasons[r], r)
		}
	}
}
