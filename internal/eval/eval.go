// Package eval measures every stage of crosscheck against public benchmark
// data (../shared/data), scoring crosscheck and the peer systems' published
// outputs with the same code in the same run: extraction (Scrapinghub
// article-extraction benchmark), story grouping (DUC 2004 and MultiLing 2011
// mixed into streams), entities across languages (MultiLing's parallel
// articles), claim alignment (statement pairs of the extraction
// benchmark's pages, labelled by us), briefs as summaries (ROUGE on DUC
// 2004) and speed.
// The `crosscheck eval` commands print its tables and write its JSON.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/crosscheck-news/crosscheck/internal/locate"
)

// Row is one system's scores in a table.
type Row struct {
	System string             `json:"system"`
	Scores map[string]float64 `json:"scores"`
	// Published is the figure the benchmark's authors report for this
	// system on the table's main metric, when there is one.
	Published *float64 `json:"published,omitempty"`
	Note      string   `json:"note,omitempty"`
}

// Table is the result of one evaluation.
type Table struct {
	Name    string   `json:"name"`
	Data    string   `json:"data"`
	Metrics []string `json:"metrics"` // column order; the first is the main metric
	Rows    []Row    `json:"rows"`
	Notes   []string `json:"notes,omitempty"`
}

// WriteText prints the table for a terminal.
func (t *Table) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "%s — %s\n", t.Name, t.Data)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "system\t%s\tpublished\t\n", strings.Join(t.Metrics, "\t"))
	for _, r := range t.Rows {
		fmt.Fprintf(tw, "%s\t%s\t\n", r.System, strings.Join(t.cells(r), "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "  %s\n", n)
	}
	return nil
}

// WriteMarkdown prints the table as a Markdown table, for docs/benchmarks.md.
func (t *Table) WriteMarkdown(w io.Writer) error {
	fmt.Fprintf(w, "| system | %s | published |\n|---|%s---|\n", strings.Join(t.Metrics, " | "), strings.Repeat("---|", len(t.Metrics)))
	for _, r := range t.Rows {
		fmt.Fprintf(w, "| %s | %s |\n", r.System, strings.Join(t.cells(r), " | "))
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "\n%s\n", n)
	}
	return nil
}

// cells are a row's formatted scores in the table's metric order ("-" for
// a metric the system has no score for), then its published figure.
func (t *Table) cells(r Row) []string {
	out := make([]string, 0, len(t.Metrics)+1)
	for _, m := range t.Metrics {
		if v, ok := r.Scores[m]; ok {
			out = append(out, format(m, v))
		} else {
			out = append(out, "-")
		}
	}
	if r.Published != nil {
		return append(out, fmt.Sprintf("%.3f", *r.Published))
	}
	return append(out, "")
}

func format(metric string, v float64) string {
	switch {
	case strings.HasSuffix(metric, "/s"), strings.HasSuffix(metric, "MB"), strings.HasSuffix(metric, "ms"), metric == "x floor":
		if v >= 100 {
			return fmt.Sprintf("%.0f", v)
		}
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.3f", v)
}

// WriteJSON writes tables as JSON.
func WriteJSON(w io.Writer, tables ...*Table) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"tables": tables})
}

func published(v float64) *float64 { return &v }

// SharedDir finds the shared/ folder that sits beside the repository root,
// looking upwards from the working directory, or returns "".
func SharedDir() string { return locate.Shared() }
