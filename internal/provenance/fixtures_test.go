package provenance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// article builds an Article the way textproc would, with a plain splitter
// (sentences end at . ! ? before a space, or at a line break) so these
// tests do not depend on textproc's details.
func article(id, outlet, title, text string, published time.Time) *news.Article {
	a := &news.Article{ID: id, Outlet: outlet, Title: title, Text: text, Published: published, Language: "en"}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := -1
		switch {
		case c == '\n':
			end = i
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'):
			end = i + 1
		}
		if end < 0 {
			continue
		}
		s := start
		for s < end && text[s] == ' ' {
			s++
		}
		if s < end {
			a.Sentences = append(a.Sentences, news.Sentence{Start: s, End: end})
		}
		start = end
		if c == '\n' {
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		a.Sentences = append(a.Sentences, news.Sentence{Start: strings.Index(text[start:], s) + start, End: len(text)})
	}
	w := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if w < 0 {
				w = i
			}
			continue
		}
		if w >= 0 {
			a.Tokens = append(a.Tokens, news.Token{Start: w, End: i, Norm: strings.ToLower(text[w:i]), Stem: strings.ToLower(text[w:i]), Sentence: a.SentenceAt(w)})
			w = -1
		}
	}
	return a
}

// fixture reads testdata/bridge/<name>.txt, a fictional story written for
// these tests: first line the title, the rest the body.
func fixture(t *testing.T, name, outlet string, published time.Time) *news.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "bridge", name+".txt"))
	if err != nil {
		t.Fatalf("read fixture %s: %v", name, err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	return article(name, outlet, title, strings.TrimRight(body, "\n"), published)
}

func day(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, time.UTC) }

// bridgeStory is the fictional story: a Harbor Times original, a
// syndicated copy, a rewrite crediting it, a blog pasting it, a
// translation crediting it and an independent ferry report.
func bridgeStory(t *testing.T) map[string]*news.Article {
	t.Helper()
	return map[string]*news.Article{
		"original":    fixture(t, "original", "Harbor Times", day(3, 8)),
		"syndicated":  fixture(t, "syndicated", "Coastal Daily", day(3, 12)),
		"rewrite":     fixture(t, "rewrite", "Metro Post", day(3, 15)),
		"blog":        fixture(t, "blog", "Marrowby Musings", day(4, 10)),
		"translation": fixture(t, "translation", "Puerto Wire", day(4, 9)),
		"independent": fixture(t, "independent", "Valley Wire", day(4, 7)),
	}
}

func edgeTo(g *Graph, id string) (Edge, bool) {
	for _, e := range g.Edges {
		if e.To == id {
			return e, true
		}
	}
	return Edge{}, false
}
