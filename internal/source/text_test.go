package source

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/google/go-cmp/cmp"
)

func TestParseText(t *testing.T) {
	long := strings.Repeat("A very long opening line that is clearly a paragraph. ", 8)
	tests := []struct {
		name string
		in   string
		want news.Article
	}{
		{
			name: "headline and body",
			in:   "Headline here\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n",
			want: news.Article{Title: "Headline here", Text: "First paragraph.\nSecond paragraph."},
		},
		{
			name: "long first line is body",
			in:   long + "\nNext.",
			want: news.Article{Text: strings.TrimSpace(long) + "\nNext."},
		},
		{
			name: "title and language headers",
			in:   "TITLE: From the header\nLanguage: FR\n\nBody text.",
			want: news.Article{Title: "From the header", Language: "fr", Text: "Body text."},
		},
		{
			name: "values that do not fit stay in the body",
			in:   "Headline\nDate: sometime last spring\nURL: see below\nOutlet: a place where news is published, usually daily, in print.",
			want: news.Article{Title: "Headline", Text: "Date: sometime last spring\nURL: see below\nOutlet: a place where news is published, usually daily, in print."},
		},
		{
			name: "source lines with and without final stop",
			in:   "Headline\nBody.\nSource: Reuters.\nsource: AP, AFP",
			want: news.Article{Title: "Headline", Text: "Body.", Boilerplate: []news.Removed{
				{Text: "Source: Reuters.", Reason: "source-line"}, {Text: "source: AP, AFP", Reason: "source-line"}}},
		},
		{
			name: "metadata after the body and first value wins",
			in:   "Headline\nBody.\nPublished: 2024-05-06\nDate: 2020-01-01\nTitle: too late",
			want: news.Article{Title: "Headline", Published: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), Text: "Body.\nTitle: too late"},
		},
		{
			name: "lists are not unwrapped",
			in:   "Headline\n\n- first item of a list\n- second item, which is a good deal longer than the first one was\n",
			want: news.Article{Title: "Headline", Text: "- first item of a list\n- second item, which is a good deal longer than the first one was"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parseText(tc.in)
			if diff := cmp.Diff(&tc.want, got); diff != "" {
				t.Errorf("parseText(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
