package textproc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestTemplatesStream(t *testing.T) {
	const tagline = "© Valley Post — news for the whole valley since 1950"
	article := func(n int, outlet string) *news.Article {
		a := &news.Article{Outlet: outlet, Text: fmt.Sprintf(
			"The ferry to Lindholm resumed service %d days after the storm, the operator said.\nPassengers queued from dawn.\n%s", n, tagline)}
		Analyze(a)
		return a
	}
	tr := NewTemplates()
	for n := range 3 {
		tr.Learn(article(n, "Valley Post"))
	}
	tests := []struct {
		name     string
		a        *news.Article
		wantGone bool
	}{
		{"same outlet", article(10, "Valley Post"), true},
		{"outlet name in other case", article(11, "VALLEY POST"), true},
		{"other outlet", article(12, "Harbour Times"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id := tc.a.ID
			n := tr.Strip(tc.a)
			if gone := !strings.Contains(tc.a.Text, tagline); gone != tc.wantGone || (n > 0) != tc.wantGone {
				t.Errorf("Strip removed %d lines, tagline gone = %v; want gone = %v", n, gone, tc.wantGone)
			}
			if tc.a.ID != id {
				t.Errorf("Strip changed the article ID")
			}
			if tc.wantGone && (len(tc.a.Boilerplate) == 0 || tc.a.Boilerplate[0].Reason != ReasonOutlet) {
				t.Errorf("boilerplate = %v, want the tagline recorded as %s", tc.a.Boilerplate, ReasonOutlet)
			}
		})
	}
}

func TestTemplatesNeedsThreeArticles(t *testing.T) {
	tr := NewTemplates()
	a := &news.Article{Outlet: "Valley Post", Text: "Line one of the story.\nShared footer line"}
	for range 2 {
		tr.Learn(a)
	}
	b := &news.Article{Outlet: "Valley Post", Text: "Another story entirely.\nShared footer line"}
	if n := tr.Strip(b); n != 0 {
		t.Errorf("Strip after two articles removed %d lines, want 0", n)
	}
}

func TestLineHash(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"© Valley Post — since 1950", "© valley post —   since 1950", true},
		{"  Share this story  ", "share THIS story", true},
		{"Share this story", "Share this stories", false},
		{"Ünïcode Line", "ünïcode line", true},
	}
	for _, tc := range tests {
		ha, _ := lineHash(tc.a)
		hb, _ := lineHash(tc.b)
		if (ha == hb) != tc.same {
			t.Errorf("lineHash(%q) == lineHash(%q) is %v, want %v", tc.a, tc.b, ha == hb, tc.same)
		}
	}
	if _, ok := lineHash("   \t "); ok {
		t.Error("lineHash of a blank line reported content")
	}
}

func TestObserveMatchesLearnThenStrip(t *testing.T) {
	mk := func(n int) *news.Article {
		a := &news.Article{Outlet: "Valley Post", Text: fmt.Sprintf("Story number %d about the ferry.\n© Valley Post — since 1950", n)}
		Analyze(a)
		return a
	}
	a, b := NewTemplates(), NewTemplates()
	for n := range 5 {
		x, y := mk(n), mk(n)
		a.Learn(x)
		got1 := a.Strip(x)
		got2 := b.Observe(y)
		if got1 != got2 || x.Text != y.Text {
			t.Fatalf("article %d: Learn+Strip removed %d (%q), Observe %d (%q)", n, got1, x.Text, got2, y.Text)
		}
	}
}
