package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/locate"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// newArticle builds an Article with sentences split the simple way: after
// . ! ? followed by a space, and at line breaks. Good enough for fixtures.
func newArticle(id, text string) *news.Article {
	a := &news.Article{ID: id, Text: text, Language: "en"}
	start := 0
	flush := func(end int) {
		for start < end && (text[start] == ' ' || text[start] == '\n') {
			start++
		}
		if start < end {
			a.Sentences = append(a.Sentences, news.Sentence{Start: start, End: end})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			flush(i)
		case '.', '!', '?':
			// Not after a single letter: "J. Graham", "U.S. officials".
			single := i >= 1 && (i == 1 || text[i-2] == ' ' || text[i-2] == '.')
			if i+1 < len(text) && text[i+1] == ' ' && !single {
				flush(i + 1)
			}
		}
	}
	flush(len(text))
	return a
}

// sharedDir finds the project's shared directory beside the repository root,
// walking up from the working directory.
func sharedDir(t testing.TB) string {
	t.Helper()
	return locate.SharedOrSkip(t, "")
}

func loadDir(t testing.TB, dir, glob string) []*news.Article {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, glob))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles matching %s in %s", glob, dir)
	}
	var arts []*news.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		a := newArticle(id, string(b))
		a.Mentions = Mentions(a)
		arts = append(arts, a)
	}
	return arts
}
