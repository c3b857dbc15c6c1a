package textproc

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/google/go-cmp/cmp"
)

// TestTokenizerCache checks that a warm, overflowing, language-switching
// cache gives the tokens a fresh tokenizer gives.
func TestTokenizerCache(t *testing.T) {
	texts := []struct{ name, lang, text string }{
		{"english", "en", "The Dockworkers’ strikes, Valdmere’s dockworkers struck in 2031 and STRIKES went on."},
		{"french", "fr", "Les déclarations du ministre: declarations, Déclaration, la grève continue."},
		{"same words as english", "es", "The strikes continue: Las huelgas y las canciones del festival."},
		{"no stemmer", "", "Strikes STRIKES strikes Ships Waiting"},
		{"english again", "en", "Strikes and the striking dockworkers of Valdmere’s port."},
		{"russian", "ru", "Министр встретился с чиновниками, министр встретился снова."},
	}
	warm := newTokenizer(8) // small enough to overflow within one text
	for round := range 2 {
		for _, tc := range texts {
			t.Run(tc.name, func(t *testing.T) {
				want := simplify(tc.text, newTokenizer(maxCachedWords).tokenize(tc.text, tc.lang))
				got := simplify(tc.text, warm.tokenize(tc.text, tc.lang))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("round %d: warm tokenize(%q, %q) mismatch (-fresh +warm):\n%s", round, tc.text, tc.lang, diff)
				}
				if len(warm.words) > 8 {
					t.Errorf("round %d: cache holds %d words, want at most 8", round, len(warm.words))
				}
			})
		}
	}
}

// TestFoldSpace checks the ASCII fast paths against the general definition.
func TestFoldSpace(t *testing.T) {
	tests := []string{
		"", " ", "plain words", "Plain Words", "  lead and trail  ", "tab\tand\nnew\r\nline",
		"UPPER", "a  b", "x\v\fy", "already folded text.", "Ménard said", "no\u00a0break space",
		"zero\u200bwidth", strings.Repeat("Long LINE of text ", 200),
	}
	for _, in := range tests {
		want := collapseSpace(Fold(in))
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
		var b strings.Builder
		writeFoldSpace(&b, make([]byte, 7), in)
		if got := b.String(); got != want {
			t.Errorf("writeFoldSpace(%q) wrote %q, want %q", in, got, want)
		}
		var c strings.Builder
		c.WriteString("prefix ")
		appendFoldSpace(&c, in)
		if got := c.String(); got != "prefix "+want {
			t.Errorf("appendFoldSpace(prefix, %q) = %q, want %q", in, got, "prefix "+want)
		}
	}
}

// TestContentIDStable pins ContentID to its definition, since stored
// articles are keyed by it: a faster implementation must not change it.
func TestContentIDStable(t *testing.T) {
	tests := []news.Article{
		{Title: "Port strike ends", Text: "The dockworkers returned.\n\nShips moved again."},
		{Title: "  PORT  strike\tENDS ", Text: strings.Repeat("Ships Moved  again.\r\n", 300)},
		{Title: "Grève au port", Text: "Les dockers de Saint-Étienne ont repris le travail.\u00a0"},
		{},
	}
	for _, a := range tests {
		h := sha256.Sum256([]byte(collapseSpace(Fold(a.Title)) + "\n" + collapseSpace(Fold(a.Text))))
		want := hex.EncodeToString(h[:])[:16]
		if got := ContentID(&a); got != want {
			t.Errorf("ContentID(%q) = %q, want %q", a.Title, got, want)
		}
	}
}

// uax29Spans is the reference segmentation: the general UAX #29
// segmenter over the whole text, keeping the segments Tokenize keeps.
func uax29Spans(text string) [][2]int {
	var out [][2]int
	it := words.FromString(text)
	for it.Next() {
		if _, ok := wordKind(it.Value()); ok {
			out = append(out, [2]int{it.Start(), it.End()})
		}
	}
	return out
}

func tokenSpans(toks []news.Token) [][2]int {
	var out [][2]int
	for _, t := range toks {
		out = append(out, [2]int{t.Start, t.End})
	}
	return out
}

var segmentSeeds = []string{
	"The U.S. said 1,000.5 people (a:b) can't, won't; 3a.b 1.a a.1 1:2 x_y _z __ a_.b",
	"e.g. ... 'quoted' 1'000 1;2 a''b a..b 12.34.56 co-op e-mail #tag @user $5 50%",
	"Line one.\nLine two: Café au lait — “quoted” naïve 2.4\r\nthird\tline\v\f end.",
	"trailing dot. trailing colon: a. .a :a a: '",
	"Zelenskyy’s Ménard d'Artagnan l'Élysée São\u0301 Strauß 東京 ok",
	"",
	"\n\n\n",
}

// TestASCIIWordsMatchUAX29 holds the line-by-line, ASCII fast path of
// Tokenize to the general segmenter over the whole text.
func TestASCIIWordsMatchUAX29(t *testing.T) {
	for _, text := range segmentSeeds {
		want := uax29Spans(text)
		got := tokenSpans(newTokenizer(maxCachedWords).tokenize(text, "en"))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Tokenize(%q) spans differ from UAX #29 (-want +got):\n%s", text, diff)
		}
	}
}

func FuzzASCIIWordsMatchUAX29(f *testing.F) {
	for _, s := range segmentSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // Analyze makes the text valid first
		}
		want := uax29Spans(text)
		got := tokenSpans(newTokenizer(maxCachedWords).tokenize(text, "en"))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Tokenize(%q) spans differ from UAX #29 (-want +got):\n%s", text, diff)
		}
	})
}
