// Command crosscheck shows one news story through every outlet that ran it:
// what is independently confirmed, what is merely repeated, where retellings
// drift and where it all came from. main only parses flags, wires the
// subcommands, cancels on signals and maps errors to exit codes.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes, documented in the README.
const (
	exitOK          = 0
	exitInputFailed = 1 // the run finished but some inputs could not be read
	exitUsage       = 2
	exitError       = 3
)

// errInputsFailed marks a run that produced its output but skipped inputs.
var errInputsFailed = errors.New("some inputs could not be read")

// usageError is an error in how the command was called.
type usageError struct{ error }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := newRootCmd().ExecuteContext(ctx)
	os.Exit(exitCode(err))
}

func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInputsFailed):
		return exitInputFailed
	case errors.As(err, &ue):
		fmt.Fprintln(os.Stderr, "crosscheck:", err)
		return exitUsage
	default:
		fmt.Fprintln(os.Stderr, "crosscheck:", err)
		return exitError
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "crosscheck",
		Short:         "Show one news story through every outlet that ran it",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newAnalyzeCmd(), newIngestCmd(), newStoriesCmd(), newStoryCmd(), newSearchCmd(), newExportCmd(), newBenchCmd(), newEvalCmd(), newWatchCmd(), newServeCmd())
	return root
}
