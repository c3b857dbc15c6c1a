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
