package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Advertisement", true},
		{"Continue Reading Below", true},
		{"Story continues below advertisement", true},
		{"Print Article", true},
		{"Thanks for signing up!", true},
		{"Read more: Harbour board delays vote on new pier", true},
		{"Also on tidewater.example Mayor resigns after audit", true},
		{"Copyright 2026 Marlow Courier Ltd. All Rights Reserved.", true},
		{"© Kettle Press", true},
		{"CLICK HERE TO GET THE COURIER APP", true},
		{"Get the latest updates right in your inbox.", true},
		{"Like this story? Share it with a friend!", true},
		{"Updated at 1:23 p.m.", true},
		{"October 12, 2025", true},
		{"Published 18 November 2025", true},
		// kept
		{"4:14 p.m.", false},            // a live blog's entry heading
		{"Tickets: 02-751-1500", false}, // a phone number is no date
		{"The council said the advertisement had misled buyers about the size of the flats.", false},
		{"Related", true},
		{"Related projects were cancelled in March after the budget review.", false},
		{"Residents who subscribe to the scheme pay less, the council said, and the savings grow each year they stay in it for the full term of the contract.", false},
		{"He signed in May 2024.", false},
		{"Also on Tuesday the council voted to close the pier.", false},
		{"Few readers subscribe to the paper now.", false},
		{"The newsletter was first printed in 1901.", false},
		{"Harbour Weekly Newsletter", true},
		{"Keep up with the port. Subscribe to the Harbour Weekly.", true},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			if got := isBoilerplate(tc.line); got != tc.want {
				t.Errorf("isBoilerplate(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

func TestDropLinkLists(t *testing.T) {
	page := `<body>
<a href="/a">Dunmore wins the cup</a><a href="/b">Rain delays harvest</a><a href="/c">New pier opens</a>
<a href="/d"><h3>Ferry fares rise</h3><p>Operators blame fuel costs</p></a>
<a href="/s">Harbour report</a>
<a href="/u">https://archive.example/report-2025</a><a href="/v">https://archive.example/annex</a>
</body>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	links := linkLines(doc)
	prose := "The harbour master said the work would finish in May."
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "trailing list of story links",
			in:   []string{prose, "Dunmore wins the cup", "Rain delays harvest"},
			want: []string{prose},
		},
		{
			name: "lone link line kept",
			in:   []string{prose, "Harbour report", prose},
			want: []string{prose, "Harbour report", prose},
		},
		{
			name: "teaser cards with summaries",
			in:   []string{prose, "Dunmore wins the cup", "The final went to extra time", "Ferry fares rise", "Operators blame fuel costs", "New pier opens", "Ribbon cut on Friday"},
			want: []string{prose},
		},
		{
			name: "two cards are not a list",
			in:   []string{prose, "Harbour report", "A short note follows.", "Ferry fares rise", "Fuel costs were blamed."},
			want: []string{prose, "Harbour report", "A short note follows.", "Ferry fares rise", "Fuel costs were blamed."},
		},
		{
			name: "cited addresses kept",
			in:   []string{prose, "https://archive.example/report-2025", "https://archive.example/annex"},
			want: []string{prose, "https://archive.example/report-2025", "https://archive.example/annex"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dropLinkLists(tc.in, links, 2)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("dropLinkLists(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestLinkLines(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>See <a href="/x">the <b>full</b>  report</a>.</p><a href="/y"><h3>Card title</h3><p>Card summary</p></a>`))
	if err != nil {
		t.Fatal(err)
	}
	got := linkLines(doc)
	want := map[string]bool{"the full report": true, "card title": true, "card summary": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("linkLines mismatch (-want +got):\n%s", diff)
	}
}
