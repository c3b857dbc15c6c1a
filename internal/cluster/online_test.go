package cluster

import (
	"encoding/json"
	"maps"
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

// TestTopics: with Events, Topics groups the stories as the merge pass
// would have joined them, under the earliest story's ID, and leaves the
// stories as they are; a story the merge pass would not join is its own
// topic. Without Events every story is its own topic. The join threshold
// is out of reach, so each article starts a story.
func TestTopics(t *testing.T) {
	day := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	arts := []*news.Article{
		testArticle("a1", "Merrow dam gives way", "The Merrow dam above Kaldbrook gave way on Tuesday and flooded the lower town.", day),
		testArticle("a2", "Kaldbrook flooded", "Water from the Merrow dam flooded the lower town of Kaldbrook on Tuesday.", day.Add(time.Hour)),
		testArticle("b1", "Orchestra tour", "The Vellin chamber orchestra opens its autumn tour of concert halls in Osterby.", day.Add(2*time.Hour)),
	}
	for _, tt := range []struct {
		name   string
		opt    Options
		topics map[string]string
	}{
		{"events", Options{Threshold: 2, MergeThreshold: 0.05, Events: true},
			map[string]string{"s-a1": "s-a1", "s-a2": "s-a1", "s-b1": "s-b1"}},
		{"events, indexed", Options{Threshold: 2, MergeThreshold: 0.05, Events: true, IndexAbove: -1},
			map[string]string{"s-a1": "s-a1", "s-a2": "s-a1", "s-b1": "s-b1"}},
		{"topics", Options{Threshold: 2, MergeThreshold: 0.05},
			map[string]string{"s-a1": "s-a1", "s-b1": "s-b1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := New(tt.opt)
			for _, a := range arts {
				c.Add(a)
			}
			c.Stories()
			if got := c.Topics(); !maps.Equal(got, tt.topics) {
				t.Errorf("Topics() = %v, want %v", got, tt.topics)
			}
			// The view leaves the stories alone: asking again gives the same.
			if got := c.Topics(); !maps.Equal(got, tt.topics) {
				t.Errorf("second Topics() = %v, want %v", got, tt.topics)
			}
			if n, want := len(c.Stories()), len(tt.topics); n != want {
				t.Errorf("%d stories after Topics, want %d", n, want)
			}
		})
	}
}

// TestTopicsIncremental: Topics called as articles arrive (regrouping
// only what changed) ends where one call over the finished stories does,
// on invented stories and, when the shared data is there, on DUC 2004,
// where pairs are also dropped as stories grow. With IndexAbove
// negative every part counts as large, so changed stories are attached to
// a neighbour's topic between regroupings, and the result may differ a
// little: the partitions must still agree at pairwise F1 0.95. Topic
// names may differ, as a topic keeps its name while it grows.
func TestTopicsIncremental(t *testing.T) {
	fixtures, _ := loadFixtures(t)
	_, dam := damDays()
	// The dam's reports each start a story (the join threshold is out of
	// reach) among the fixtures', so the topics have real work to do.
	split := Options{Events: true, Threshold: 2, MergeThreshold: 0.05}
	splitIndexed := split
	splitIndexed.IndexAbove = -1
	withDam := func(*testing.T) []*news.Article { return append(slices.Clone(dam), fixtures...) }
	sets := []struct {
		name   string
		arts   func(t *testing.T) []*news.Article
		opt    Options
		exact  bool
		joined int // at least this many stories share a topic with an earlier one
	}{
		{"fixtures and the dam, a story each", withDam, split, true, 2},
		{"fixtures and the dam, a story each, indexed", withDam, splitIndexed, false, 2},
		{"DUC 2004", func(t *testing.T) []*news.Article { return ducArticles(loadDUC(t)) }, Options{Events: true}, true, 100},
		{"DUC 2004, large parts", func(t *testing.T) []*news.Article { return ducArticles(loadDUC(t)) }, Options{Events: true, IndexAbove: -1}, false, 100},
	}
	for _, tt := range sets {
		t.Run(tt.name, func(t *testing.T) {
			arts := tt.arts(t)
			every := max(1, len(arts)/40)
			inc, once := New(tt.opt), New(tt.opt)
			for i, a := range arts {
				inc.Add(a)
				once.Add(a)
				if i%every == 0 {
					inc.Merge() // the move pass, as ingest runs it
					once.Merge()
					inc.Topics()
				}
			}
			got := inc.Topics()
			want := once.Topics()
			if !tt.exact {
				if _, _, f := Pairwise(got, want); f < 0.95 {
					t.Errorf("topics as articles arrive against one call: pairwise F1 %.3f, want >= 0.95", f)
				} else {
					t.Logf("topics as articles arrive against one call: pairwise F1 %.3f", f)
				}
			} else if p, r, _ := Pairwise(got, want); p != 1 || r != 1 || len(got) != len(want) {
				// Names may differ: a topic keeps the name it had.
				t.Errorf("topics as articles arrive against one call: pairwise P %.3f R %.3f, want the same grouping", p, r)
			}
			topics := map[string]bool{}
			for _, tp := range got {
				topics[tp] = true
			}
			t.Logf("%d stories in %d topics", len(got), len(topics))
			if len(got)-len(topics) < tt.joined {
				t.Errorf("%d stories in %d topics, want at least %d stories joined to others", len(got), len(topics), tt.joined)
			}
		})
	}
}

// damDays returns three reports of a dam's failure a day apart, the first
// on the day returned, for tests that need each to start its own story
// (with a join threshold out of reach) in one topic.
func damDays() (time.Time, []*news.Article) {
	day := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	return day, []*news.Article{
		testArticle("a1", "Merrow dam gives way", "The Merrow dam above Kaldbrook gave way on Tuesday and flooded the lower town.", day),
		testArticle("a2", "Kaldbrook flooded", "Water from the Merrow dam flooded the lower town of Kaldbrook on Tuesday.", day.Add(24*time.Hour)),
		testArticle("a3", "Kaldbrook clears up", "The lower town of Kaldbrook cleared mud left by the Merrow dam flood on Thursday.", day.Add(48*time.Hour)),
	}
}

// TestTopicNameOutlivesStory: a topic is named after its earliest story,
// and keeps the name when that story closes (the earliest closes first),
// so the store's stories of the topic stay one list.
func TestTopicNameOutlivesStory(t *testing.T) {
	day, arts := damDays()
	c := New(Options{Threshold: 2, MergeThreshold: 0.05, Events: true})
	c.Add(arts[0])
	c.Add(arts[1])
	if got, want := c.Topics(), map[string]string{"s-a1": "s-a1", "s-a2": "s-a1"}; !maps.Equal(got, want) {
		t.Fatalf("Topics() = %v, want %v", got, want)
	}
	c.Close(day.Add(time.Hour)) // a1's story
	c.Add(arts[2])
	if got, want := c.Topics(), map[string]string{"s-a2": "s-a1", "s-a3": "s-a1"}; !maps.Equal(got, want) {
		t.Errorf("after the earliest story closed: Topics() = %v, want %v", got, want)
	}
}

// TestTopicChanges: TopicChanges reports only the stories whose topic
// changed since the last call, "" for a story alone in its topic, and the
// first story of a topic when a second joins it.
func TestTopicChanges(t *testing.T) {
	day, dam := damDays()
	other := testArticle("b1", "Orchestra tour", "The Vellin chamber orchestra opens its autumn tour of concert halls in Osterby.", day.Add(2*time.Hour))
	c := New(Options{Threshold: 2, MergeThreshold: 0.05, Events: true})
	steps := []struct {
		name string
		do   func()
		want map[string]string
	}{
		{"first story, alone", func() { c.Add(dam[0]) }, map[string]string{"s-a1": ""}},
		{"a second story joins its topic", func() { c.Add(dam[1]) }, map[string]string{"s-a1": "s-a1", "s-a2": "s-a1"}},
		{"an unrelated story", func() { c.Add(other) }, map[string]string{"s-b1": ""}},
		{"nothing new", func() {}, map[string]string{}},
		// A closed story stays in its topic (the store keeps it there), so
		// the other is not left alone.
		{"the earliest closes", func() { c.Close(day.Add(time.Hour)) }, map[string]string{}},
		{"a third joins", func() { c.Add(dam[2]) }, map[string]string{"s-a3": "s-a1"}},
	}
	for _, st := range steps {
		st.do()
		if got := c.TopicChanges(); !maps.Equal(got, st.want) {
			t.Errorf("%s: TopicChanges() = %v, want %v", st.name, got, st.want)
		}
	}
	if got := New(Options{}).TopicChanges(); got != nil {
		t.Errorf("without Events: TopicChanges() = %v, want nil", got)
	}
}

// TestResumeTopics: an ingester restarted from the store gets the stored
// topics back, so it reports no change for what did not change, keeps the
// topic's name, and counts the topic's closed stories as its members.
func TestResumeTopics(t *testing.T) {
	day, dam := damDays()
	other := testArticle("b1", "Orchestra tour", "The Vellin chamber orchestra opens its autumn tour of concert halls in Osterby.", day.Add(2*time.Hour))
	opt := Options{Threshold: 2, MergeThreshold: 0.05, Events: true}
	c := New(opt)
	for _, a := range []*news.Article{dam[0], dam[1], other} {
		c.Add(a)
	}
	c.TopicChanges()
	c.Close(day.Add(time.Hour)) // a1's story
	c.TopicChanges()
	stored := map[string]string{"s-a2": "s-a1", "s-b1": ""}
	tests := []struct {
		name   string
		sizes  map[string]int
		resume bool
		want   map[string]string // TopicChanges after the restart
	}{
		{"resumed, closed story counted", map[string]int{"s-a1": 2}, true, map[string]string{}},
		// Without the closed story the topic holds one story.
		{"resumed, closed story not stored", map[string]int{"s-a1": 1}, true, map[string]string{"s-a2": ""}},
		// Without the stored topics every story is reported afresh.
		{"not resumed", nil, false, map[string]string{"s-a2": "", "s-b1": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(opt)
			freq, err := c.Frequencies()
			if err != nil {
				t.Fatal(err)
			}
			if err := r.RestoreFrequencies(freq); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"s-a2", "s-b1"} {
				state, _, err := c.State(id)
				if err != nil {
					t.Fatal(err)
				}
				if err := r.Restore(id, state); err != nil {
					t.Fatal(err)
				}
			}
			if tt.resume {
				r.ResumeTopics(stored, tt.sizes)
			}
			if got := r.TopicChanges(); !maps.Equal(got, tt.want) {
				t.Errorf("TopicChanges() after the restart = %v, want %v", got, tt.want)
			}
			r.Add(dam[2])
			if got := r.Topics()["s-a3"]; tt.resume && got != "s-a1" {
				t.Errorf("a third dam report after the restart: topic %q, want s-a1", got)
			}
		})
	}
}
