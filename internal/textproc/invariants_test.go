package textproc

import (
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// checkInvariants asserts what every later stage relies on: offsets within
// Text and on rune boundaries, sentences ordered and disjoint, tokens inside
// the sentence they name.
func checkInvariants(t testing.TB, a *news.Article) {
	t.Helper()
	n := len(a.Text)
	onBoundary := func(off int) bool {
		return off == n || off >= 0 && off < n && utf8.RuneStart(a.Text[off])
	}
	for i, r := range a.Boilerplate {
		// A removed line stood at the end of a line of the clean text (0:
		// first, or not known).
		if r.At < 0 || r.At > n || r.At > 0 && r.At < n && a.Text[r.At] != '\n' {
			t.Fatalf("removed line %d %q at %d: not at the end of a line of the text (length %d)", i, r.Text, r.At, n)
		}
	}
	prevEnd := 0
	for i, s := range a.Sentences {
		if s.Start < prevEnd || s.End <= s.Start || s.End > n {
			t.Fatalf("sentence %d = %+v after end %d, text length %d", i, s, prevEnd, n)
		}
		if !onBoundary(s.Start) || !onBoundary(s.End) {
			t.Fatalf("sentence %d = %+v not on UTF-8 boundaries", i, s)
		}
		prevEnd = s.End
	}
	prevEnd = 0
	for i, tok := range a.Tokens {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > n {
			t.Fatalf("token %d = %+v after end %d, text length %d", i, tok, prevEnd, n)
		}
		if !onBoundary(tok.Start) || !onBoundary(tok.End) {
			t.Fatalf("token %d = %+v not on UTF-8 boundaries", i, tok)
		}
		if len(a.Sentences) > 0 {
			if tok.Sentence < 0 || tok.Sentence >= len(a.Sentences) {
				t.Fatalf("token %d sentence index %d out of range", i, tok.Sentence)
			}
			s := a.Sentences[tok.Sentence]
			if tok.Start < s.Start || tok.End > s.End {
				t.Fatalf("token %d %q = %+v outside its sentence %d %+v", i, a.Text[tok.Start:tok.End], tok, tok.Sentence, s)
			}
		}
		prevEnd = tok.End
	}
	if !utf8.ValidString(a.Text) {
		t.Fatalf("Text is not valid UTF-8")
	}
}
