package textproc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/locate"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// sharedDir walks up from the working directory to the "shared" directory
// that sits beside the repository root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return locate.SharedOrSkip(t, "")
}

// loadSeed reads seed file name (prefix match) as an Article: the first
// non-empty line is the title, the rest the text.
func loadSeed(t *testing.T, prefix string) *news.Article {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "seeds")
	matches, err := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Fatalf("seed %s in %s: found %v (%v)", prefix, dir, matches, err)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatalf("read seed %s: %v", matches[0], err)
	}
	text := strings.TrimLeft(string(b), " \t\r\n")
	title, body, _ := strings.Cut(text, "\n")
	return &news.Article{Source: matches[0], Title: strings.TrimSpace(title), Text: body}
}

func TestProcessSeeds(t *testing.T) {
	tests := []struct {
		seed    string
		gone    []string // must not remain in Text (substrings)
		kept    []string // real sentences that must remain
		reasons []string // reasons that must appear in Boilerplate
	}{
		{
			seed: "001",
			gone: []string{
				"Read Also", "Study Reveals Alarming Presence of PFAS",
				"Threads, attracts 10 million users", "Leave a Reply",
				"Your email address will not be published", "Required fields are marked",
				"msn.com3", "Ex-us-officials-and-russians-discuss-ukraine-conflict", ", , , ,",
			},
			kept: []string{
				"Lavrov met with the former American officials in New York in April for a number of hours.",
				"The Council on Foreign Relations has been contacted by Fox News Digital for comment.",
				"Rebekah Koffler, a former defense intelligence officer, told Fox News Digital",
				"If the US agrees to stop arming Ukraine and recognize Crimea",
				"As soon as the war is over, conversations about Ukraine joining NATO should start, according to Czech President Petr Pavel.",
			},
			reasons: []string{ReasonReadAlso, ReasonCommentForm, ReasonSourceLine, ReasonSlug, ReasonRepeated, ReasonPunctuation},
		},
		{
			seed: "002",
			gone: []string{"related posts", "Post List", "Hot News"},
			kept: []string{
				"Two sources say participants in the meeting with Lavrov briefed the White House Security Council.",
				"Conversations after the counterattack?",
				"Source: El Diario",
				"so that “then we can start the negotiation phase under the right conditions”.",
			},
			reasons: []string{ReasonRelatedPosts},
		},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			a := loadSeed(t, tc.seed)
			Process(a)
			for _, g := range tc.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("Process(seed %s): Text still contains %q", tc.seed, g)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("Process(seed %s): Text lost %q", tc.seed, k)
				}
			}
			have := make(map[string]bool)
			for _, r := range a.Boilerplate {
				have[r.Reason] = true
			}
			for _, r := range tc.reasons {
				if !have[r] {
					t.Errorf("Process(seed %s): no removal with reason %q in %+v", tc.seed, r, a.Boilerplate)
				}
			}
			if a.Language != "en" {
				t.Errorf("Process(seed %s).Language = %q, want en", tc.seed, a.Language)
			}
		})
	}
}

// TestProcessSeedsKeepsProse checks that on every seed cleaning removes
// little: the seeds are mostly real article text.
func TestProcessSeedsKeepsProse(t *testing.T) {
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		t.Run(seed, func(t *testing.T) {
			a := loadSeed(t, seed)
			before := len(a.Text)
			Process(a)
			if len(a.Text) < before*7/10 {
				t.Errorf("Process(seed %s) kept %d of %d bytes; removed %+v", seed, len(a.Text), before, a.Boilerplate)
			}
			if len(a.Sentences) < 5 {
				t.Errorf("Process(seed %s) found %d sentences, want at least 5", seed, len(a.Sentences))
			}
			checkInvariants(t, a)
		})
	}
}
