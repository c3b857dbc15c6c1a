package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRender(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>One  two\nthree</p><p>Four</p>", "One two three\nFour"},
		{"inline markup stays on the line", "<p>A <b>bold</b> <a href=x>link</a>.</p>", "A bold link."},
		{"soft hyphen dropped", "<p>extra&shy;ordinary</p>", "extraordinary"},
		{"lists and breaks", "<ul><li>x</li><li>y</li></ul>z<br>w", "x\ny\nz\nw"},
		{"preformatted lines kept", "<pre>l1\nl2</pre>", "l1\nl2"},
		{"table cells spaced", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
		{"scripts skipped", "<p>kept</p><script>var x</script><style>p{}</style>", "kept"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := render(doc); got != tc.want {
				t.Errorf("render(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestRenderWithRepairsSpaces(t *testing.T) {
	// page is the source the extracted tree came from; in is that tree
	// with the spaces around inline elements already lost.
	tests := []struct{ name, page, in, want string }{
		{
			name: "space lost after a linked name",
			page: `<li><a href="/p"><b>Orla Venn</b></a> scored twice for Dunmore</li>`,
			in:   `<li><b>Orla Venn</b>scored twice for Dunmore</li>`,
			want: "Orla Venn scored twice for Dunmore",
		},
		{
			name: "space lost before a linked name",
			page: `<li>staying ahead of <a href="/q"><b>Ruth Osei</b></a> on the chart</li>`,
			in:   `<li>staying ahead of<b>Ruth Osei</b>on the chart</li>`,
			want: "staying ahead of Ruth Osei on the chart",
		},
		{
			name: "unspaced script stays glued",
			page: `<p>アプリ<a href="/k">Lumen Reader</a>に関する話</p>`,
			in:   `<p>アプリ<b>Lumen Reader</b>に関する話</p>`,
			want: "アプリLumen Readerに関する話",
		},
		{
			name: "word split by markup on the page stays whole",
			page: `<p>the <b>un</b>likely winner</p>`,
			in:   `<p>the <b>un</b>likely winner</p>`,
			want: "the unlikely winner",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			tree, err := html.Parse(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := renderWith(tree, pageWords(page)); got != tc.want {
				t.Errorf("renderWith(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
