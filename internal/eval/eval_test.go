package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestClusterSlice(t *testing.T) {
	shared := SharedDir()
	if shared == "" {
		t.Skip("../shared/data not found beside the repository: skipping the public-benchmark evaluation")
	}
	tab, err := Cluster(shared, "../../examples", ClusterOptions{Clusters: 8, NoStream: true})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]Row{}
	for _, r := range tab.Rows {
		rows[r.System] = r
	}
	for _, name := range []string{"crosscheck topics · DUC 2004", "crosscheck topics · MultiLing 2011 en", "crosscheck topics · MultiLing 2011, 7 languages mixed", "crosscheck stories · example corpus"} {
		r, ok := rows[name]
		if !ok {
			t.Fatalf("no row %q in %v", name, tab.Rows)
		}
		if f := r.Scores["BCubed F1"]; f < 0.6 || f > 1 {
			t.Errorf("%s BCubed F1 = %.3f, want a real score above 0.6", name, f)
		}
	}
	if f := rows["crosscheck stories · example corpus"].Scores["pairwise F1"]; f != 1 {
		t.Errorf("example corpus pairwise F1 = %.3f, want 1 (every planted story exact)", f)
	}
	// The example corpus's gold is events, and two of them (the dam's
	// collapse and the inquiry) are one topic.
	if r := rows["crosscheck topics · example corpus"]; r.Scores["pairwise R"] != 1 || r.Scores["pairwise P"] >= 1 {
		t.Errorf("topics on the example corpus: %+v, want recall 1 and the two dam events joined", r.Scores)
	}
	if r, ok := rows["crosscheck --stories topics, commits of 16, merge pass every 256 · DUC 2004"]; !ok || r.Scores["BCubed F1"] < 0.5 {
		t.Errorf("row of the small-batch merge on DUC 2004 = %+v, want a real score", r)
	}
	if _, ok := rows["TF-IDF average-link (tuned) · DUC 2004"]; !ok {
		t.Error("no baseline row for DUC 2004")
	}
	// The ceiling knows the gold stories' other members, so on the
	// example corpus, where the grouping is exact, it must be exact too.
	if f := rows["features' ceiling (gold-linked) · example corpus"].Scores["pairwise F1"]; f != 1 {
		t.Errorf("features' ceiling on the example corpus: pairwise F1 = %.3f, want 1", f)
	}
}

func TestSummarizeSlice(t *testing.T) {
	shared := SharedDir()
	if shared == "" {
		t.Skip("../shared/data not found beside the repository: skipping the public-benchmark evaluation")
	}
	tab, err := Summarize(shared, SummarizeOptions{Clusters: 5})
	if err != nil {
		t.Fatal(err)
	}
	scores := map[string]float64{}
	for _, r := range tab.Rows {
		scores[r.System] = r.Scores["ROUGE-1 R"]
	}
	for _, sys := range []string{"crosscheck", "LexRank", "Centroid", "ICSISumm", "DPP"} {
		if s := scores[sys]; s <= 0.2 || s >= 0.7 {
			t.Errorf("%s ROUGE-1 recall on 5 clusters = %.3f, want a plausible score", sys, s)
		}
	}
}

func TestSpeedSlice(t *testing.T) {
	shared := SharedDir()
	if shared == "" {
		t.Skip("../shared/data not found beside the repository: skipping the public-benchmark evaluation")
	}
	tab, err := Speed(shared, SpeedOptions{Clusters: 2, Pages: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) < 6 {
		t.Fatalf("speed table has %d rows, want every stage", len(tab.Rows))
	}
	floor := tab.Rows[0]
	if !strings.HasPrefix(floor.System, "floor") || floor.Scores["x floor"] < 0.99 || floor.Scores["x floor"] > 1.01 {
		t.Errorf("first row %+v, want the floor at 1x", floor)
	}
	for _, r := range tab.Rows {
		if r.Scores["articles/s"] <= 0 {
			t.Errorf("%s: %v articles/s", r.System, r.Scores["articles/s"])
		}
	}
}

func TestTableRendering(t *testing.T) {
	tab := &Table{
		Name: "Demo", Data: "two systems", Metrics: []string{"F1", "articles/s"},
		Rows: []Row{
			{System: "crosscheck", Scores: map[string]float64{"F1": 0.97444, "articles/s": 1234.5}},
			{System: "peer", Scores: map[string]float64{"F1": 0.9}, Published: published(0.91)},
		},
		Notes: []string{"a note"},
	}
	var md bytes.Buffer
	if err := tab.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	want := "| system | F1 | articles/s | published |\n|---|---|---|---|\n| crosscheck | 0.974 | 1234 |  |\n| peer | 0.900 | - | 0.910 |\n\na note\n"
	if md.String() != want {
		t.Errorf("WriteMarkdown =\n%s\nwant\n%s", md.String(), want)
	}
	var text bytes.Buffer
	if err := tab.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "Demo — two systems") || !strings.Contains(text.String(), "0.974") {
		t.Errorf("WriteText = %q", text.String())
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, tab); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Tables []Table `json:"tables"`
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back.Tables) != 1 || back.Tables[0].Rows[1].Published == nil {
		t.Errorf("WriteJSON round trip = %+v, %v", back, err)
	}
}

func TestJoinedGold(t *testing.T) {
	gold := map[string]string{"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "c1": "C", "d1": "D"}
	tests := []struct {
		name string
		pred map[string]string
		want string
	}{
		{"perfect", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "2", "b2": "2", "c1": "3", "d1": "4"}, ""},
		// A and B joined: 3·2 false pairs; C and D joined: 1. A + B alone
		// is four fifths of the 7.
		{"two joins", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "1", "b2": "1", "c1": "3", "d1": "3"},
			"7 false pairs, A + B 6"},
		// Three in one story: A+B 6, A+C 3, B+C 2; 11 in all, 9 named.
		{"three in one", map[string]string{"a1": "1", "a2": "1", "a3": "1", "b1": "1", "b2": "1", "c1": "1", "d1": "4"},
			"11 false pairs, A + B 6, A + C 3"},
	}
	for _, tt := range tests {
		if got := joinedGold(tt.pred, gold); got != tt.want {
			t.Errorf("%s: joinedGold = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEntitiesSlice(t *testing.T) {
	shared := SharedDir()
	if shared == "" {
		t.Skip("../shared/data not found beside the repository: skipping the public-benchmark evaluation")
	}
	tab, err := Entities(shared, EntitiesOptions{Topics: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 2 {
		t.Fatalf("%d rows, want crosscheck and the plain linking", len(tab.Rows))
	}
	cc, plain := tab.Rows[0].Scores, tab.Rows[1].Scores
	// Scripts without capitals: the plain linking finds next to nothing,
	// crosscheck's names anchored in the Latin articles a good share.
	for _, l := range []string{"arabic", "hebrew", "hindi"} {
		if cc[l] < 0.1 || cc[l] <= plain[l] {
			t.Errorf("%s: crosscheck %.3f, plain %.3f; want crosscheck at 0.1 or more and above the plain linking", l, cc[l], plain[l])
		}
	}
	if cc["all"] < plain["all"] {
		t.Errorf("all: crosscheck %.3f below the plain linking %.3f", cc["all"], plain["all"])
	}
}
