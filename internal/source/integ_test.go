package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// TestWithExtract runs the HTML that source leaves behind through
// extract, as the analyze command does, and checks the bodies survive:
// feed items and JSON lines carry fragments, not whole pages.
func TestWithExtract(t *testing.T) {
	tests := []struct {
		file, source string
		wantLines    []string
	}{
		{"feed.rss", "#https://glenharrow-herald.example/rescue-base", []string{
			"The Glenharrow mountain rescue team has moved into a purpose-built base at the foot of Carn Dubh, ending twenty years of working out of a converted garage.",
			"The base was paid for by a public appeal that raised 610,000 pounds in eighteen months.",
		}},
		{"articles.jsonl", "#4", []string{
			"Ranger Tam Oduya asked walkers to keep to the marked route while the marram grass recovers.",
		}},
		{"lying.txt", "", []string{
			"Organiser Della Marsh thanked the volunteers who marshalled the route and cleared up afterwards.",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			var found *news.Article
			_ = Read(context.Background(), Input{Path: path, Size: fi.Size()}, func(a *news.Article) {
				if a.Source == path+tc.source {
					found = a
				}
			})
			if found == nil {
				t.Fatalf("Read(%s) did not emit %s", tc.file, path+tc.source)
			}
			if err := extract.Article(found); err != nil {
				t.Fatalf("extract.Article(%s) error: %v", found.Source, err)
			}
			lines := strings.Split(found.Text, "\n")
			for _, want := range tc.wantLines {
				ok := false
				for _, l := range lines {
					ok = ok || l == want
				}
				if !ok {
					t.Errorf("extracted %s lacks line %q; text:\n%s", found.Source, want, found.Text)
				}
			}
		})
	}
}
