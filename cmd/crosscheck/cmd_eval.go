package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/eval"
)

type evalOptions struct {
	data, examples, format, jsonOut string
	limit                           int
}

func newEvalCmd() *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score each stage on public benchmark data beside peer systems",
		Long: `eval scores crosscheck's stages on the public data in ../shared/data (found by
looking upwards from the working directory, or given with --data) and prints a
table with crosscheck beside the peer systems and their published figures.`,
	}
	pf := cmd.PersistentFlags()
	pf.StringVar(&opts.data, "data", "", "the shared/ folder holding data/ (default: found beside the repository)")
	pf.StringVar(&opts.examples, "examples", "examples", "the example corpus folder (for cluster)")
	pf.StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown or json")
	pf.StringVar(&opts.jsonOut, "json", "", "also write the tables as JSON to this file")
	pf.IntVar(&opts.limit, "limit", 0, "use only the first N pages or clusters (0: all)")
	sub := func(name, short string, run func(shared string, o evalOptions) ([]*eval.Table, error)) *cobra.Command {
		return &cobra.Command{
			Use:   name,
			Short: short,
			Args:  cobra.NoArgs,
			RunE: func(c *cobra.Command, _ []string) error {
				return runEval(c.Context(), opts, run, c.OutOrStdout())
			},
		}
	}
	cmd.AddCommand(
		sub("extract", "Article body extraction on the Scrapinghub benchmark", func(shared string, o evalOptions) ([]*eval.Table, error) {
			t, err := eval.Extract(filepath.Join(shared, "data", "extraction", "scrapinghub"), eval.ExtractOptions{Limit: o.limit})
			return []*eval.Table{t}, err
		}),
		sub("cluster", "Story grouping on DUC 2004, MultiLing 2011, the example corpus and a news stream of one-offs", func(shared string, o evalOptions) ([]*eval.Table, error) {
			t, err := eval.Cluster(shared, o.examples, eval.ClusterOptions{Clusters: o.limit})
			return []*eval.Table{t}, err
		}),
		sub("entities", "Entities joined across languages and scripts on MultiLing 2011's parallel articles", func(shared string, o evalOptions) ([]*eval.Table, error) {
			t, err := eval.Entities(shared, eval.EntitiesOptions{Topics: o.limit})
			return []*eval.Table{t}, err
		}),
		sub("claims", "Claim alignment on hand-labelled statement pairs of the extraction benchmark's pages", func(shared string, o evalOptions) ([]*eval.Table, error) {
			t, err := eval.Claims(shared)
			return []*eval.Table{t}, err
		}),
		sub("summarize", "Briefs as summaries: ROUGE on DUC 2004 beside classic systems", func(shared string, o evalOptions) ([]*eval.Table, error) {
			t, err := eval.Summarize(shared, eval.SummarizeOptions{Clusters: o.limit})
			return []*eval.Table{t}, err
		}),
		sub("speed", "Throughput of each stage against a read-and-split floor", func(shared string, o evalOptions) ([]*eval.Table, error) {
			t, err := eval.Speed(shared, eval.SpeedOptions{Clusters: o.limit, Pages: o.limit})
			return []*eval.Table{t}, err
		}),
	)
	return cmd
}

func runEval(_ context.Context, opts evalOptions, run func(string, evalOptions) ([]*eval.Table, error), w io.Writer) error {
	if opts.format != "text" && opts.format != "markdown" && opts.format != "json" {
		return usageError{fmt.Errorf("unknown format %q (want text, markdown or json)", opts.format)}
	}
	shared := opts.data
	if shared == "" {
		shared = eval.SharedDir()
	}
	if shared == "" {
		return fmt.Errorf("benchmark data not found: no shared/data beside the repository (pass --data)")
	}
	tables, err := run(shared, opts)
	if err != nil {
		return err
	}
	if opts.jsonOut != "" {
		f, err := os.Create(opts.jsonOut)
		if err != nil {
			return err
		}
		if err := eval.WriteJSON(f, tables...); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	for _, t := range tables {
		var err error
		switch opts.format {
		case "json":
			return eval.WriteJSON(w, tables...)
		case "markdown":
			err = t.WriteMarkdown(w)
		default:
			err = t.WriteText(w)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
