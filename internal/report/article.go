package report

import (
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// NewArticle returns the document form of an analysed article; alsoAt lists
// other sources that held the same content.
func NewArticle(a *news.Article, alsoAt []string) Article {
	ra := Article{
		ID: a.ID, Source: a.Source, Format: a.Format, URL: a.URL, Outlet: a.Outlet, Title: a.Title,
		Language: a.Language, Text: a.Text, Boilerplate: []Removed{}, Sentences: []Span{}, AlsoAt: alsoAt,
	}
	if !a.Published.IsZero() {
		ra.Published = a.Published.UTC().Format(time.RFC3339)
	}
	for _, r := range a.Boilerplate {
		ra.Boilerplate = append(ra.Boilerplate, Removed{Text: r.Text, Reason: r.Reason, At: r.At})
	}
	for _, s := range a.Sentences {
		ra.Sentences = append(ra.Sentences, Span{Start: s.Start, End: s.End})
	}
	return ra
}
