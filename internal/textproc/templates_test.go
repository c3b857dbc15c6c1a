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
