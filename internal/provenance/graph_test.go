package provenance

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestAnalyzeBridgeStory(t *testing.T) {
	story := bridgeStory(t)
	order := []string{"independent", "blog", "translation", "rewrite", "syndicated", "original"}
	var arts []*news.Article
	for _, k := range order {
		arts = append(arts, story[k])
	}
	g := Analyze(arts)
	if g.Original.Article != "original" || g.Original.Outlet != "Harbor Times" {
		t.Fatalf("Analyze(bridge).Original = %q/%q, want original/Harbor Times", g.Original.Article, g.Original.Outlet)
	}
	tests := []struct {
		name, to, from, kind string
		evidence             []string
	}{
		{"syndicated copy", "syndicated", "original", KindSyndication, []string{"shared-passage", "containment", "date"}},
		{"rewrite crediting the original", "rewrite", "original", KindRewrite, []string{"attribution", "shared-passage"}},
		{"blog pasting the report", "blog", "original", KindQuotation, []string{"shared-passage", "containment", "date"}},
		{"translation crediting the original", "translation", "original", KindTranslation, []string{"attribution", "translation-marks"}},
		{"independent report", "independent", "independent", KindIndependent, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := edgeTo(g, tc.to)
			if !ok {
				t.Fatalf("Analyze(bridge) has no edge to %s", tc.to)
			}
			if e.From != tc.from || e.Kind != tc.kind {
				t.Errorf("edge to %s = %s --%s-->, want %s --%s-->", tc.to, e.From, e.Kind, tc.from, tc.kind)
			}
			for _, k := range tc.evidence {
				if !hasEvidence(e.Evidence, k) {
					t.Errorf("edge to %s has no %q evidence: %+v", tc.to, k, e.Evidence)
				}
			}
		})
	}
	t.Run("the original derives from nothing", func(t *testing.T) {
		if e, ok := edgeTo(g, "original"); ok {
			t.Errorf("Analyze(bridge) has an edge into the original: %+v", e)
		}
	})
	t.Run("input order does not matter", func(t *testing.T) {
		rev := slices.Clone(arts)
		slices.Reverse(rev)
		h := Analyze(rev)
		if len(h.Edges) != len(g.Edges) {
			t.Fatalf("edges: %d in one order, %d in the other", len(g.Edges), len(h.Edges))
		}
		for i := range g.Edges {
			if g.Edges[i].From != h.Edges[i].From || g.Edges[i].To != h.Edges[i].To || g.Edges[i].Kind != h.Edges[i].Kind {
				t.Errorf("edge %d = %+v in one order, %+v in the other", i, g.Edges[i], h.Edges[i])
			}
		}
	})
}

func TestOriginPerSentence(t *testing.T) {
	story := bridgeStory(t)
	var arts []*news.Article
	for _, a := range story {
		arts = append(arts, a)
	}
	g := Analyze(arts)
	sentence := func(id, prefix string) int {
		a := story[id]
		for i := range a.Sentences {
			if strings.HasPrefix(a.SentenceText(i), prefix) {
				return i
			}
		}
		t.Fatalf("%s has no sentence starting %q", id, prefix)
		return -1
	}
	tests := []struct {
		name, id, prefix, want string
		// inherited: the origin rests on the article's credit as a whole,
		// not on the sentence's own credit or a passage it shares.
		inherited bool
	}{
		{"blog's own comment", "blog", "Nobody listened", "article:blog", false},
		{"blog's pasted block", "blog", "Mayor Odile Penhaligon said", "article:original", false},
		{"rewrite sentence without a credit", "rewrite", "Engineers say nobody", "article:original", true},
		{"rewrite sentence crediting the original", "rewrite", "According to the Harbor Times", "article:original", false},
		{"syndicated copy", "syndicated", "Chief engineer Tobias Crane", "article:original", false},
		{"independent report", "independent", "Captain Ines Varga", "article:independent", false},
		{"the original itself", "original", "The council will meet", "article:original", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := sentence(tc.id, tc.prefix)
			if got := g.Origin(tc.id, i); got != tc.want {
				t.Errorf("Origin(%s, %d) = %q, want %q", tc.id, i, got, tc.want)
			}
			if got := g.Inherited(tc.id, i); got != tc.inherited {
				t.Errorf("Inherited(%s, %d) = %v, want %v", tc.id, i, got, tc.inherited)
			}
		})
	}
	if got := g.Origin("no-such-article", 0); got != "" {
		t.Errorf("Origin(no-such-article, 0) = %q, want \"\"", got)
	}
}

func TestAnalyzeAbsentOrigin(t *testing.T) {
	story := bridgeStory(t)
	var arts []*news.Article
	for k, a := range story {
		if k != "original" {
			arts = append(arts, a)
		}
	}
	g := Analyze(arts)
	if g.Original.Article != "" || g.Original.Outlet != "Harbor Times" {
		t.Fatalf("Analyze(without original).Original = %q/%q, want absent Harbor Times", g.Original.Article, g.Original.Outlet)
	}
	if n := len(g.Original.Evidence); n < 2 {
		t.Errorf("origin evidence has %d credits, want the rewrite's and the translation's: %+v", n, g.Original.Evidence)
	}
	for _, tc := range []struct{ to, kind string }{{"rewrite", KindRewrite}, {"translation", KindTranslation}} {
		e, ok := edgeTo(g, tc.to)
		if !ok || e.From != "outlet:harbor times" || e.Kind != tc.kind {
			t.Errorf("edge to %s = %+v, want outlet:harbor times --%s-->", tc.to, e, tc.kind)
		}
	}
	// Without the original the blog's pasted block is still found, in the
	// earlier syndicated copy.
	if e, ok := edgeTo(g, "blog"); !ok || e.From != "syndicated" || e.Kind != KindQuotation {
		t.Errorf("edge to blog = %+v, want syndicated --quotation-->", e)
	}
	if got := g.Origin("translation", 0); got != "outlet:harbor times" {
		t.Errorf("Origin(translation, 0) = %q, want outlet:harbor times", got)
	}
	for node, want := range map[string]string{"outlet:harbor times": "Harbor Times", "rewrite": "", "outlet:nobody": "nobody"} {
		if got := g.OutletName(node); got != want {
			t.Errorf("OutletName(%q) = %q, want %q", node, got, want)
		}
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	g := Analyze(nil)
	if len(g.Edges) != 0 || g.Original.Article != "" || g.Original.Outlet != "" {
		t.Errorf("Analyze(nil) = %+v, want an empty graph", g)
	}
	a := article("solo", "Solo News", "t", "Just one short article.", day(1, 1))
	g = Analyze([]*news.Article{a, nil, a})
	if len(g.Edges) != 0 || g.Original.Article != "solo" {
		t.Errorf("Analyze(one article) = %+v, want it as the origin with no edges", g)
	}
}

func TestAnalyzeUndatedCopies(t *testing.T) {
	story := bridgeStory(t)
	a, b := *story["original"], *story["syndicated"]
	a.Published, b.Published = time.Time{}, time.Time{}
	g := Analyze([]*news.Article{&b, &a})
	if len(g.Edges) != 1 || g.Edges[0].Kind != KindSyndication {
		t.Fatalf("Analyze(two undated copies).Edges = %+v, want one syndication edge", g.Edges)
	}
	if e := g.Edges[0]; e.From != "original" || !hasEvidence(e.Evidence, "date") {
		t.Errorf("undated syndication edge = %s -> %s with %+v, want from the first in article order with a note on direction", e.From, e.To, e.Evidence)
	}
}

// TestOriginQuoteAfterCredit: a quotation that follows a credited sentence
// in its paragraph was gathered by the credited outlet; the article's
// sentences after it, or in another paragraph, retell what the article
// credits as a whole.
func TestOriginQuoteAfterCredit(t *testing.T) {
	text := "Officials met in Varnholm on Monday, the Harbor Times reported. " +
		"Minister Alda Renn said talks could resume in spring, Radio Norland reported. " +
		"“We are ready. Maybe not in March, but soon,” she told reporters. " +
		"The ministry declined further comment.\n" +
		"“Nothing is settled,” an aide said.\n" +
		"Talks stalled last year, Radio Norland reported. " +
		"Both sides blame each other. " +
		"\"We will not wait,\" the envoy said.\n" +
		"The Harbor Times reported the offer.\n" +
		"“It is late,” a diplomat said."
	a := article("own", "Varnholm Ledger", "Talks may resume, according to the Harbor Times", text, day(2, 9))
	g := Analyze([]*news.Article{a})
	const main, radio = "outlet:harbor times", "outlet:radio norland"
	tests := []struct {
		prefix, want string
		inherited    bool
	}{
		{"Officials met", main, false},
		{"Minister Alda Renn", radio, false},
		{"“We are ready.", radio, false},
		{"Maybe not in March", radio, false},
		{"The ministry declined", main, true},
		{"“Nothing is settled", main, true},
		{"Talks stalled", radio, false},
		{"Both sides", main, true},
		{"\"We will not wait", main, true},
		{"“It is late", main, true},
	}
	for _, tc := range tests {
		t.Run(tc.prefix, func(t *testing.T) {
			i := -1
			for k := range a.Sentences {
				if strings.HasPrefix(a.SentenceText(k), tc.prefix) {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("no sentence starts %q", tc.prefix)
			}
			if got := g.Origin("own", i); got != tc.want {
				t.Errorf("Origin(own, %d %q) = %q, want %q", i, a.SentenceText(i), got, tc.want)
			}
			if got := g.Inherited("own", i); got != tc.inherited {
				t.Errorf("Inherited(own, %d) = %v, want %v", i, got, tc.inherited)
			}
		})
	}
}
