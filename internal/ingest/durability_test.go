package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/sqlite"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// The child half of TestKilledIngestLosesNothing: ingest a synthetic stream
// into the store named by the environment, printing each article id as soon
// as it is reported durable.
func init() {
	db := os.Getenv("CROSSCHECK_TEST_INGEST_CHILD")
	if db == "" {
		return
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	in, err := New(ctx, st, Config{BatchSize: 16}, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	err = in.AddStream(ctx, stream(3000), 2, func(o Outcome) {
		if o.Err == nil && o.Duplicate == "" {
			fmt.Fprintln(out, o.ID)
			out.Flush()
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Exit(0)
}

func stream(n int) <-chan *news.Article {
	ch := make(chan *news.Article)
	go func() {
		defer close(ch)
		g := synth.New(synth.Config{Seed: 42})
		for range n {
			ch <- g.Next()
		}
	}()
	return ch
}

func TestKilledIngestLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	db := filepath.Join(t.TempDir(), "crosscheck.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CROSSCHECK_TEST_INGEST_CHILD="+db)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	reported := map[string]bool{}
	sc := bufio.NewScanner(stdout)
	deadline := time.Now().Add(2 * time.Minute)
	for sc.Scan() {
		reported[sc.Text()] = true
		if len(reported) >= 300 || time.Now().After(deadline) {
			break
		}
	}
	// Kill mid-run, with batches in flight.
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if len(reported) < 300 {
		t.Fatalf("child reported only %d articles before stopping", len(reported))
	}

	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer st.Close()
	for id := range reported {
		a, err := st.Article(ctx, id)
		if err != nil {
			t.Fatalf("article %s was reported stored but is lost: %v", id, err)
		}
		if _, err := st.Story(ctx, a.Story); err != nil {
			t.Fatalf("article %s is in story %s, which is unreadable: %v", id, a.Story, err)
		}
	}
	// No half-written story: every live story has its articles.
	page, err := st.Stories(ctx, storeQueryAll)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range page.Stories {
		arts, err := st.StoryArticles(ctx, s.ID)
		if err != nil || len(arts) == 0 {
			t.Fatalf("story %s has no articles after the kill (%v)", s.ID, err)
		}
	}
	before, _ := st.Counts(ctx)

	// The next run resumes: what was stored is recognised, the rest added.
	in, err := New(ctx, st, Config{BatchSize: 64}, nil)
	if err != nil {
		t.Fatalf("resume: %v", err)
	}
	var added, dups int
	if err := in.AddStream(ctx, stream(3000), 2, func(o Outcome) {
		switch {
		case o.Err != nil:
			t.Errorf("resume: %v", o.Err)
		case o.Duplicate != "":
			dups++
		default:
			added++
		}
	}); err != nil {
		t.Fatal(err)
	}
	after, _ := st.Counts(ctx)
	if after.Articles != before.Articles+added {
		t.Errorf("after resume %d articles, want %d stored before + %d added", after.Articles, before.Articles, added)
	}
	if dups < before.Articles {
		t.Errorf("resume saw %d duplicates, want at least the %d already stored", dups, before.Articles)
	}
}

var storeQueryAll = store.StoryQuery{Limit: 1 << 30}
