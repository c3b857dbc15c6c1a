package provenance

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/locate"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// sharedDir walks up from the working directory to the shared/ folder that
// sits beside the repository.
func sharedDir(t *testing.T) string {
	t.Helper()
	return filepath.Dir(locate.SharedOrSkip(t, "seeds"))
}

// loadSeeds reads the five seed articles through textproc; the seed files
// are named NNN_<hash>.txt and their first non-empty line is the title.
func loadSeeds(t *testing.T) map[string]*news.Article {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "seeds")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("glob seeds in %s: %d files, err %v", dir, len(paths), err)
	}
	sort.Strings(paths)
	out := map[string]*news.Article{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		text := strings.TrimLeft(string(b), "\n\r\t ")
		title, body, _ := strings.Cut(text, "\n")
		a := &news.Article{Source: p, Format: "text", Title: strings.TrimSpace(title), Text: body}
		textproc.Process(a)
		out[filepath.Base(p)[:3]] = a
	}
	return out
}

// TestSeedStory checks provenance on the real five-article seed story:
// NBC News, absent from the corpus, is the origin; the blog (003) carries
// NBC's text verbatim; 000, 002 and 004 are translations.
func TestSeedStory(t *testing.T) {
	seeds := loadSeeds(t)
	var arts []*news.Article
	for _, a := range seeds {
		arts = append(arts, a)
	}
	g := Analyze(arts)
	if g.Original.Article != "" || OutletKey(g.Original.Outlet) != "nbc" {
		t.Fatalf("Analyze(seeds).Original = %q/%q, want absent NBC News", g.Original.Outlet, g.Original.Article)
	}
	credited := map[string]bool{}
	for _, ev := range g.Original.Evidence {
		if ev.Kind != "attribution" || !strings.Contains(strings.ToLower(ev.Text), "nbc") {
			t.Errorf("origin evidence %+v is not an NBC credit", ev)
		}
		credited[ev.Article] = true
	}
	for _, k := range []string{"000", "001", "002", "004"} {
		if !credited[seeds[k].ID] {
			t.Errorf("origin evidence lacks the NBC credit of %s", k)
		}
	}
	tests := []struct{ seed, kind string }{
		{"000", KindTranslation},
		{"001", KindRewrite},
		{"002", KindTranslation},
		{"003", KindQuotation},
		{"004", KindTranslation},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			e, ok := edgeTo(g, seeds[tc.seed].ID)
			if !ok || e.From != "outlet:nbc news" || e.Kind != tc.kind {
				t.Errorf("edge to %s = %s --%s-->, want outlet:nbc news --%s-->", tc.seed, e.From, e.Kind, tc.kind)
			}
			if len(e.Evidence) == 0 {
				t.Errorf("edge to %s has no evidence", tc.seed)
			}
		})
	}
	t.Run("sentence origins", func(t *testing.T) {
		blog := seeds["003"]
		hits := 0
		for i := range blog.Sentences {
			s := blog.SentenceText(i)
			got := g.Origin(blog.ID, i)
			switch {
			case strings.HasPrefix(s, "Wall Street Journal:"), strings.HasPrefix(s, "In a high-level example"), strings.HasPrefix(s, "Putin isn"):
				hits++
			}
			switch {
			case strings.HasPrefix(s, "Wall Street Journal:"):
				if got != "outlet:wall street journal" {
					t.Errorf("Origin(003, %q) = %q, want outlet:wall street journal", s, got)
				}
			case strings.HasPrefix(s, "In a high-level example"):
				if got != "outlet:nbc news" {
					t.Errorf("Origin(003, %q) = %q, want outlet:nbc news", s, got)
				}
			case strings.HasPrefix(s, "Putin isn"):
				if got != "article:"+blog.ID {
					t.Errorf("Origin(003, %q) = %q, want the blog's own comment", s, got)
				}
			}
		}
		if hits != 3 {
			t.Errorf("found %d of the 3 checked sentences of 003", hits)
		}
	})
}
