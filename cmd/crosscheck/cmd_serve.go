package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/server"
)

type serveOptions struct {
	db, addr, token string
	mergeEvery      int
	stories         storiesFlag
	// paths are ingested before serving, so that one command shows a corpus.
	paths []string
	// ready, when set, receives the address actually listened on (tests
	// listen on port 0).
	ready func(addr string)
}

func newServeCmd() *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve [PATH...]",
		Short: "Serve the store as a JSON API and a web UI for reading stories across outlets",
		Long: `serve opens the store and serves a web UI (stories, claims matrix, divergences,
provenance graph, clean articles) and a JSON API under /api/ (described at
/api/openapi.json). POST /api/articles adds articles through the same path as
ingest; when a token is set (--token or CROSSCHECK_TOKEN) it needs
"Authorization: Bearer TOKEN". PATHs given are ingested first (as crosscheck
ingest does), so "crosscheck serve examples/corpus" shows the examples with no
other setup. Stops cleanly on interrupt.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			if opts.token == "" {
				// read here, not as the flag's default, so --help never prints it
				opts.token = os.Getenv("CROSSCHECK_TOKEN")
			}
			return runServe(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	addDBFlag(cmd, &opts.db)
	f := cmd.Flags()
	f.StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on")
	addStoriesFlag(cmd, &opts.stories)
	f.IntVar(&opts.mergeEvery, "merge-every", ingest.DefaultMergeEvery, "articles posted between two runs of the pass that moves articles to a better story (and, with --stories topics, merges stories)")
	f.StringVar(&opts.token, "token", "", "bearer token required by POST /api/articles (default: env CROSSCHECK_TOKEN; none: no token needed)")
	return cmd
}

// shutdownGrace is how long in-flight requests get to finish on shutdown.
const shutdownGrace = 10 * time.Second

func runServe(ctx context.Context, opts serveOptions, stdout, stderr io.Writer) error {
	if len(opts.paths) > 0 {
		err := runIngest(ctx, ingestOptions{db: opts.db, format: "text", batch: 512, mergeEvery: opts.mergeEvery, stories: opts.stories}, opts.paths, stdout, stderr)
		if err != nil && !errors.Is(err, errInputsFailed) {
			return err
		}
	}
	st, err := openStore(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	srv, err := server.New(ctx, st, server.Config{Token: opts.token, Log: log, Ingest: ingest.Config{MergeEvery: opts.mergeEvery, Topics: opts.stories.topics()}})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return usageError{fmt.Errorf("listen on %s: %w", opts.addr, err)}
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		// a story page may re-analyse a stale story first
		WriteTimeout: 5 * time.Minute,
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	addr := ln.Addr().String()
	fmt.Fprintf(stdout, "crosscheck: serving %s on http://%s/ (API at /api/, Ctrl-C to stop)\n", opts.db, addr)
	if opts.token == "" {
		fmt.Fprintln(stdout, "crosscheck: no --token set: anyone who can reach this address can add articles")
	}
	if opts.ready != nil {
		opts.ready(addr)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", addr, err)
	case <-ctx.Done():
	}
	// ctx is done, so shutdown gets a fresh deadline of its own.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
