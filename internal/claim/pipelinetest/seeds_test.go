package pipelinetest

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/locate"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// entityNames adapts entity.Set, whose Lookup returns the entity, to
// claim.Names.
type entityNames struct{ set *entity.Set }

func (n entityNames) Lookup(article string, start int) (string, bool) {
	e, ok := n.set.Lookup(article, start)
	if !ok {
		return "", false
	}
	return e.ID, true
}

// loadSeeds reads the seed story from the shared directory beside the
// repository and runs textproc and entity on it. IDs are the files'
// three-digit prefixes.
func loadSeeds(t *testing.T) []*news.Article {
	t.Helper()
	dir := locate.SharedOrSkip(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed articles")
	}
	sort.Strings(files)
	var arts []*news.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		title, body, _ := strings.Cut(strings.TrimLeft(string(b), " \t\r\n"), "\n")
		a := &news.Article{Title: strings.TrimSpace(title), Text: body}
		textproc.Process(a)
		a.ID = filepath.Base(f)[:3] // short IDs for the assertions
		a.Mentions = entity.Mentions(a)
		arts = append(arts, a)
	}
	return arts
}

func claimWith(arts []*news.Article, claims []claim.Claim, phrases ...string) *claim.Claim {
	texts := make(map[string]string)
	for _, a := range arts {
		texts[a.ID] = a.Text
	}
	for i := range claims {
		for _, r := range claims[i].Sentences {
			s := texts[r.Article][r.Start:r.End]
			all := true
			for _, p := range phrases {
				all = all && strings.Contains(s, p)
			}
			if all {
				return &claims[i]
			}
		}
	}
	return nil
}

func TestSeeds(t *testing.T) {
	arts := loadSeeds(t)
	names := entityNames{entity.Resolve(arts)}
	claims := claim.Extract(arts, names, nil)

	wide := []struct {
		name    string
		phrases []string
		min     int
		must    []string
	}{
		{"Lavrov met the former officials in New York", []string{"Lavrov", "New York"}, 4, nil},
		{"participants", []string{"Kupchan", "Graham"}, 4, nil},
		{"Lukashenko on autumn talks", []string{"Lukashenko", "peace talks"}, 2, []string{"002", "004"}},
	}
	for _, tc := range wide {
		t.Run(tc.name, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrases...)
			if c == nil {
				t.Fatalf("no claim holds %q", tc.phrases)
			}
			if len(c.Articles) < tc.min {
				t.Errorf("claim %q carried by %v, want >= %d articles", c.Text, c.Articles, tc.min)
			}
			for _, id := range tc.must {
				if !slices.Contains(c.Articles, id) {
					t.Errorf("claim %q carried by %v, want %s among them", c.Text, c.Articles, id)
				}
			}
		})
	}
	singles := []struct{ phrase, article string }{
		{"fled and hid", "000"}, {"Mary Beth Long", "002"}, {"Rebekah Koffler", "001"},
		{"CIA Director", "002"}, {"Wall Street Journal", "003"},
	}
	for _, tc := range singles {
		t.Run("single source "+tc.phrase, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrase)
			if c == nil {
				t.Fatalf("no claim holds %q", tc.phrase)
			}
			if !slices.Equal(c.Articles, []string{tc.article}) || !c.SingleSource {
				t.Errorf("claim %q: articles %v single %v, want only %s, single source", c.Text, c.Articles, c.SingleSource, tc.article)
			}
		})
	}
	t.Run("meaning divergence", func(t *testing.T) {
		found := false
		for _, d := range claim.Diverge(arts, claims, names) {
			if d.Kind != claim.DivMeaning {
				continue
			}
			var tol, unacc bool
			for _, v := range d.Values {
				tol = tol || v.Value == "tolerable" && slices.Contains(v.Articles, "003")
				unacc = unacc || v.Value == "unacceptable" && slices.Contains(v.Articles, "002")
			}
			found = found || tol && unacc
		}
		if !found {
			t.Error("Diverge(seeds) found no meaning divergence tolerable (003) vs unacceptable (002)")
		}
	})
}
