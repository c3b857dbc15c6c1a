package report

import (
	"bytes"
	"fmt"
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

func TestOutletRoles(t *testing.T) {
	orig := "a1"
	outletOf := map[string]string{"a1": "Harbour Gazette", "a2": "Valley Wire", "a3": "valley wire", "a4": "Ridge Post"}
	tests := []struct {
		name  string
		story Story
		want  []OutletRole
	}{
		{
			name: "origin in corpus, echoes and a divergence",
			story: Story{
				Origin: &Origin{Outlet: "Harbour Gazette", Article: &orig},
				Derivations: []Derivation{
					{From: "a1", To: "a2", Kind: "rewrite"},
					{From: "a1", To: "a3", Kind: "syndication"},
					{From: "a2", To: "a3", Kind: "rewrite"}, // a3 counted once
					{From: "a1", To: "a4", Kind: "independent"},
				},
				Divergences: []Divergence{{Kind: "number", Values: []Value{
					{Value: "12", Articles: []string{"a1"}},
					{Value: "21", Articles: []string{"a2", "a3"}}, // one outlet, two spellings
				}}},
			},
			want: []OutletRole{
				// One outlet against one: no value leads.
				{Outlet: "Harbour Gazette", Origin: 1, Divergences: 1, Minority: 1},
				{Outlet: "Valley Wire", Echo: 2, Divergences: 1, Minority: 1},
			},
		},
		{
			name: "a value against most articles, and a tie",
			story: Story{
				Divergences: []Divergence{
					{Kind: "number", Values: []Value{
						{Value: "14", Articles: []string{"a1", "a2", "a4"}},
						{Value: "41", Articles: []string{"a3"}},
					}},
					// Valley Wire's two copies do not outvote Ridge Post.
					{Kind: "name", Values: []Value{
						{Value: "Ilse Karrad", Articles: []string{"a2", "a3"}},
						{Value: "Ilse Karrard", Articles: []string{"a4"}},
					}},
					{Kind: "date", Values: []Value{
						{Value: "Tuesday", Articles: []string{"a1"}},
						{Value: "Wednesday", Articles: []string{"a4"}},
					}},
				},
			},
			want: []OutletRole{
				{Outlet: "Harbour Gazette", Divergences: 2, Minority: 1},
				{Outlet: "Valley Wire", Divergences: 2, Minority: 2},
				{Outlet: "Ridge Post", Divergences: 3, Minority: 2},
			},
		},
		{
			name:  "origin known only from attributions",
			story: Story{Origin: &Origin{Outlet: "Coast Radio"}},
			want:  []OutletRole{{Outlet: "Coast Radio", Origin: 1}},
		},
		{name: "nothing known", story: Story{}, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.story.OutletRoles(outletOf)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("OutletRoles() = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     string
	}{
		{"fits", "Ferry strike ends", 40, "Ferry strike ends"},
		{"white space collapsed", "Ferry \n strike\tends", 40, "Ferry strike ends"},
		{"cut at a word boundary", "Ferry strike ends after nine days", 20, "Ferry strike ends…"},
		{"one long word cut inside", "Dampfschifffahrtsgesellschaft", 10, "Dampfschif…"},
		{"characters, not bytes", "ééééé", 5, "ééééé"},
		{"a Cyrillic headline cut like a Latin one", "В Калдбруке разрушена плотина Мерроу, погибли 14 человек", 45, "В Калдбруке разрушена плотина Мерроу, погибли…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Shorten(tc.in, tc.n); got != tc.want {
				t.Errorf("Shorten(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

func TestDerivationDescribe(t *testing.T) {
	labels := map[string]string{"a1": "[1]", "a2": "[2]"}
	tests := []struct {
		name string
		d    Derivation
		want string
	}{
		{"copy", Derivation{From: "a1", To: "a2", Kind: "syndication"}, "[1] → [2]  syndication"},
		{"own report", Derivation{From: "a2", To: "a2", Kind: "independent"}, "[2]  independent report"},
		{"outlet outside the corpus", Derivation{From: "outlet:Valdran Wire", To: "a1", Kind: "rewrite"}, "Valdran Wire → [1]  rewrite"},
		{"outlet outside the corpus, as written", Derivation{From: "outlet:vwn news", FromOutlet: "VWN News", To: "a1", Kind: "rewrite"}, "VWN News → [1]  rewrite"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.describe(labels, "  "); got != tc.want {
				t.Errorf("describe() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSourcesLine(t *testing.T) {
	labels := map[string]string{"a": "[1]", "b": "[2]", "c": "[3]"}
	tests := []struct {
		name string
		srcs []ClaimSource
		want string
	}{
		{"an outlet outside the corpus", []ClaimSource{{Kind: "outlet", Name: "NBC News", Articles: []string{"a", "b"}}}, "NBC News [1][2]"},
		{"an article reporting for itself", []ClaimSource{{Kind: "article", Article: "c", Articles: []string{"c"}}}, "[3] itself"},
		{"copies of an article", []ClaimSource{{Kind: "article", Article: "a", Articles: []string{"a", "b"}}}, "[1] itself [1][2]"},
		{"a newsroom and an embedded post", []ClaimSource{
			{Kind: "newsroom", Name: "Harbour Times", Articles: []string{"a", "c"}},
			{Kind: "embedded", Articles: []string{"b"}},
		}, "Harbour Times [1][3] · an embedded post [2]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sourcesLine(tt.srcs, labels); got != tt.want {
				t.Errorf("sourcesLine = %q, want %q", got, tt.want)
			}
		})
	}
}
