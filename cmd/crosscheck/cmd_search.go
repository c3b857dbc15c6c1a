package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

type searchOptions struct {
	db, format    string
	limit, offset int
}

func newSearchCmd() *cobra.Command {
	var opts searchOptions
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Full-text search over stored articles and claims",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("search needs a query")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd.Context(), opts, strings.Join(args, " "), cmd.OutOrStdout())
		},
	}
	addDBFlag(cmd, &opts.db)
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text or json")
	f.IntVar(&opts.limit, "limit", 20, "results per page")
	f.IntVar(&opts.offset, "offset", 0, "results to skip")
	return cmd
}

type searchHit struct {
	Kind    string `json:"kind"`
	ID      string `json:"id"`
	Story   string `json:"story"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
}

func runSearch(ctx context.Context, opts searchOptions, query string, w io.Writer) error {
	if opts.format != "text" && opts.format != "json" {
		return usageError{fmt.Errorf("unknown format %q (want text or json)", opts.format)}
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, query, opts.limit, opts.offset)
	if err != nil {
		return err
	}
	out := make([]searchHit, 0, len(hits))
	for _, h := range hits {
		out = append(out, searchHit(h))
	}
	if opts.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"query": query, "hits": out})
	}
	for _, h := range out {
		if _, err := fmt.Fprintf(w, "%-7s %s  story %s  %s\n        %s\n", h.Kind, h.ID, h.Story, h.Title, h.Snippet); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintf(w, "%d results\n", len(out))
	return err
}
