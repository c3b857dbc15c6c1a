package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestRenderHistory(t *testing.T) {
	doc := &Document{
		Articles: []Article{{ID: "a1", Outlet: "Harbour Gazette", Title: "Ferry strike ends"}},
		Stories: []Story{{ID: "s-a1", Title: "Ferry strike ends", Articles: []string{"a1"}, History: []Change{
			{Kind: "merge", Story: "s-a1", Merged: "s-b7", At: "2026-03-02T10:00:00Z"},
			{Kind: "move-in", Story: "s-a1", Article: "a1", From: "s-c2", At: "2026-03-02T11:00:00Z"},
			{Kind: "move-out", Story: "s-a1", Article: "a9", To: "s-d4", At: "2026-03-02T12:00:00Z"},
		}}},
	}
	want := []string{
		"2026-03-02T10:00:00Z story s-b7 merged in (same event)",
		"2026-03-02T11:00:00Z article [1] moved in from story s-c2",
		"2026-03-02T12:00:00Z article a9 moved out to story s-d4 (fits it better)",
	}
	tests := []struct {
		name   string
		render func(*bytes.Buffer, *Document) error
		unesc  func(string) string
	}{
		{"text", func(b *bytes.Buffer, d *Document) error { return Text(b, d) }, func(s string) string { return s }},
		{"markdown", func(b *bytes.Buffer, d *Document) error { return Markdown(b, d) }, mdEscape},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.render(&b, doc); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !strings.Contains(out, "Changes") {
				t.Errorf("%s output has no Changes section:\n%s", tc.name, out)
			}
			for _, w := range want {
				if !strings.Contains(out, tc.unesc(w)) {
					t.Errorf("%s output lacks %q:\n%s", tc.name, tc.unesc(w), out)
				}
			}
		})
	}
	t.Run("none", func(t *testing.T) {
		d := *doc
		d.Stories = []Story{{ID: "s-a1", Articles: []string{"a1"}}}
		var b bytes.Buffer
		if err := Text(&b, &d); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "Changes") {
			t.Errorf("a story without history shows a Changes section:\n%s", b.String())
		}
	})
}
