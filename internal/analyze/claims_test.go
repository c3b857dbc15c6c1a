package analyze

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/report"
)

// TestExampleClaims measures claim alignment on the claims planted in the
// example corpus: for each planted claim, the best matching claim must hold
// the planted wording of every article that carries it, and count the
// planted number of independent origins. The floors sit just under what
// the pipeline reaches, so that a regression fails.
func TestExampleClaims(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(examples, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr struct {
		Articles []struct{ Ref, URL string } `json:"articles"`
		Claims   []struct {
			Story        string            `json:"story"`
			Text         string            `json:"text"`
			Files        []string          `json:"files"`
			Origins      int               `json:"origins"`
			SingleSource bool              `json:"single_source"`
			Evidence     map[string]string `json:"evidence"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	doc := run(t, filepath.Join(examples, "corpus"))
	idOfURL := map[string]string{}
	text := map[string]string{}
	for _, a := range doc.Articles {
		idOfURL[a.URL] = a.ID
		text[a.ID] = a.Text
	}
	idOfRef := map[string]string{}
	for _, a := range tr.Articles {
		idOfRef[a.Ref] = idOfURL[a.URL]
	}
	var claims []report.Claim
	for _, s := range doc.Stories {
		claims = append(claims, s.Claims...)
	}
	// holds reports whether claim c carries phrase in article id.
	holds := func(c report.Claim, id, phrase string) bool {
		for _, r := range c.Sentences {
			if r.Article == id && strings.Contains(strings.ToLower(text[id][r.Start:r.End]), strings.ToLower(phrase)) {
				return true
			}
		}
		return false
	}
	var multi, aligned, originsRight, singleRight, singles int
	for _, want := range tr.Claims {
		best, bestCover := report.Claim{}, -1
		for _, c := range claims {
			cover := 0
			for f, phrase := range want.Evidence {
				if holds(c, idOfRef[f], phrase) {
					cover++
				}
			}
			if cover > bestCover {
				best, bestCover = c, cover
			}
		}
		if len(want.Files) > 1 {
			multi++
			if bestCover == len(want.Evidence) {
				aligned++
				if best.Origins == want.Origins {
					originsRight++
				}
			} else {
				t.Logf("planted claim %q: best claim holds %d of %d articles' wording", want.Text, bestCover, len(want.Evidence))
			}
			continue
		}
		singles++
		if bestCover == 1 && best.SingleSource == want.SingleSource && len(best.Articles) == 1 {
			singleRight++
		} else if bestCover == 1 {
			t.Logf("single-article claim %q: single_source %v, %d articles", want.Text, best.SingleSource, len(best.Articles))
		}
	}
	t.Logf("multi-article claims fully aligned: %d of %d (origins right on %d); single-article claims right: %d of %d",
		aligned, multi, originsRight, singleRight, singles)
	if aligned*100 < multi*80 {
		t.Errorf("only %d of %d multi-article planted claims fully aligned, want at least 80%%", aligned, multi)
	}
	if singleRight*100 < singles*85 {
		t.Errorf("only %d of %d single-article planted claims found alone and single-source, want at least 85%%", singleRight, singles)
	}
}
