package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/bench"
	"github.com/crosscheck-news/crosscheck/internal/progress"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure throughput on generated data",
	}
	cmd.AddCommand(newBenchIngestCmd())
	return cmd
}

type benchIngestOptions struct {
	sizes, dir, format string
	cpuProfile         string
	seed               uint64
	quiet              bool
}

func newBenchIngestCmd() *cobra.Command {
	var opts benchIngestOptions
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Ingest a synthetic stream into a fresh store and report rate, memory and lookup time as it grows",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBenchIngest(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.sizes, "sizes", "10000,100000,1000000", "store sizes (articles) to report at, ascending")
	f.StringVar(&opts.dir, "dir", "", "directory for the throwaway store (default: a temporary directory)")
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text or json")
	f.Uint64Var(&opts.seed, "seed", 1, "seed of the synthetic stream")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "no progress bar")
	f.StringVar(&opts.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	return cmd
}

func runBenchIngest(ctx context.Context, opts benchIngestOptions, stdout, stderr io.Writer) error {
	if opts.format != "text" && opts.format != "json" {
		return usageError{fmt.Errorf("unknown format %q (want text or json)", opts.format)}
	}
	var sizes []int
	for _, s := range strings.Split(opts.sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 || (len(sizes) > 0 && n <= sizes[len(sizes)-1]) {
			return usageError{fmt.Errorf("bad --sizes %q: want ascending positive numbers", opts.sizes)}
		}
		sizes = append(sizes, n)
	}
	path, cleanup, err := bench.TempDB(opts.dir)
	if err != nil {
		return err
	}
	defer cleanup()
	if opts.cpuProfile != "" {
		stop, err := startCPUProfile(opts.cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	bar := progress.New(stderr, "ingesting", int64(sizes[len(sizes)-1]), opts.quiet)
	defer bar.Finish()
	last := 0
	cps, err := bench.Ingest(ctx, bench.IngestConfig{
		Checkpoints: sizes,
		Seed:        opts.seed,
		Open:        func(ctx context.Context) (store.Store, error) { return openStore(ctx, path) },
		Progress: func(n int) {
			bar.Add(int64(n - last))
			last = n
		},
	})
	bar.Finish()
	if err != nil {
		return err
	}
	if opts.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"benchmark": "ingest", "seed": opts.seed, "checkpoints": cps})
	}
	fmt.Fprintf(stdout, "%10s %10s %9s %9s %11s %9s %9s %11s %11s %9s\n",
		"articles", "stored", "stories", "seconds", "articles/s", "segment/s", "heap MB", "peak RSS MB", "lookup p50", "p99 ms")
	for _, c := range cps {
		fmt.Fprintf(stdout, "%10d %10d %9d %9.1f %11.0f %9.0f %9.0f %11.0f %11.2f %9.2f\n",
			c.Articles, c.Stored, c.Stories, c.Seconds, c.Rate, c.SegmentRate, c.HeapMB, c.PeakRSSMB, c.LookupP50Ms, c.LookupP99Ms)
	}
	return nil
}

// startCPUProfile profiles the process into path until the returned stop
// is called: the bench numbers say how fast, the profile says where to look.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
