package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

type exportOptions struct{ db, format string }

func newExportCmd() *cobra.Command {
	var opts exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export every stored story with its articles as JSON or JSON Lines",
		Long: `export writes the store's stories. --format json writes one document of the
same shape as analyze --format json; --format jsonl writes one line per story:
{"story": Story, "articles": [Article...]} (see docs/json.md). Stories whose
analysis is out of date are analysed first.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	addDBFlag(cmd, &opts.db)
	cmd.Flags().StringVarP(&opts.format, "format", "f", "jsonl", "output format: json or jsonl")
	return cmd
}

// exportLine is one line of the JSON Lines export.
type exportLine struct {
	Story    report.Story     `json:"story"`
	Articles []report.Article `json:"articles"`
}

func runExport(ctx context.Context, opts exportOptions, w io.Writer) error {
	if opts.format != "json" && opts.format != "jsonl" {
		return usageError{fmt.Errorf("unknown format %q (want json or jsonl)", opts.format)}
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	all := &report.Document{Articles: []report.Article{}, Stories: []report.Story{}, Errors: []report.InputError{}}
	const page = 200
	for off := 0; ; off += page {
		p, err := st.Stories(ctx, store.StoryQuery{Order: "newest", Limit: page, Offset: off})
		if err != nil {
			return err
		}
		for _, s := range p.Stories {
			doc, err := ingest.StoryDocument(ctx, st, s.ID)
			if err != nil {
				return err
			}
			if opts.format == "jsonl" {
				if err := enc.Encode(exportLine{Story: doc.Stories[0], Articles: doc.Articles}); err != nil {
					return err
				}
				continue
			}
			all.Stories = append(all.Stories, doc.Stories...)
			all.Articles = append(all.Articles, doc.Articles...)
			all.Stats.BoilerplateLines += doc.Stats.BoilerplateLines
		}
		if len(p.Stories) < page {
			break
		}
	}
	if opts.format == "json" {
		all.Stats.Articles = len(all.Articles)
		if err := report.JSON(bw, all); err != nil {
			return err
		}
	}
	return bw.Flush()
}
