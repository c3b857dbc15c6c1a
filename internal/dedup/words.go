package dedup

import "github.com/crosscheck-news/crosscheck/internal/news"

// Words returns the folded form of every token of a, stop words included:
// syndicated copies share exact wording, function words and all, and
// keeping them makes shingles of rewritten text differ sooner.
func Words(a *news.Article) []string {
	out := make([]string, 0, len(a.Tokens))
	for _, t := range a.Tokens {
		if t.Norm != "" {
			out = append(out, t.Norm)
		}
	}
	return out
}
