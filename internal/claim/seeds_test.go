package claim

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/locate"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// seedDir finds the shared seed story by walking up from the package
// directory to the directory holding both the repository and "shared".
func seedDir(t testing.TB) string {
	t.Helper()
	return locate.SharedOrSkip(t, "seeds")
}

// loadSeeds reads the five seed articles: the first non-empty line is the
// title, the rest the body. IDs are the files' three-digit prefixes, and
// sentences and tokens are left to the package's fallback analysis.
func loadSeeds(t testing.TB) []*news.Article {
	dir := seedDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	sort.Strings(files)
	var arts []*news.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		text := strings.TrimLeft(string(b), " \t\r\n")
		title, body, _ := strings.Cut(text, "\n")
		id := filepath.Base(f)[:3]
		arts = append(arts, &news.Article{ID: id, Outlet: "seed-" + id, Title: strings.TrimSpace(title), Text: body, Language: "en"})
	}
	return arts
}
