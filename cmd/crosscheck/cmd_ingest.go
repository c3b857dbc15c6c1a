package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/progress"
	"github.com/crosscheck-news/crosscheck/internal/source"
)

type ingestOptions struct {
	db, format string
	quiet      bool
	batch      int
	mergeEvery int
	stories    storiesFlag
	noAnalyse  bool
}

func newIngestCmd() *cobra.Command {
	var opts ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Add articles to the store; each joins a story or starts one",
		Long: `ingest reads articles as analyze does (files, directories, - for stdin; text, HTML,
JSON Lines, feeds, WARC) and adds them to the store, created on first use. Each new
article joins an existing story or starts one; an article already stored (same URL or
same content) is reported as a duplicate and stored once. Articles are committed in
batches: an article reported as stored survives a crash, and a new run resumes.
Stories that changed are re-analysed at the end (skip with --no-analyse).

Exit status: 0 on success, 1 when some inputs could not be read, 2 on a usage
error, 3 on any other error.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("ingest needs at least one PATH (a file, a directory or -)")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), opts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	addDBFlag(cmd, &opts.db)
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "summary format: text or json (json also lists every article)")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "no progress bar, no per-input errors on standard error")
	f.IntVar(&opts.batch, "batch", 512, "articles per commit")
	addStoriesFlag(cmd, &opts.stories)
	f.IntVar(&opts.mergeEvery, "merge-every", ingest.DefaultMergeEvery, "articles between two runs of the pass that moves articles to a better story (and, with --stories topics, merges stories); it also runs at the end")
	f.BoolVar(&opts.noAnalyse, "no-analyse", false, "do not re-analyse changed stories")
	return cmd
}

// ingestSummary is the JSON summary of an ingest run (docs/json.md).
type ingestSummary struct {
	Added      int               `json:"added"`
	Duplicates int               `json:"duplicates"`
	Failed     int               `json:"failed"`
	Analysed   int               `json:"analysed"`
	Articles   []ingestedArticle `json:"articles"`
	Errors     []string          `json:"errors"`
}

type ingestedArticle struct {
	Source    string `json:"source"`
	ID        string `json:"id,omitempty"`
	Story     string `json:"story,omitempty"`
	Duplicate string `json:"duplicate_of,omitempty"`
	Error     string `json:"error,omitempty"`
}

func runIngest(ctx context.Context, opts ingestOptions, paths []string, stdout, stderr io.Writer) error {
	if opts.format != "text" && opts.format != "json" {
		return usageError{fmt.Errorf("unknown format %q (want text or json)", opts.format)}
	}
	st, err := openStore(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	in, err := ingest.New(ctx, st, ingest.Config{BatchSize: opts.batch, MergeEvery: opts.mergeEvery, Topics: opts.stories.topics()}, log)
	if err != nil {
		return err
	}

	sum := ingestSummary{Articles: []ingestedArticle{}, Errors: []string{}}
	var mu sync.Mutex // the reader and the ingester both report
	warn := func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		sum.Errors = append(sum.Errors, msg)
		if !opts.quiet {
			fmt.Fprintln(stderr, "crosscheck:", msg)
		}
	}
	inputs, errs := source.Expand(paths)
	for _, err := range errs {
		warn(err.Error())
	}
	var total int64
	for _, i := range inputs {
		total += i.Size
	}
	bar := progress.New(stderr, "ingesting", total, opts.quiet)
	defer bar.Finish()

	arts := make(chan *news.Article, 64)
	readErr := make(chan error, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(arts)
		for _, i := range inputs {
			err := source.Read(ctx, i, func(a *news.Article) {
				select {
				case arts <- a:
				case <-ctx.Done():
				}
			})
			if err != nil {
				if ctx.Err() != nil {
					readErr <- ctx.Err()
					return
				}
				for _, e := range source.Split(err) {
					warn(e.Error())
				}
			}
			bar.Add(i.Size)
		}
		readErr <- nil
	}()
	err = in.AddStream(ctx, arts, runtime.GOMAXPROCS(0), func(o ingest.Outcome) {
		if o.Err != nil {
			warn(o.Err.Error())
		}
		mu.Lock()
		defer mu.Unlock()
		ia := ingestedArticle{Source: o.Source, ID: o.ID, Story: o.Story, Duplicate: o.Duplicate}
		switch {
		case o.Err != nil:
			sum.Failed++
			ia.Error = o.Err.Error()
		case o.Duplicate != "":
			sum.Duplicates++
		default:
			sum.Added++
		}
		sum.Articles = append(sum.Articles, ia)
	})
	if err != nil {
		cancel()
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	bar.Finish()
	if !opts.noAnalyse {
		if sum.Analysed, err = refreshAll(ctx, in); err != nil {
			return err
		}
	}
	if opts.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "ingested into %s: %d new, %d duplicates, %d failed; %d stories analysed\n",
			opts.db, sum.Added, sum.Duplicates, len(sum.Errors), sum.Analysed)
	}
	if len(sum.Errors) > 0 {
		return errInputsFailed
	}
	return nil
}
