package server

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/crosscheck-news/crosscheck/internal/report"
)

func citeTo(max int) func(string) string {
	return func(n string) string {
		var k int
		if _, err := fmt.Sscan(n, &k); err == nil && k >= 1 && k <= max {
			return fmt.Sprintf("#article-%d", k)
		}
		return ""
	}
}

func TestBriefHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraph with citations", "The bridge closed [1][2].", `<p>The bridge closed <a class="cite" href="#article-1" aria-label="source 1">[1]</a><a class="cite" href="#article-2" aria-label="source 2">[2]</a>.</p>` + "\n"},
		{"unknown citation stays text", "Claimed [9].", "<p>Claimed [9].</p>\n"},
		{"heading shifted below the page's h2", "## Key facts", "<h3>Key facts</h3>\n"},
		{"leading title dropped", "\n# Bridge closed\n\nText.\n# Later", "<p>Text.</p>\n<h3>Later</h3>\n"},
		{"later sections fold", "## Summary\nS.\n## Timeline\n- a\n## End\nE.", "<h3>Summary</h3>\n<p>S.</p>\n" +
			`<details class="brief-section"><summary><h3>Timeline</h3></summary>` + "\n<ul>\n<li>a</li>\n</ul>\n</details>\n" +
			`<details class="brief-section"><summary><h3>End</h3></summary>` + "\n<p>E.</p>\n</details>\n"},
		{"backslash escapes", `a \*not bold\* \[1\] \\ \<b>`, "<p>a *not bold* [1] \\ &lt;b&gt;</p>\n"},
		{"escaped citation inside bold", `**number** in \[2\]: “six” [2]`, `<p><strong>number</strong> in [2]: “six” <a class="cite" href="#article-2" aria-label="source 2">[2]</a></p>` + "\n"},
		{"bold", "**Six weeks** or eight", "<p><strong>Six weeks</strong> or eight</p>\n"},
		{"unclosed bold stays literal", "a **b", "<p>a **b</p>\n"},
		{"bullet list", "- one [1]\n* two", "<ul>\n<li>one <a class=\"cite\" href=\"#article-1\" aria-label=\"source 1\">[1]</a></li>\n<li>two</li>\n</ul>\n"},
		{"ordered list then paragraph", "1. first\n2) second\n\nafter", "<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n<p>after</p>\n"},
		{"lines join into one paragraph", "a\nb\n\nc", "<p>a b</p>\n<p>c</p>\n"},
		{"markup is escaped", `<script>alert("x")</script> & <b>`, "<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;</p>\n"},
		{"escaped inside bold", "**<i>x</i>**", "<p><strong>&lt;i&gt;x&lt;/i&gt;</strong></p>\n"},
		{"hash without space is text", "#hashtag", "<p>#hashtag</p>\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(briefHTML(tc.in, citeTo(3))); got != tc.want {
				t.Errorf("briefHTML(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// allowedBriefTags are the only elements briefHTML may produce.
var allowedBriefTags = map[string]bool{"details": true, "summary": true, "p": true, "h3": true, "h4": true, "h5": true, "h6": true, "ul": true, "ol": true, "li": true, "strong": true, "a": true}

// FuzzBriefHTML checks that no input makes the converter emit an element
// or attribute outside its small vocabulary, or a link anywhere but an
// article anchor.
func FuzzBriefHTML(f *testing.F) {
	for _, s := range []string{"# T\n\n- a [1]\n1. b **c** [2]", "<script>x</script>", "**[1]**", "[1](javascript:alert(1))", "<a href=x>[2]</a>", "\"'><img src=x onerror=1>", "### ** ** [0003]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := string(briefHTML(in, citeTo(3)))
		z := html.NewTokenizer(strings.NewReader(out))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				if z.Err() != io.EOF {
					t.Fatalf("briefHTML(%q) = %q: tokenizer: %v", in, out, z.Err())
				}
				return
			}
			if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			tok := z.Token()
			if !allowedBriefTags[tok.Data] {
				t.Fatalf("briefHTML(%q) = %q: element <%s> not allowed", in, out, tok.Data)
			}
			for _, a := range tok.Attr {
				switch a.Key {
				case "class", "aria-label":
				case "href":
					if !strings.HasPrefix(a.Val, "#article-") {
						t.Fatalf("briefHTML(%q) = %q: link to %q", in, out, a.Val)
					}
				default:
					t.Fatalf("briefHTML(%q) = %q: attribute %s not allowed", in, out, a.Key)
				}
			}
		}
	})
}

func TestBriefTimeline(t *testing.T) {
	md := "# T\n\n## Timeline\n\n- **April 2019**: Cables replaced. [2]\n- **5 March 2026 08:00 UTC**: Harbor Times publishes its article. [1]\n\n## Other\n\n- not a date\n"
	got := briefTimeline(md)
	want := []string{"**April 2019**: Cables replaced. [2]"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("briefTimeline = %q, want %q", got, want)
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct{ name, a, b, want string }{
		{"changed number", "closed for six weeks", "closed for eight weeks", "closed for <mark>six</mark> weeks"},
		{"case and punctuation ignored", "The bridge, closed.", "the bridge closed", "The bridge, closed."},
		{"extra words", "about 38,000 vehicles a day", "38,000 vehicles", "<mark>about</mark> 38,000 vehicles <mark>a</mark> <mark>day</mark>"},
		{"nothing to compare", "a <b> c", "", "a &lt;b&gt; c"},
		{"escapes marked words", "say <hi>", "say hello", "say <mark>&lt;hi&gt;</mark>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(wordDiff(tc.a, tc.b)); got != tc.want {
				t.Errorf("wordDiff(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestMarkWords(t *testing.T) {
	tests := []struct {
		in    string
		words []string
		want  string
	}{
		{"The Bridge <closed>", []string{"bridge"}, "The <mark>Bridge</mark> &lt;closed&gt;"},
		{"bridges", []string{"bridge"}, "bridges"},
		{"Zürich, Zürich!", []string{"zürich"}, "<mark>Zürich</mark>, <mark>Zürich</mark>!"},
	}
	for _, tc := range tests {
		if got := string(markWords(tc.in, tc.words)); got != tc.want {
			t.Errorf("markWords(%q, %v) = %q, want %q", tc.in, tc.words, got, tc.want)
		}
	}
}

func TestSnippetHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the [Kessel] bridge <x>", "the <mark>Kessel</mark> bridge &lt;x&gt;"},
		{"unclosed [bracket", "unclosed [bracket"},
		{"] stray [a]", "] stray <mark>a</mark>"},
	}
	for _, tc := range tests {
		if got := string(snippetHTML(tc.in)); got != tc.want {
			t.Errorf("snippetHTML(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOriginFamilies(t *testing.T) {
	arts := []*articleInfo{{ID: "a", N: 1, Outlet: "A"}, {ID: "b", N: 2, Outlet: "B"}, {ID: "c", N: 3, Outlet: "C"}, {ID: "d", N: 4, Outlet: "D"}, {ID: "e", N: 5, Outlet: "E"}}
	origin := "b"
	st := &report.Story{
		Origin: &report.Origin{Outlet: "B", Article: &origin},
		Derivations: []report.Derivation{
			{From: "b", To: "a", Kind: "rewrite"},
			{From: "a", To: "c", Kind: "translation"},
			{From: "outlet:vw wire", FromOutlet: "VW Wire", To: "d", Kind: "quotation"},
			{From: "b", To: "e", Kind: "independent"},
		},
	}
	got := originFamilies(st, arts)
	var desc []string
	for _, f := range got {
		var ids []string
		for _, a := range f.Articles {
			ids = append(ids, a.ID)
		}
		desc = append(desc, fmt.Sprintf("%s%v origin=%v", f.Label, ids, f.Origin))
	}
	want := []string{"from [2] B[a b c] origin=true", "via VW Wire (not in corpus)[d] origin=false", "independent: E[e] origin=false"}
	if strings.Join(desc, "; ") != strings.Join(want, "; ") {
		t.Errorf("originFamilies = %q, want %q", desc, want)
	}
}

func TestLayoutGraph(t *testing.T) {
	arts := []*articleInfo{{ID: "a", N: 1, Outlet: "A"}, {ID: "b", N: 2, Outlet: "B"}, {ID: "c", N: 3, Outlet: "C"}}
	st := &report.Story{Derivations: []report.Derivation{
		{From: "a", To: "b", Kind: "rewrite"}, {From: "b", To: "c", Kind: "syndication"},
		{From: "c", To: "a", Kind: "rewrite"}, // a cycle must not hang or blow up the layout
		{From: "outlet:Wire", To: "a", Kind: "quotation"},
	}}
	g := layoutGraph(st, arts)
	if len(g.Nodes) != 4 || len(g.Edges) != 4 {
		t.Fatalf("layoutGraph: %d nodes, %d edges, want 4 and 4", len(g.Nodes), len(g.Edges))
	}
	st.Derivations[3].From, st.Derivations[3].FromOutlet = "outlet:vw wire", "VW Wire"
	for _, n := range layoutGraph(st, arts).Nodes {
		if n.ID == "outlet:vw wire" && n.Label != "VW Wire" {
			t.Errorf("node %s labelled %q, want the outlet as written, VW Wire", n.ID, n.Label)
		}
	}
	for _, n := range g.Nodes {
		if n.X < 0 || n.Y < 0 || n.X+nodeW > g.Width || n.Y+nodeH > g.Height {
			t.Errorf("node %s at (%d,%d) outside the %dx%d drawing", n.ID, n.X, n.Y, g.Width, g.Height)
		}
	}
}

func TestParsePaging(t *testing.T) {
	tests := []struct {
		query   string
		want    paging
		wantErr bool
	}{
		{"", paging{defaultLimit, 0}, false},
		{"limit=0", paging{defaultLimit, 0}, false},
		{"limit=5&offset=10", paging{5, 10}, false},
		{"limit=999", paging{maxLimit, 0}, false},
		{"limit=-1", paging{}, true},
		{"limit=1e3", paging{}, true},
		{"offset=-1", paging{}, true},
		{"offset=x", paging{}, true},
	}
	for _, tc := range tests {
		q, _ := url.ParseQuery(tc.query)
		got, err := parsePaging(q)
		if (err != nil) != tc.wantErr || (!tc.wantErr && got != tc.want) {
			t.Errorf("parsePaging(%q) = %v, %v; want %v, error %v", tc.query, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestBuildArticleViewDropsBadSpans(t *testing.T) {
	d := &articleData{story: &report.Story{ID: "s", Articles: []string{"x"}}}
	d.resp.ID = "x"
	d.resp.Text = "Héllo world. Second one."
	d.resp.Claims = []articleClaim{
		{ID: "c1", Sentences: []report.Span{{Start: 0, End: 13}}},
		{ID: "c2", Sentences: []report.Span{{Start: 5, End: 9}}},   // overlaps c1
		{ID: "c3", Sentences: []report.Span{{Start: 2, End: 30}}},  // past the end
		{ID: "c4", Sentences: []report.Span{{Start: 14, End: 25}}}, // fine
		{ID: "c5", Sentences: []report.Span{{Start: 2, End: 3}}},   // cuts the é
	}
	v := buildArticleView(d)
	var got []string
	for _, s := range v.Segments {
		got = append(got, s.ClaimID+":"+s.Text)
	}
	want := []string{"c1:Héllo world.", ": ", "c4:Second one."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments = %q, want %q", got, want)
	}
}

func TestArticleDivergences(t *testing.T) {
	st := &report.Story{
		Articles: []string{"a1", "a2", "a3", "a4"},
		Divergences: []report.Divergence{
			{Kind: "number", Claim: "c1", Values: []report.Value{
				{Value: "14", Articles: []string{"a1", "a2", "a4"}},
				{Value: "41", Articles: []string{"a3"}},
			}},
			{Kind: "role", Claim: "c2", Values: []report.Value{
				{Value: "Deputy Minister", Articles: []string{"a1"}},
				{Value: "minister", Articles: []string{"a2"}},
				{Value: "Minister", Articles: []string{"a4"}},
			}},
		},
	}
	tests := []struct {
		id   string
		want []articleDivergence
		page []differView
	}{
		{"a3",
			[]articleDivergence{{Kind: "number", Claim: "c1", Value: "41", Also: []string{}, Others: []report.Value{{Value: "14", Articles: []string{"a1", "a2", "a4"}}}}},
			[]differView{{Kind: "number", ClaimID: "c1", Own: "41", Others: []otherValue{{Value: "14", Cites: []int{1, 2, 4}}}}}},
		{"a1",
			[]articleDivergence{
				{Kind: "number", Claim: "c1", Value: "14", Also: []string{"a2", "a4"}, Others: []report.Value{{Value: "41", Articles: []string{"a3"}}}},
				{Kind: "role", Claim: "c2", Value: "Deputy Minister", Also: []string{}, Others: []report.Value{{Value: "minister", Articles: []string{"a2"}}, {Value: "Minister", Articles: []string{"a4"}}}},
			},
			[]differView{
				{Kind: "number", ClaimID: "c1", Own: "14", Also: []int{2, 4}, Others: []otherValue{{Value: "41", Cites: []int{3}}}},
				{Kind: "role or title", ClaimID: "c2", Own: "Deputy Minister", Others: []otherValue{{Value: "minister", Cites: []int{2}}, {Value: "Minister", Cites: []int{4}}}},
			}},
		{"a9", []articleDivergence{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			got := articleDivergences(st, tc.id)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("articleDivergences(%s) (-want +got):\n%s", tc.id, diff)
			}
			if diff := cmp.Diff(tc.page, differsView(st, got)); diff != "" {
				t.Errorf("differsView(%s) (-want +got):\n%s", tc.id, diff)
			}
		})
	}
}
