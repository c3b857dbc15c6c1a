package eval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/source"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// labelled is an article with its gold story.
type labelled struct {
	a    *news.Article
	gold string
}

// ClusterOptions limit a grouping evaluation.
type ClusterOptions struct {
	// Clusters keeps only the first Clusters gold stories when > 0, for tests.
	Clusters int
	// NoStream leaves out the news stream of extraction-benchmark pages.
	NoStream bool
}

// Cluster scores the incremental story grouping on the DUC 2004 mix, the
// English MultiLing 2011 topics, the example corpus and a news stream of
// mostly one-off pages (see stream.go), beside a tuned TF-IDF +
// average-link baseline on the same streams.
func Cluster(shared, examples string, opt ClusterOptions) (*Table, error) {
	t := &Table{
		Name:    "Story grouping (articles fed one at a time, in date order)",
		Data:    "DUC 2004 task 2 (50 events), MultiLing 2011 English (10 topics), example corpus, Scrapinghub pages as a news stream",
		Metrics: []string{"pairwise F1", "pairwise P", "pairwise R", "BCubed F1", "BCubed P", "BCubed R"},
	}
	type set struct {
		name   string
		load   func() ([]labelled, error)
		events bool // the gold stories are events, not topics
	}
	sets := []set{
		{"DUC 2004", func() ([]labelled, error) {
			return loadDUC(filepath.Join(shared, "data", "summarization", "duc2004_task2.jsonl"), opt.Clusters)
		}, false},
		{"MultiLing 2011 en", func() ([]labelled, error) {
			return loadMultiLing(filepath.Join(shared, "data", "multilingual", "multiling2011.jsonl"), "english", opt.Clusters)
		}, false},
		// The same topics in all seven languages in one stream: translations
		// of one report must meet in one story, which only names and numbers
		// can tell across scripts. Not a goal of the issue; shown because
		// translated retellings are what crosscheck is for.
		{"MultiLing 2011, 7 languages mixed", func() ([]labelled, error) {
			return loadMultiLing(filepath.Join(shared, "data", "multilingual", "multiling2011.jsonl"), "", opt.Clusters)
		}, false},
	}
	if examples != "" {
		sets = append(sets, set{"example corpus", func() ([]labelled, error) { return loadExamples(examples) }, true})
	}
	for _, s := range sets {
		docs, err := s.load()
		if err != nil {
			return nil, err
		}
		stories, topics := groupOnline(articlesOf(docs))
		gold := goldMap(docs)
		tr := clusterRow("crosscheck topics · "+s.name, topics, gold)
		sr := clusterRow("crosscheck stories · "+s.name, stories, gold)
		if s.events {
			sr.Note = "gold stories are events"
		} else {
			tr.Note = "gold stories are topics"
		}
		t.Rows = append(t.Rows, tr, sr)
		small := clusterRow(fmt.Sprintf("crosscheck --stories topics, commits of %d, merge pass every %d · %s", streamBatch, ingest.DefaultMergeEvery, s.name), groupBatched(docs, ingest.DefaultMergeEvery), gold)
		small.Note = "as watch and serve run"
		t.Rows = append(t.Rows, small)
		arts := articlesOf(docs)
		ceil := clusterRow("features' ceiling (gold-linked) · "+s.name, cluster.GoldLinks(arts, gold, cluster.Options{}), gold)
		ceil.Note = "not a system"
		t.Rows = append(t.Rows, ceil)
		base, thr := bestBaseline(docs, gold)
		r := clusterRow("TF-IDF average-link (tuned) · "+s.name, base, gold)
		r.Note = fmt.Sprintf("threshold %.2f", thr)
		t.Rows = append(t.Rows, r)
		t.Notes = append(t.Notes, fmt.Sprintf("%s: %d articles, %d gold stories; baseline threshold tuned on the same data: %.2f", s.name, len(docs), countStories(gold), thr))
		if joins := joinedGold(topics, gold); joins != "" {
			t.Notes = append(t.Notes, fmt.Sprintf("%s, false pairs of crosscheck topics by the gold stories they join: %s.", s.name, joins))
		}
	}
	if !opt.NoStream {
		docs, err := loadStream(filepath.Join(shared, "data", "extraction", "scrapinghub"), 0)
		if err != nil {
			return nil, err
		}
		rows, notes := streamRows(docs)
		t.Rows = append(t.Rows, rows...)
		t.Notes = append(t.Notes, notes...)
	}
	t.Notes = append(t.Notes,
		"crosscheck stories: the stories of the default grouping, one per event (no merge pass, cluster.Options.Events). crosscheck topics: the topic each story is given (cluster.Online.Topics), the merge pass run over the stories without joining them; the same articles grouped as --stories topics, which joins them, groups them in one pass. Each set's gold is scored against both; DUC 2004 and MultiLing group topics, the events of one subject over days, and the example corpus and the news stream events.",
		fmt.Sprintf("crosscheck --stories topics, commits of %d, merge pass every %d: articles grouped one at a time as watch and serve do, committed %d at a time (a feed poll, an API request), with ingest's merge pass every %d articles (--merge-every) and once at the end; its merges are final, and run every %d articles they scored DUC 2004 0.822, MultiLing en 0.860, MultiLing mixed 0.635. The default's topics are a view, regrouped at every commit where stories changed, and no earlier grouping is final.", streamBatch, ingest.DefaultMergeEvery, streamBatch, ingest.DefaultMergeEvery, streamBatch),
		"features' ceiling: each article put in the gold story whose other articles it links best to, with crosscheck's features and similarity, time decay included (all document frequencies known); a grouping by average link over this similarity is unlikely to do better.",
		"For orientation only (other corpus): Miranda et al. 2018 pairwise F1 0.940 on their English set.")
	return t, nil
}

// joinedGold names the pairs of gold stories that a grouping puts
// together, with the false pairs each join makes, most first, until four
// fifths of the false pairs are named: where precision is lost, for
// readers to check against the gold (DUC 2004's joined events share
// their subject: two on North Korea, two on one Gaza airport).
func joinedGold(pred, gold map[string]string) string {
	count := map[string]map[string]int{} // predicted story -> gold story -> articles
	for id, p := range pred {
		if count[p] == nil {
			count[p] = map[string]int{}
		}
		count[p][gold[id]]++
	}
	wrong := map[[2]string]int{}
	total := 0
	for _, m := range count {
		golds := slices.Sorted(maps.Keys(m))
		for i, a := range golds {
			for _, b := range golds[i+1:] {
				wrong[[2]string{a, b}] += m[a] * m[b]
				total += m[a] * m[b]
			}
		}
	}
	pairs := slices.Collect(maps.Keys(wrong))
	slices.SortFunc(pairs, func(x, y [2]string) int {
		return cmp.Or(cmp.Compare(wrong[y], wrong[x]), cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	var parts []string
	named := 0
	for _, p := range pairs {
		if 5*named >= 4*total {
			break
		}
		parts = append(parts, fmt.Sprintf("%s + %s %d", p[0], p[1], wrong[p]))
		named += wrong[p]
	}
	if total == 0 {
		return ""
	}
	return fmt.Sprintf("%d false pairs, %s", total, strings.Join(parts, ", "))
}

func clusterRow(name string, pred, gold map[string]string) Row {
	pp, pr, pf := cluster.Pairwise(pred, gold)
	bp, br, bf := cluster.BCubed(pred, gold)
	return Row{System: name, Scores: map[string]float64{
		"pairwise F1": pf, "pairwise P": pp, "pairwise R": pr, "BCubed F1": bf, "BCubed P": bp, "BCubed R": br,
	}}
}

func goldMap(docs []labelled) map[string]string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		m[d.a.ID] = d.gold
	}
	return m
}

func countStories(gold map[string]string) int {
	seen := map[string]bool{}
	for _, g := range gold {
		seen[g] = true
	}
	return len(seen)
}

// groupOnline runs the grouping analyze uses by default: articles added
// one at a time, one story per event, then the move pass; it returns each
// article's story and the topic of that story (cluster.Online.Topics).
// ingest runs the same passes every 256 articles and computes topics
// then, so on these sets (700 articles at most) it groups alike but for
// the merge pass's index candidates.
func groupOnline(arts []*news.Article) (stories, topics map[string]string) {
	c := cluster.New(cluster.Options{Events: true})
	for _, a := range arts {
		c.Add(a)
	}
	stories = c.Assignments()
	of := c.Topics()
	topics = make(map[string]string, len(stories))
	for a, s := range stories {
		topics[a] = of[s]
	}
	return stories, topics
}

// articlesOf returns the articles of docs, in order.
func articlesOf(docs []labelled) []*news.Article {
	arts := make([]*news.Article, len(docs))
	for i, d := range docs {
		arts[i] = d.a
	}
	return arts
}

// streamBatch is the size of a commit in the stream groupBatched models:
// a feed poll or an API request of a few articles.
const streamBatch = 16

// groupBatched adds the articles one at a time and runs ingest's merge
// pass (Merge) every n articles and at the end, as ingest does with
// MergeEvery n, whatever the size of its commits (streamBatch for watch
// and serve). Merges are final: run every 16 articles they score DUC 2004
// at 0.822, MultiLing en at 0.860 and MultiLing mixed at 0.635, against
// 0.835, 0.917 and 0.960 for one pass over all articles; hence ingest's
// default of 256.
func groupBatched(docs []labelled, n int) map[string]string {
	c := cluster.New(cluster.Options{})
	for i, d := range docs {
		c.Add(d.a)
		if (i+1)%n == 0 {
			c.Merge()
		}
	}
	c.Merge()
	out := make(map[string]string, len(docs))
	for _, d := range docs {
		out[d.a.ID], _ = c.StoryOf(d.a.ID)
	}
	return out
}

// bestBaseline sweeps the baseline's threshold and keeps the best pairwise
// F1: the most the baseline can do on this data.
func bestBaseline(docs []labelled, gold map[string]string) (map[string]string, float64) {
	return sweepBaseline(articlesOf(docs), func(pred map[string]string) float64 {
		_, _, f := cluster.Pairwise(pred, gold)
		return f
	})
}

// sweepBaseline runs the TF-IDF average-link baseline over arts at every
// threshold of the sweep and returns the grouping that score rates best,
// with its threshold.
func sweepBaseline(arts []*news.Article, score func(pred map[string]string) float64) (map[string]string, float64) {
	vecs := make([][]string, len(arts))
	for i, a := range arts {
		vecs[i] = a.Stems()
	}
	var best map[string]string
	bestF, bestT := -1.0, 0.0
	for thr := 0.02; thr < 0.6; thr += 0.02 {
		labels := cluster.Agglomerative(vecs, thr)
		pred := make(map[string]string, len(arts))
		for i, a := range arts {
			pred[a.ID] = fmt.Sprint(labels[i])
		}
		if f := score(pred); f > bestF {
			best, bestF, bestT = pred, f, thr
		}
	}
	return best, bestT
}

// prepare runs the per-article stages that grouping depends on.
func prepare(a *news.Article) {
	textproc.Process(a)
	a.Mentions = entity.Mentions(a)
}

var (
	ducDate   = regexp.MustCompile(`^[A-Z_]+(\d{8})`)
	ducOutlet = regexp.MustCompile(`^[A-Z_]+`)
)

// loadDUC reads the DUC 2004 clusters, mixes their articles and orders them
// by the date in their ids, as a news stream would deliver them. An article
// that occurs in two clusters keeps its first.
func loadDUC(path string, limit int) ([]labelled, error) {
	return loadDUCWith(path, limit, true)
}

func loadDUCWith(path string, limit int, process bool) ([]labelled, error) {
	var docs []labelled
	seen := map[string]bool{}
	n := 0
	err := readJSONL(path, func(line []byte) error {
		var c struct {
			Cluster string `json:"cluster"`
			Docs    []struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			} `json:"docs"`
		}
		if err := json.Unmarshal(line, &c); err != nil {
			return err
		}
		if limit > 0 && n >= limit {
			return nil
		}
		n++
		for _, d := range c.Docs {
			if seen[d.ID] {
				continue
			}
			seen[d.ID] = true
			a := &news.Article{Source: d.ID, Format: "text", Outlet: outletOfDUC(d.ID), Text: d.Text}
			if m := ducDate.FindStringSubmatch(d.ID); m != nil {
				a.Published, _ = time.Parse("20060102", m[1])
			}
			if process {
				prepare(a)
			}
			docs = append(docs, labelled{a: a, gold: c.Cluster})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("DUC 2004: %w", err)
	}
	slices.SortStableFunc(docs, func(x, y labelled) int {
		if c := x.a.Published.Compare(y.a.Published); c != 0 {
			return c
		}
		return cmp.Compare(x.a.Source, y.a.Source)
	})
	return docs, nil
}

func outletOfDUC(id string) string {
	if m := ducOutlet.FindString(id); m != "" {
		return m
	}
	return "DUC"
}

// multiLingTopic is a line of multiling2011.jsonl: one topic's articles in
// one language.
type multiLingTopic struct {
	Lang  string `json:"lang"`
	Topic string `json:"topic"`
	Docs  []struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	} `json:"docs"`
}

// loadMultiLing reads the MultiLing 2011 topics in language lang, or in
// every language when lang is ""; the articles carry no dates, so they are
// streamed topic by topic interleaved, the harder order.
func loadMultiLing(path, lang string, limit int) ([]labelled, error) {
	var byTopic [][]labelled
	err := readJSONL(path, func(line []byte) error {
		var c multiLingTopic
		if err := json.Unmarshal(line, &c); err != nil {
			return err
		}
		if lang != "" && c.Lang != lang || (limit > 0 && len(byTopic) >= limit) {
			return nil
		}
		var ds []labelled
		for _, d := range c.Docs {
			a := &news.Article{Source: d.ID, Format: "text", Outlet: "WikiNews", Text: d.Text}
			prepare(a)
			ds = append(ds, labelled{a: a, gold: c.Topic})
		}
		byTopic = append(byTopic, ds)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("MultiLing 2011: %w", err)
	}
	var docs []labelled
	for i := 0; ; i++ {
		added := false
		for _, ds := range byTopic {
			if i < len(ds) {
				docs = append(docs, ds[i])
				added = true
			}
		}
		if !added {
			return docs, nil
		}
	}
}

// loadExamples reads the example corpus through the real input path and
// labels each article with the story examples/truth.json gives its URL.
func loadExamples(dir string) ([]labelled, error) {
	data, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, fmt.Errorf("example corpus: %w", err)
	}
	var truth struct {
		Articles []struct {
			Ref string `json:"ref"`
			URL string `json:"url"`
		} `json:"articles"`
		Stories []struct {
			Name  string   `json:"name"`
			Files []string `json:"files"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("example corpus: truth.json: %w", err)
	}
	storyOfRef := map[string]string{}
	for _, s := range truth.Stories {
		for _, f := range s.Files {
			storyOfRef[f] = s.Name
		}
	}
	storyOfURL := map[string]string{}
	for _, a := range truth.Articles {
		storyOfURL[a.URL] = storyOfRef[a.Ref]
	}
	inputs, errs := source.Expand([]string{filepath.Join(dir, "corpus")})
	if len(errs) > 0 {
		return nil, errs[0]
	}
	var docs []labelled
	for _, in := range inputs {
		err := source.Read(context.Background(), in, func(a *news.Article) {
			if analyze.Prepare(a) != nil {
				return
			}
			a.Mentions = entity.Mentions(a)
			if g, ok := storyOfURL[a.URL]; ok {
				docs = append(docs, labelled{a: a, gold: g})
			}
		})
		if err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(docs, func(x, y labelled) int { return x.a.Published.Compare(y.a.Published) })
	return docs, nil
}

func readJSONL(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return sc.Err()
}
