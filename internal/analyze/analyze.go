// Package analyze wires the pipeline stages together for a batch of inputs:
// source → extract → textproc → entity → dedup → cluster → per story
// (entity resolution, provenance, claims, brief) → report.Document. It owns
// the order of the stages and nothing else; every decision about text is made
// in the stage packages.
package analyze

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/dedup"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/progress"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/source"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// Options configure a run.
type Options struct {
	// Progress receives the progress bar; nil or a non-terminal means none.
	Progress io.Writer
	Quiet    bool
	// Workers bounds the articles cleaned at once; 0 means one per CPU.
	Workers int
	// Topics makes each story a topic, the events of one subject over
	// days joined, as DUC 2004 and news archives group them. By default a
	// story is one event (cluster.Options.Events) and each names the other
	// stories of its topic (report.Story.Topic and Related).
	Topics bool
}

// Run reads every input, analyses the articles and returns the document.
// Inputs that cannot be read are listed in Document.Errors and the rest go
// on; the error return is for cancellation only.
func Run(ctx context.Context, paths []string, opt Options) (*report.Document, error) {
	doc := &report.Document{Articles: []report.Article{}, Stories: []report.Story{}, Errors: []report.InputError{}}
	inputs, errs := source.Expand(paths)
	failed := map[string]bool{}
	for _, err := range errs {
		doc.Errors = append(doc.Errors, inputError(err))
		failed[inputName(err)] = true
	}
	arts, readErrs, err := readAll(ctx, inputs, opt)
	if err != nil {
		return nil, err
	}
	for _, err := range readErrs {
		doc.Errors = append(doc.Errors, inputError(err))
		failed[inputName(err)] = true
	}
	doc.Stats.Inputs = len(inputs)
	doc.Stats.Stories = "events"
	if opt.Topics {
		doc.Stats.Stories = "topics"
	}
	doc.Stats.FailedInputs = len(failed)

	arts, alsoAt := foldSameContent(arts)
	doc.Stats.SameContent = len(alsoAt)
	textproc.RemoveOutletBoilerplate(arts)
	for _, a := range arts {
		a.Mentions = entity.Mentions(a)
	}
	stories, topics := group(arts, cluster.Options{Events: !opt.Topics})

	byID := make(map[string]*news.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
		doc.Stats.BoilerplateLines += len(a.Boilerplate)
	}
	for _, st := range stories {
		members := make([]*news.Article, 0, len(st.Articles))
		for _, id := range st.Articles {
			members = append(members, byID[id])
		}
		doc.Stories = append(doc.Stories, Story(st.ID, st.Merged, members))
	}
	relate(doc.Stories, topics)
	// Articles are listed story by story so that a reader of the JSON sees
	// them in the same order as the reports cite them.
	for _, s := range doc.Stories {
		for _, id := range s.Articles {
			doc.Articles = append(doc.Articles, report.NewArticle(byID[id], alsoAt[id]))
		}
	}
	doc.Stats.Articles = len(doc.Articles)
	return doc, nil
}

// readAll reads the inputs one after another (so progress is by bytes read)
// while a pool of workers extracts and cleans the articles; the result is in
// input order whatever the scheduling.
func readAll(ctx context.Context, inputs []source.Input, opt Options) ([]*news.Article, []error, error) {
	var total int64
	for _, in := range inputs {
		total += in.Size
	}
	bar := progress.New(opt.Progress, "reading", total, opt.Quiet || opt.Progress == nil)
	defer bar.Finish()

	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		in  string // the input the article came from
		a   *news.Article
	}
	jobs := make(chan job, workers*2)
	var (
		mu   sync.Mutex
		out  []job
		errs []error
		wg   sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := Prepare(j.a); err != nil {
					mu.Lock()
					errs = append(errs, &prepareError{input: j.in, err: err})
					mu.Unlock()
					continue
				}
				mu.Lock()
				out = append(out, j)
				mu.Unlock()
			}
		}()
	}
	seq := 0
	var cancelled error
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			cancelled = err
			break
		}
		err := source.Read(ctx, in, func(a *news.Article) {
			jobs <- job{seq: seq, in: in.Path, a: a}
			seq++
		})
		if err != nil {
			if ctx.Err() != nil {
				cancelled = ctx.Err()
				break
			}
			mu.Lock() // the workers append their errors too
			errs = append(errs, source.Split(err)...)
			mu.Unlock()
		}
		bar.Add(in.Size)
	}
	close(jobs)
	wg.Wait()
	if cancelled != nil {
		return nil, nil, cancelled
	}
	slices.SortFunc(out, func(x, y job) int { return cmp.Compare(x.seq, y.seq) })
	arts := make([]*news.Article, len(out))
	for i, j := range out {
		arts[i] = j.a
	}
	return arts, errs, nil
}

// Prepare turns one raw article, as source read it, into a clean analysed
// one: HTML extraction, boilerplate removal, sentences, tokens, language and
// ID. It fails when no article text is left.
func Prepare(a *news.Article) error {
	if err := extract.Article(a); err != nil {
		return err
	}
	textproc.Process(a)
	if len(a.Sentences) == 0 {
		return fmt.Errorf("%s: no article text found", a.Source)
	}
	return nil
}

// foldSameContent keeps the first of articles with the same content ID and
// records where the others were found.
func foldSameContent(arts []*news.Article) ([]*news.Article, map[string][]string) {
	seen := make(map[string]bool, len(arts))
	alsoAt := map[string][]string{}
	kept := arts[:0]
	for _, a := range arts {
		if seen[a.ID] {
			alsoAt[a.ID] = append(alsoAt[a.ID], a.Source)
			continue
		}
		seen[a.ID] = true
		kept = append(kept, a)
	}
	return kept, alsoAt
}

// group feeds the articles, oldest first, through the same incremental
// grouping that ingestion uses; it returns the stories and, by story ID,
// the topic each belongs to (see cluster.Online.Topics).
func group(arts []*news.Article, opt cluster.Options) ([]cluster.Story, map[string]string) {
	order := slices.Clone(arts)
	slices.SortStableFunc(order, func(a, b *news.Article) int { return compareDates(a.Published, b.Published) })
	c := cluster.New(opt)
	for _, a := range order {
		c.Add(a)
	}
	stories := c.Stories()
	return stories, c.Topics()
}

// relate sets each story's topic and the other stories of its topic, in
// document order. A story alone in its topic gets neither, so a document
// of topics (where every story is its own) reads as before.
func relate(stories []report.Story, topics map[string]string) {
	members := map[string][]int{}
	for i, s := range stories {
		t := topics[s.ID]
		members[t] = append(members[t], i)
	}
	forms := make([]map[string]bool, len(stories))
	for i := range stories {
		s := &stories[i]
		t := topics[s.ID]
		if len(members[t]) < 2 {
			continue
		}
		s.Topic = t
		for _, j := range members[t] {
			if j == i {
				continue
			}
			if forms[j] == nil {
				forms[j] = stories[j].EntityForms()
			}
			other := forms[j]
			shared := s.SharedNames(func(name string) bool { return other[strings.ToLower(name)] })
			s.Related = append(s.Related, report.Related{ID: stories[j].ID, Title: stories[j].Title, Shared: shared})
		}
	}
}

// nearDuplicates returns the groups of syndicated copies among a story's
// articles.
func nearDuplicates(arts []*news.Article) [][]string {
	ix := dedup.NewIndex(dedup.Options{})
	var pairs []dedup.Pair
	for _, a := range arts {
		pairs = append(pairs, dedup.PairsOf(a.ID, ix.Add(a.ID, dedup.Words(a)))...)
	}
	return dedup.Groups(pairs)
}

func inputError(err error) report.InputError {
	return report.InputError{Input: inputName(err), Message: err.Error()}
}

func inputName(err error) string {
	var se *source.Error
	if errors.As(err, &se) {
		return se.Input
	}
	var pe *prepareError
	if errors.As(err, &pe) {
		return pe.input
	}
	return ""
}

// prepareError is an article that read well but has no article text. Its
// message names the article (a record of a file is "file#3"); input is the
// file, so that a file counts once among the failed inputs.
type prepareError struct {
	input string
	err   error
}

func (e *prepareError) Error() string { return e.err.Error() }
func (e *prepareError) Unwrap() error { return e.err }
