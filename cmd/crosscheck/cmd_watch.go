package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/watch"
)

type watchOptions struct {
	db, feeds  string
	interval   time.Duration
	hostDelay  time.Duration
	once       bool
	quiet      bool
	mergeEvery int
	stories    storiesFlag
}

func newWatchCmd() *cobra.Command {
	var opts watchOptions
	cmd := &cobra.Command{
		Use:   "watch --feeds FILE",
		Short: "Poll RSS/Atom/JSON feeds and ingest new articles as they appear",
		Long: `watch polls the feeds listed in FILE (one URL per line, # for comments, or an OPML
file) with conditional requests, fetches the article pages that feeds only link to,
and ingests new articles into the store. One request at a time per host; a feed that
fails backs off exponentially and does not stop the others; its error is kept in the
store and shown after each round. Runs until interrupted, or one round with --once.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWatch(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	addDBFlag(cmd, &opts.db)
	f := cmd.Flags()
	f.StringVar(&opts.feeds, "feeds", "", "file listing the feeds (plain URLs or OPML)")
	f.DurationVar(&opts.interval, "interval", watch.DefaultInterval, "time between polls of one feed")
	f.DurationVar(&opts.hostDelay, "host-delay", watch.DefaultHostDelay, "least time between two requests to one host")
	f.BoolVar(&opts.once, "once", false, "poll every feed once and exit")
	addStoriesFlag(cmd, &opts.stories)
	f.IntVar(&opts.mergeEvery, "merge-every", ingest.DefaultMergeEvery, "articles between two runs of the pass that moves articles to a better story (and, with --stories topics, merges stories); --once also runs it at the end")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print only errors")
	return cmd
}

func runWatch(ctx context.Context, opts watchOptions, stdout, stderr io.Writer) error {
	if opts.feeds == "" {
		return usageError{errors.New("watch needs --feeds FILE")}
	}
	f, err := os.Open(opts.feeds)
	if err != nil {
		return err
	}
	urls, err := watch.ParseList(f, opts.feeds)
	f.Close()
	if err != nil {
		if len(urls) == 0 {
			return err
		}
		fmt.Fprintln(stderr, "crosscheck:", err)
	}
	st, err := openStore(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	level := slog.LevelInfo
	if opts.quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	in, err := ingest.New(ctx, st, ingest.Config{MergeEvery: opts.mergeEvery, Topics: opts.stories.topics()}, log)
	if err != nil {
		return err
	}
	var added, dups int
	sink := func(ctx context.Context, a *news.Article) error {
		o, err := in.Add(ctx, a)
		if err != nil {
			return err
		}
		if o.Err != nil {
			return o.Err
		}
		if o.Duplicate != "" {
			dups++
		} else {
			added++
		}
		return nil
	}
	cfg := watch.NewConfig()
	cfg.Interval, cfg.HostDelay = opts.interval, opts.hostDelay
	w := watch.New(cfg, st, sink, &http.Client{}, log)
	for {
		rep := w.Poll(ctx, urls)
		flush := in.Flush
		if opts.once {
			flush = in.Finish
		}
		if err := flush(ctx); err != nil {
			return err
		}
		analysed, err := refreshAll(ctx, in)
		if err != nil {
			return err
		}
		for _, e := range rep.Errors {
			fmt.Fprintln(stderr, "crosscheck:", e)
		}
		if !opts.quiet {
			fmt.Fprintf(stdout, "%s polled %d feeds (%d not modified, %d failed): %d new articles, %d duplicates, %d stories analysed\n",
				time.Now().Format(time.TimeOnly), rep.Polled, rep.NotModified, rep.Failed, added, dups, analysed)
		}
		added, dups = 0, 0
		if opts.once {
			if rep.Failed > 0 {
				return errInputsFailed
			}
			return nil
		}
		wait := opts.interval
		if !rep.Next.IsZero() {
			wait = max(time.Until(rep.Next), time.Second)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// refreshAll re-analyses every story whose membership changed.
func refreshAll(ctx context.Context, in *ingest.Ingester) (int, error) {
	total := 0
	for {
		n, err := in.Refresh(ctx, 100)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}
