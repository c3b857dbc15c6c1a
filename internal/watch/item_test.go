package watch

import (
	"net/url"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/mmcdole/gofeed"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One  two.</p><p>Three\nfour.</p>", "One two.\nThree four."},
		{"entities and inline tags", "<p>Fish &amp; chips at <b>Quay&nbsp;7</b></p>", "Fish & chips at Quay 7"},
		{"script and style dropped", "<p>Kept</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>too</p>", "Kept\ntoo"},
		{"line breaks", "first<br>second<br/>third", "first\nsecond\nthird"},
		{"plain text keeps paragraphs", "Para one\nstill one?\n\n  Para   two  ", "Para one\nstill one?\nPara two"},
		{"plain text entity", "Smith &amp; Sons", "Smith & Sons"},
		{"empty", "  ", ""},
		{"broken markup", "<p>open <b>bold", "open bold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmlText(tc.in); got != tc.want {
				t.Errorf("htmlText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNewItems(t *testing.T) {
	at := func(h int) *time.Time { v := time.Date(2026, 11, 20, h, 0, 0, 0, time.UTC); return &v }
	items := []*gofeed.Item{
		{Link: "newest", PublishedParsed: at(9)},
		{Link: "undated"},
		{Link: "old", PublishedParsed: at(3)},
		{Link: "updated only", UpdatedParsed: at(7)},
		nil,
		{Link: "middle", PublishedParsed: at(6)},
	}
	links := func(its []*gofeed.Item) []string {
		var out []string
		for _, it := range its {
			out = append(out, it.Link)
		}
		return out
	}
	tests := []struct {
		name   string
		cutoff time.Time
		want   []string
	}{
		{"first poll takes all, oldest first", time.Time{}, []string{"old", "middle", "updated only", "newest", "undated"}},
		{"cutoff drops older", *at(6), []string{"updated only", "newest", "undated"}},
		{"cutoff after all keeps undated", *at(12), []string{"undated"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, links(newItems(items, tc.cutoff))); diff != "" {
				t.Errorf("newItems(cutoff %v) mismatch (-want +got):\n%s", tc.cutoff, diff)
			}
		})
	}
}

func TestResolveAndLanguage(t *testing.T) {
	base, _ := url.Parse("https://news.example/feeds/rss.xml")
	for _, tc := range []struct{ in, want string }{
		{"/a/b", "https://news.example/a/b"},
		{" https://other.example/x ", "https://other.example/x"},
		{"mailto:desk@news.example", ""},
		{"", ""},
		{"%zz", ""},
	} {
		if got := resolve(base, tc.in); got != tc.want {
			t.Errorf("resolve(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"en-GB", "en"}, {"DE", "de"}, {"pt_BR", "pt"}, {"english", ""}, {"", ""}, {"1a", ""},
	} {
		if got := language(tc.in); got != tc.want {
			t.Errorf("language(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
