package brief

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestSummary(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	arts := []*news.Article{
		article("s1", "Harbor Times", "The Lindqvist Bridge in Marrowby was closed on Tuesday after inspectors found cracked cables on the northern span. "+
			"The mayor said repairs to the Lindqvist Bridge would take six weeks and cost four million crowns. "+
			"A bakery on the quay reported record sales of cinnamon buns to waiting commuters.", day),
		article("s2", "Metro Post", "Inspectors found cracked cables on the northern span of the Lindqvist Bridge, which was closed on Tuesday. "+
			"Repairs to the Lindqvist Bridge would take six weeks, the mayor said. "+
			"Drivers face a long detour around the estuary until then.", day),
		article("s3", "Valley Wire", "Ferry crews doubled their shifts after the Lindqvist Bridge was closed on Tuesday because of cracked cables. "+
			"The mayor expects repairs to the Lindqvist Bridge to take six weeks. "+
			"Captain Ines Varga said the queue at the quay was the longest she had seen.", day),
	}
	for _, n := range []int{0, 40, 120, 665} {
		got := Summary(arts, n)
		if len(got) > n {
			t.Errorf("Summary(bridge, %d) is %d bytes long", n, len(got))
		}
	}
	got := Summary(arts, 665)
	t.Run("extractive", func(t *testing.T) {
		all := arts[0].Text + " " + arts[1].Text + " " + arts[2].Text
		for _, s := range strings.SplitAfter(got, ". ") {
			if s = strings.TrimSpace(s); s != "" && !strings.Contains(tighten(all), s) {
				t.Errorf("Summary(bridge) sentence %q is in no article", s)
			}
		}
	})
	t.Run("shared facts first, side details last", func(t *testing.T) {
		if !strings.Contains(got, "Lindqvist Bridge") || strings.Index(got, "cinnamon") >= 0 && strings.Index(got, "cinnamon") < strings.Index(got, "Lindqvist") {
			t.Errorf("Summary(bridge) = %q, want the bridge closure before side details", got)
		}
	})
	t.Run("no repeats", func(t *testing.T) {
		first := strings.SplitAfter(got, ". ")[0]
		if strings.Count(got, strings.TrimSpace(first)) != 1 {
			t.Errorf("Summary(bridge) repeats %q", first)
		}
	})
	t.Run("deterministic", func(t *testing.T) {
		if again := Summary(arts, 665); again != got {
			t.Errorf("Summary(bridge) = %q, then %q", got, again)
		}
	})
	t.Run("raw articles are split by the summariser", func(t *testing.T) {
		raw := make([]*news.Article, len(arts))
		for i, a := range arts {
			raw[i] = &news.Article{ID: a.ID, Text: a.Text}
		}
		if s := Summary(raw, 665); s == "" || len(s) > 665 {
			t.Errorf("Summary(raw) = %q, want a non-empty summary within 665 bytes", s)
		}
	})
	if s := Summary(nil, 665); s != "" {
		t.Errorf("Summary(nil) = %q, want \"\"", s)
	}
}

// TestSummaryConcurrent runs the shared sentence splitter from several
// goroutines; run with -race.
func TestSummaryConcurrent(t *testing.T) {
	text := "The bridge closed on Tuesday after cracks were found in three cables. Repairs will take six weeks, the mayor said. Ferries run every twenty minutes."
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() { done <- Summary([]*news.Article{{ID: "r", Text: text}, {ID: "q", Text: text}}, 200) }()
	}
	first := <-done
	for i := 1; i < 4; i++ {
		if s := <-done; s != first {
			t.Errorf("concurrent Summary = %q and %q", first, s)
		}
	}
}
