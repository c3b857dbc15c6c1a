package cluster

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

type fixture struct {
	ID        string    `json:"id"`
	Story     string    `json:"story"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
	Title     string    `json:"title"`
	Text      string    `json:"text"`
}

// loadFixtures reads testdata/stories.json, a small invented corpus of four
// stories in which one (vorn-un) has the same people as another (resign) but
// is a new event three weeks later.
func loadFixtures(t testing.TB) ([]*news.Article, map[string]string) {
	t.Helper()
	b, err := os.ReadFile("testdata/stories.json")
	if err != nil {
		t.Fatalf("read fixtures: %v", err)
	}
	var fs []fixture
	if err := json.Unmarshal(b, &fs); err != nil {
		t.Fatalf("parse fixtures: %v", err)
	}
	slices.SortStableFunc(fs, func(a, b fixture) int { return a.Published.Compare(b.Published) })
	gold := map[string]string{}
	var arts []*news.Article
	for _, f := range fs {
		a := testArticle(f.ID, f.Title, f.Text, f.Published)
		a.Outlet = f.Outlet
		arts = append(arts, a)
		gold[f.ID] = f.Story
	}
	return arts, gold
}

// groups turns assignments into sorted groups of article IDs, for comparing
// clusterings regardless of story IDs.
func groups(assign map[string]string) [][]string {
	by := map[string][]string{}
	for a, s := range assign {
		by[s] = append(by[s], a)
	}
	var out [][]string
	for _, g := range by {
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

func TestSmallCorpus(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{})
	for _, a := range arts {
		c.Add(a)
	}
	got := groups(c.Assignments())
	want := groups(gold)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stories of the small corpus (-want +got):\n%s", diff)
	}
}

func TestFiveArticleStory(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{})
	var ids []string
	for _, a := range arts {
		if gold[a.ID] == "flood" {
			ids = append(ids, c.Add(a))
		}
	}
	st := c.Stories()
	if len(st) != 1 || len(st[0].Articles) != 5 {
		t.Fatalf("Stories() of five flood articles = %+v, want one story of 5", st)
	}
	if st[0].ID != "s-f1" {
		t.Errorf("story ID = %q, want s-f1 (s- plus the first article)", st[0].ID)
	}
}

func TestSameEventAcrossDays(t *testing.T) {
	arts, gold := loadFixtures(t)
	c := New(Options{})
	for _, a := range arts {
		c.Add(a)
	}
	byID := map[string]string{}
	for _, a := range arts {
		s, ok := c.StoryOf(a.ID)
		if !ok {
			t.Fatalf("StoryOf(%s) not found", a.ID)
		}
		byID[a.ID] = s
	}
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"flood day one and two", "f1", "f5", true},
		{"resignation and inquiry", "m1", "m3", true},
		{"resignation and later appointment, same people", "m1", "v1", false},
		{"appointment reports", "v1", "v2", true},
		{"recall and resignation", "q1", "m1", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := byID[tc.a] == byID[tc.b]; got != tc.same {
				t.Errorf("same story(%s, %s) = %v, want %v (gold %s, %s)", tc.a, tc.b, got, tc.same, gold[tc.a], gold[tc.b])
			}
		})
	}
}

// TestEventsSkipsMergePass: with Events, the stories are what articles
// joined one by one; without, the merge pass joins what they did not. The
// join threshold here is out of reach, so only the merge pass can join.
func TestEventsSkipsMergePass(t *testing.T) {
	day := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	arts := []*news.Article{
		testArticle("a1", "Merrow dam gives way", "The Merrow dam above Kaldbrook gave way on Tuesday and flooded the lower town.", day),
		testArticle("a2", "Kaldbrook flooded", "Water from the Merrow dam flooded the lower town of Kaldbrook on Tuesday.", day.Add(time.Hour)),
	}
	for _, tt := range []struct {
		name    string
		events  bool
		stories int
	}{{"topics", false, 1}, {"events", true, 2}} {
		t.Run(tt.name, func(t *testing.T) {
			for _, streamed := range []bool{false, true} {
				c := New(Options{Threshold: 2, MergeThreshold: 0.05, Events: tt.events})
				for _, a := range arts {
					c.Add(a)
				}
				if streamed {
					c.Merge() // the ingest path
				}
				if got := len(c.Stories()); got != tt.stories {
					t.Errorf("streamed %v: %d stories, want %d", streamed, got, tt.stories)
				}
			}
		})
	}
}
