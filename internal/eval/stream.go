package eval

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/source"
)

// streamLabels are our own event labels for the extraction benchmark's
// pages. DUC 2004 and MultiLing have no one-off articles, so they reward
// a merge pass that joins whatever is near; a real feed is mostly one-offs,
// and only a stream like this one shows what eager merging costs.
//
//go:embed stream_labels.tsv
var streamLabels string

// streamDoc is a page of the stream with its labels.
type streamDoc struct {
	a      *news.Article
	event  string   // "" for a one-off
	topics []string // running subjects; pairs within one are not scored
}

// parseStreamLabels reads stream_labels.tsv: page id, event, topics.
func parseStreamLabels(text string) (map[string]streamDoc, error) {
	out := map[string]streamDoc{}
	err := labelRows(text, func(n int, f []string) error {
		if len(f) != 3 || f[0] == "" {
			return fmt.Errorf("stream_labels.tsv:%d: want page id, event and topics separated by tabs", n)
		}
		d := streamDoc{event: f[1]}
		if f[2] != "" {
			d.topics = strings.Split(f[2], ",")
		}
		out[f[0]] = d
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// labelRows calls row with the line number and tab-separated fields of
// each line of a labels file that is neither blank nor a # comment,
// stopping at the first error.
func labelRows(text string, row func(n int, fields []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := row(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

// loadStream reads the benchmark's pages through the real input path,
// in date order, each with its labels.
func loadStream(dir string, limit int) ([]streamDoc, error) {
	labels, err := parseStreamLabels(streamLabels)
	if err != nil {
		return nil, err
	}
	inputs, errs := source.Expand([]string{filepath.Join(dir, "html")})
	if len(errs) > 0 {
		return nil, fmt.Errorf("news stream: %w", errs[0])
	}
	if limit > 0 && limit < len(inputs) {
		inputs = inputs[:limit]
	}
	var docs []streamDoc
	found := map[string]bool{}
	for _, in := range inputs {
		id := strings.TrimSuffix(filepath.Base(in.Path), ".html.gz")
		found[id] = true
		err := source.Read(context.Background(), in, func(a *news.Article) {
			// Pages with no article text are left out, as analyze leaves
			// them out of its stories.
			if analyze.Prepare(a) != nil {
				return
			}
			a.Mentions = entity.Mentions(a)
			d := labels[id]
			d.a = a
			docs = append(docs, d)
		})
		if err != nil {
			return nil, fmt.Errorf("news stream: %w", err)
		}
	}
	if limit == 0 {
		// A label for a page that is not there means the labels and the
		// benchmark have drifted apart; scoring would quietly lose pairs.
		for id := range labels {
			if !found[id] {
				return nil, fmt.Errorf("news stream: stream_labels.tsv names page %s, which is not in %s", id, dir)
			}
		}
	}
	slices.SortStableFunc(docs, func(x, y streamDoc) int { return x.a.Published.Compare(y.a.Published) })
	return docs, nil
}

// streamPairs scores a grouping of the stream pair by pair: a pair of one
// event is a hit when grouped and a miss when not; a pair of different
// events is a false merge when grouped, unless the two share a topic.
func streamPairs(docs []streamDoc, pred map[string]string) (p, r, f float64, falsePairs int) {
	var tp, fp, fn int
	for i, x := range docs {
		for _, y := range docs[i+1:] {
			same := pred[x.a.ID] == pred[y.a.ID]
			gold := x.event != "" && x.event == y.event
			switch {
			case gold && same:
				tp++
			case gold:
				fn++
			case same && !shareTopic(x, y):
				fp++
			}
		}
	}
	p = float64(tp) / float64(max(1, tp+fp))
	r = float64(tp) / float64(max(1, tp+fn))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f, fp
}

func shareTopic(x, y streamDoc) bool {
	for _, t := range x.topics {
		if slices.Contains(y.topics, t) {
			return true
		}
	}
	return false
}

// streamRows scores crosscheck's grouping of the stream, by topics (the
// default) and by events, and the baseline tuned on the stream's labels.
func streamRows(docs []streamDoc) ([]Row, []string) {
	arts := make([]*news.Article, len(docs))
	for i, d := range docs {
		arts[i] = d.a
	}
	stories, topics := groupOnline(arts)
	row := func(name string, pred map[string]string) Row {
		p, r, f, fp := streamPairs(docs, pred)
		return Row{System: name, Note: fmt.Sprintf("%d false pairs", fp), Scores: map[string]float64{
			"pairwise F1": f, "pairwise P": p, "pairwise R": r,
		}}
	}
	rows := []Row{
		row("crosscheck stories · news stream", stories),
		row("crosscheck topics · news stream", topics),
	}
	best, bestT := sweepBaseline(arts, func(pred map[string]string) float64 {
		_, _, f, _ := streamPairs(docs, pred)
		return f
	})
	base := row("TF-IDF average-link (tuned) · news stream", best)
	base.Note += fmt.Sprintf(", threshold %.2f", bestT)
	rows = append(rows, base)
	events, pairs, topical := 0, 0, 0
	seen := map[string]int{}
	for _, d := range docs {
		if d.event != "" {
			seen[d.event]++
		}
		if len(d.topics) > 0 {
			topical++
		}
	}
	for _, n := range seen {
		if n > 1 {
			events++
			pairs += n * (n - 1) / 2
		}
	}
	var fms []string
	for _, r := range rows {
		fms = append(fms, strings.TrimSuffix(r.System, " · news stream")+" "+r.Note)
	}
	note := fmt.Sprintf("news stream: the %d pages of the Scrapinghub extraction benchmark that have text, in date order; "+
		"%d events told by two or more pages (%d pairs), %d pages on a running topic whose pairs are not scored, "+
		"every other page a one-off. Labels by the crosscheck authors from the headlines (internal/eval/stream_labels.tsv); "+
		"BCubed is not given because unscored topic pairs have no place in it. False pairs (two events or one-offs in one story): %s.", len(docs), events, pairs, topical, strings.Join(fms, "; "))
	return rows, []string{note}
}
