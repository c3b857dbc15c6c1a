package brief

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestPublicationLabel(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"date only", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "10 March 2026"},
		{"with a time", time.Date(2026, 3, 10, 17, 5, 0, 0, time.UTC), "10 March 2026 17:05 UTC"},
		{"a second past midnight", time.Date(2026, 3, 10, 0, 0, 1, 0, time.UTC), "10 March 2026 00:00 UTC"},
		{"midnight elsewhere is a time in UTC", time.Date(2026, 3, 10, 0, 0, 0, 0, time.FixedZone("CET", 3600)), "9 March 2026 23:00 UTC"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := publicationLabel(tc.t); got != tc.want {
				t.Errorf("publicationLabel(%v) = %q, want %q", tc.t, got, tc.want)
			}
		})
	}
}

// TestTimelineDamStory is the example corpus's case: an article published
// on Tuesday 10 March 2026 with no time of day.
func TestTimelineDamStory(t *testing.T) {
	a := article("r1", "Radio Pell", "The dam gave way early on Tuesday. "+
		"The operator agreed to hand over all inspection documents by Friday. "+
		"Engineers are releasing water before more rain arrives on Thursday. "+
		"The reservoir stood close to its maximum level on Monday evening.",
		time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC))
	got := Write(Input{Articles: []*news.Article{a}}, func(string) string { return "[1]" })
	want := strings.Join([]string{
		"- **Monday 9 March 2026**: The reservoir stood close to its maximum level on Monday evening. [1]",
		"- **Tuesday 10 March 2026**: The dam gave way early on Tuesday. [1]",
		"- **10 March 2026**: Radio Pell publishes its article. [1]",
		"- **Thursday 12 March 2026**: Engineers are releasing water before more rain arrives on Thursday. [1]",
		"- **Friday 13 March 2026**: The operator agreed to hand over all inspection documents by Friday. [1]",
	}, "\n")
	if lines := strings.Join(section(got, "Timeline"), "\n"); lines != want {
		t.Errorf("Write(dam) timeline =\n%s\nwant\n%s", lines, want)
	}
}

// TestTimelineMonthRange: a seasonal window is one unplaced period, not
// two months placed around the publication date.
func TestTimelineMonthRange(t *testing.T) {
	a := article("w1", "Coast Wire", "The licence bans foundation work on the bank between February and April, when cod spawn. "+
		"Construction starts in June.",
		time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC))
	got := Write(Input{Articles: []*news.Article{a}}, func(string) string { return "[1]" })
	for _, want := range []string{"- **June 2026**: Construction starts in June.", "- **February to April**: The licence bans"} {
		if !strings.Contains(got, want) {
			t.Errorf("Write() timeline lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "February 2026") || strings.Contains(got, "April 2026") {
		t.Errorf("Write() placed the range's months in time:\n%s", got)
	}
}
