package provenance

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestFindEditions(t *testing.T) {
	mk := func(id, lang, url string) *news.Article {
		return &news.Article{ID: id, Language: lang, URL: url}
	}
	tests := []struct {
		name string
		arts []*news.Article
		want map[string]string
	}{
		{"English edition of a Russian article", []*news.Article{
			mk("ru", "ru", "https://severniglas.example/society/2026-03-11/plotina"),
			mk("en", "en", "https://en.severniglas.example/society/2026-03-11/plotina/")},
			map[string]string{"en": "ru"}},
		{"www and a language label", []*news.Article{
			mk("de", "de", "https://www.ostwind.example/a/1"),
			mk("fr", "fr", "https://fr.ostwind.example/a/1")},
			map[string]string{"fr": "de"}},
		{"mobile site is the same edition", []*news.Article{
			mk("a", "en", "https://ostwind.example/a/1"),
			mk("b", "de", "https://m.ostwind.example/a/1")},
			map[string]string{}},
		{"same language is a copy, not an edition", []*news.Article{
			mk("a", "en", "https://ostwind.example/a/1"),
			mk("b", "en", "https://en.ostwind.example/a/1")},
			map[string]string{}},
		{"another path is another article", []*news.Article{
			mk("a", "ru", "https://ostwind.example/a/1"),
			mk("b", "en", "https://en.ostwind.example/a/2")},
			map[string]string{}},
		{"home pages are not articles", []*news.Article{
			mk("a", "ru", "https://ostwind.example/"),
			mk("b", "en", "https://en.ostwind.example")},
			map[string]string{}},
		{"no address", []*news.Article{mk("a", "ru", ""), mk("b", "en", "not a url")}, map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, findEditions(tc.arts)); diff != "" {
				t.Errorf("findEditions (-want +got):\n%s", diff)
			}
		})
	}
}
