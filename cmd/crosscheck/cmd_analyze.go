package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

type analyzeOptions struct {
	format  string
	output  string
	quiet   bool
	stories storiesFlag
}

func newAnalyzeCmd() *cobra.Command {
	var opts analyzeOptions
	cmd := &cobra.Command{
		Use:   "analyze [flags] PATH...",
		Short: "Analyse articles: clean text, stories, entities, claims, divergences, provenance",
		Long: `analyze reads news articles and reports, per story, which articles belong to it,
the people, organisations and places they name across spelling variants, the claims
they carry with their independent origins, where they diverge, and where they came from.

PATH is a file or a directory (read recursively), or - for standard input. Plain text,
HTML, JSON Lines, RSS/Atom/JSON feeds and WARC files are recognised by content.

Exit status: 0 on success, 1 when some inputs could not be read (the report covers the
rest), 2 on a usage error, 3 on any other error.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("analyze needs at least one PATH (a file, a directory or -)")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAnalyze(cmd.Context(), opts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown or json")
	f.StringVarP(&opts.output, "output", "o", "", "write the report to this file instead of standard output")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "no progress bar and no warnings on standard error")
	addStoriesFlag(cmd, &opts.stories)
	return cmd
}

func runAnalyze(ctx context.Context, opts analyzeOptions, paths []string, stdout, stderr io.Writer) error {
	render, err := renderer(opts.format)
	if err != nil {
		return err
	}
	doc, err := analyze.Run(ctx, paths, analyze.Options{Progress: stderr, Quiet: opts.quiet, Topics: opts.stories.topics()})
	if err != nil {
		return err
	}
	w := stdout
	if opts.output != "" {
		f, err := os.Create(opts.output)
		if err != nil {
			return fmt.Errorf("create report: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if err := render(bw, doc); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if len(doc.Errors) > 0 {
		if !opts.quiet {
			for _, e := range doc.Errors {
				fmt.Fprintln(stderr, "crosscheck:", e.Message)
			}
		}
		return errInputsFailed
	}
	return nil
}

func renderer(format string) (func(io.Writer, *report.Document) error, error) {
	switch format {
	case "text":
		return report.Text, nil
	case "markdown", "md":
		return report.Markdown, nil
	case "json":
		return report.JSON, nil
	}
	return nil, usageError{fmt.Errorf("unknown format %q (want text, markdown or json)", format)}
}
