package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

type storiesOptions struct {
	db, format, order, outlet, entity, topic, since, until string
	limit, offset                                          int
}

func newStoriesCmd() *cobra.Command {
	var opts storiesOptions
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "List the stories in the store, newest or largest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runStories(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	addDBFlag(cmd, &opts.db)
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text or json")
	f.StringVar(&opts.order, "order", "newest", "newest or largest")
	f.StringVar(&opts.outlet, "outlet", "", "only stories with an article from this outlet")
	f.StringVar(&opts.entity, "entity", "", "only stories naming this person, organisation or place")
	f.StringVar(&opts.topic, "topic", "", "only the stories of this topic (a story's topic id)")
	f.StringVar(&opts.since, "since", "", "only stories updated on or after this date (YYYY-MM-DD)")
	f.StringVar(&opts.until, "until", "", "only stories updated on or before this date (YYYY-MM-DD)")
	f.IntVar(&opts.limit, "limit", 50, "stories per page")
	f.IntVar(&opts.offset, "offset", 0, "stories to skip")
	return cmd
}

func runStories(ctx context.Context, opts storiesOptions, w io.Writer) error {
	q := store.StoryQuery{Order: opts.order, Outlet: opts.outlet, Entity: opts.entity, Topic: opts.topic, Limit: opts.limit, Offset: opts.offset}
	if opts.order != "newest" && opts.order != "largest" {
		return usageError{fmt.Errorf("unknown order %q (want newest or largest)", opts.order)}
	}
	var err error
	if q.Since, err = parseDay(opts.since, false); err != nil {
		return err
	}
	if q.Until, err = parseDay(opts.until, true); err != nil {
		return err
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	page, err := st.Stories(ctx, q)
	if err != nil {
		return err
	}
	list := make([]report.StoryListing, 0, len(page.Stories))
	for _, s := range page.Stories {
		list = append(list, ingest.Listing(s))
	}
	switch opts.format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"total": page.Total, "offset": opts.offset, "stories": list})
	case "text":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "STORY\tUPDATED\tARTICLES\tOUTLETS\tORIGINS\tDIVERGENCES\tTOPIC\tTITLE\n")
		for _, s := range list {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\n", s.ID, s.Updated[:10], s.Articles, s.Outlets, s.Origins, s.Divergences, cmp.Or(s.Topic, "-"), s.Title)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "%d of %d stories\n", len(list), page.Total)
		return err
	}
	return usageError{fmt.Errorf("unknown format %q (want text or json)", opts.format)}
}

func parseDay(s string, endOfDay bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, usageError{fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)}
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Second)
	}
	return t, nil
}

type storyOptions struct{ db, format string }

func newStoryCmd() *cobra.Command {
	var opts storyOptions
	cmd := &cobra.Command{
		Use:   "story ID",
		Short: "Show one stored story: brief, claims, divergences, entities, provenance",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{fmt.Errorf("story takes exactly one story ID (see crosscheck stories)")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStory(cmd.Context(), opts, args[0], cmd.OutOrStdout())
		},
	}
	addDBFlag(cmd, &opts.db)
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown or json")
	return cmd
}

func runStory(ctx context.Context, opts storyOptions, id string, w io.Writer) error {
	render, err := renderer(opts.format)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	doc, err := ingest.StoryDocument(ctx, st, id)
	if err != nil {
		return err
	}
	return render(w, doc)
}
