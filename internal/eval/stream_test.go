package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestParseStreamLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]streamDoc
		err        string
	}{
		{"comments and blanks", "# note\n\np1\tquake\t\np2\t\tbudget,tax\n", map[string]streamDoc{
			"p1": {event: "quake"},
			"p2": {topics: []string{"budget", "tax"}},
		}, ""},
		{"too few fields", "p1\tquake\n", nil, "stream_labels.tsv:1"},
		{"no id", "\tquake\t\n", nil, "stream_labels.tsv:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseStreamLabels(tt.text)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want one naming %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d labels, want %d", len(got), len(tt.want))
			}
			for id, w := range tt.want {
				g := got[id]
				if g.event != w.event || strings.Join(g.topics, ",") != strings.Join(w.topics, ",") {
					t.Errorf("%s = %+v, want %+v", id, g, w)
				}
			}
		})
	}
	// The shipped labels must parse.
	if _, err := parseStreamLabels(streamLabels); err != nil {
		t.Fatal(err)
	}
}

func TestStreamPairs(t *testing.T) {
	doc := func(id, event string, topics ...string) streamDoc {
		return streamDoc{a: &news.Article{ID: id}, event: event, topics: topics}
	}
	docs := []streamDoc{
		doc("a1", "quake"), doc("a2", "quake"), doc("a3", "quake"),
		doc("b1", "", "budget"), doc("b2", "", "budget"),
		doc("c1", ""), doc("c2", ""),
	}
	tests := []struct {
		name       string
		pred       map[string]string
		p, r       float64
		falsePairs int
	}{
		{"exact", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "2", "b2": "3", "c1": "4", "c2": "5"}, 1, 1, 0},
		// Pages on one topic may share a story without penalty.
		{"topic joined", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "2", "b2": "2", "c1": "4", "c2": "5"}, 1, 1, 0},
		// Two one-offs joined: one false pair against three true ones.
		{"one-offs joined", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "2", "b2": "3", "c1": "4", "c2": "4"}, 0.75, 1, 1},
		{"event split", map[string]string{"a1": "1", "a2": "1", "a3": "9", "b1": "2", "b2": "3", "c1": "4", "c2": "5"}, 1, 1.0 / 3, 0},
		// A one-off joined to the event: three false pairs.
		{"one-off into event", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "2", "b2": "3", "c1": "1", "c2": "5"}, 0.5, 1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, _, fm := streamPairs(docs, tt.pred)
			if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || fm != tt.falsePairs {
				t.Errorf("P %.3f R %.3f false pairs %d, want P %.3f R %.3f false pairs %d", p, r, fm, tt.p, tt.r, tt.falsePairs)
			}
		})
	}
}

func TestStreamRows(t *testing.T) {
	shared := SharedDir()
	if shared == "" {
		t.Skip("../shared/data not found beside the repository: skipping the news-stream evaluation")
	}
	docs, err := loadStream(shared+"/data/extraction/scrapinghub", 0)
	if err != nil {
		t.Fatal(err)
	}
	labelled := 0
	for _, d := range docs {
		if d.event != "" || len(d.topics) > 0 {
			labelled++
		}
	}
	// Every label names a page that has text, so all of them are read.
	if labelled != 74 {
		t.Errorf("%d labelled pages read, want 74", labelled)
	}
	rows, notes := streamRows(docs)
	if len(rows) != 3 || len(notes) != 1 {
		t.Fatalf("got %d rows and %d notes", len(rows), len(notes))
	}
	for _, r := range rows {
		if p := r.Scores["pairwise P"]; p <= 0 || p > 1 {
			t.Errorf("%s: pairwise P %.3f out of range", r.System, p)
		}
		if rec := r.Scores["pairwise R"]; rec < 0.5 {
			t.Errorf("%s: pairwise R %.3f; the labelled events are plain enough that any working grouping finds half of them", r.System, rec)
		}
	}
}
