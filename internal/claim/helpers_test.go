package claim

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// art makes a bare article: the package's fallback analysis splits and
// tokenises it.
func art(id, text string) *news.Article {
	return &news.Article{ID: id, Outlet: "outlet-" + id, Text: text, Language: "en"}
}

// claimWith returns the claim whose Text or carried statements contain
// every one of the given phrases in some one statement.
func claimWith(arts []*news.Article, claims []Claim, phrases ...string) *Claim {
	texts := make(map[string]string)
	for _, a := range arts {
		texts[a.ID] = a.Text
	}
	for i := range claims {
		for _, r := range claims[i].Sentences {
			s := texts[r.Article][r.Start:r.End]
			all := true
			for _, p := range phrases {
				if !strings.Contains(s, p) {
					all = false
					break
				}
			}
			if all {
				return &claims[i]
			}
		}
	}
	return nil
}

// refText returns the text a claim's statement from article id points at.
func refText(arts []*news.Article, c *Claim, id string) string {
	for _, a := range arts {
		if a.ID != id {
			continue
		}
		for _, r := range c.Sentences {
			if r.Article == id {
				return a.Text[r.Start:r.End]
			}
		}
	}
	return ""
}
