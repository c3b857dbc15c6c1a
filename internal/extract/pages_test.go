package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestExtractOutletFromBrokenJSONLD checks the whole path: a section name
// in og:site_name, and the publisher only in JSON-LD that does not parse.
func TestExtractOutletFromBrokenJSONLD(t *testing.T) {
	page := `<!doctype html><html lang="en"><head>
<title>Grain barges stranded as river drops - Northwire</title>
<meta property="og:site_name" content="World">
<link rel="canonical" href="https://www.northwire.example/world/grain-barges-stranded">
<script type="application/ld+json">{
  "@context": "http://schema.org", "@type": "NewsArticle",
  "headline": "Grain barges stranded as river drops",
  "datePublished": "2026-08-14T06:10:00Z",
  "publisher": {"@type": "Organization", "name": "Northwire", "logo": {"url": "https://www.northwire.example/logo.png"}},
  "description": 'Low water on the Tessel left forty barges aground.',
}</script></head><body><article>
<h1>Grain barges stranded as river drops</h1>
<p>Forty grain barges were stranded on the Tessel on Thursday after the river fell to its lowest level in thirty years, the waterways authority said.</p>
<p>Shippers said the cargo would be moved to rail at the port of Avelin, at a cost the growers' cooperative put at two million euros.</p>
<p>The authority expects the level to stay low until the autumn rains begin in the hills above the river.</p>
</article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if r.Outlet != "Northwire" {
		t.Errorf("Extract(broken JSON-LD page).Outlet = %q, want Northwire", r.Outlet)
	}
	if want := time.Date(2026, 8, 14, 6, 10, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("Extract(broken JSON-LD page).Published = %v, want %v", r.Published, want)
	}
}

// TestExtractDropsHoverCards checks that a card shown on hovering a name
// does not end up inside the sentence that names the person.
func TestExtractDropsHoverCards(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Ferry strike ends</title></head><body><article>
<h1>Ferry strike ends</h1>
<p>The strike at Marlow harbour ended on Friday after nine days, the union said, and the first ferries left for Kettle Island at noon.</p>
<p>Councillor <span class="rolloverpeople"><a class="rollover-people-link" href="/people/petra-aldane">Petra Aldane</a><span class="rollover-people-block"><a class="name" href="/people/petra-aldane">Petra Aldane</a><a href="/x">Aldane backs bridge study</a></span></span> welcomed the deal, which raises pay by four per cent over two years.</p>
<p>Ticket prices stay the same until March, the <span data-toggle="tooltip" class="tooltip-inner">Ferry operator: Kettle Lines</span>operator said in a statement to passengers.</p>
</article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(r.Text, "Councillor Petra Aldane welcomed the deal") {
		t.Errorf("Extract(hover cards).Text lost the sentence around the name:\n%s", r.Text)
	}
	for _, junk := range []string{"Aldane backs bridge study", "Ferry operator: Kettle Lines"} {
		if strings.Contains(r.Text, junk) {
			t.Errorf("Extract(hover cards).Text keeps the card %q:\n%s", junk, r.Text)
		}
	}
}

// TestExtractDropsHeadlineOtherThanTitle: the body's first line is the
// page's <h1>, worded unlike og:title; it is the headline, not text.
func TestExtractDropsHeadlineOtherThanTitle(t *testing.T) {
	page := `<!doctype html><html lang="en"><head>
<meta property="og:title" content="Marlow ferry strike ends after nine days">
<title>Marlow ferry strike ends after nine days - Marlow Courier</title></head><body><article>
<h1>Ferry strike: Marlow crews back at work</h1>
<p>The strike at Marlow harbour ended on Friday after nine days, the union said, and the first ferries left for Kettle Island at noon.</p>
<p>The deal raises pay by four per cent over two years, and ticket prices stay the same until March, the operator said.</p>
<p>Passengers queued from early morning, and extra sailings were added for the weekend to clear the backlog of freight.</p>
</article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if strings.Contains(r.Text, "Ferry strike: Marlow crews back at work") {
		t.Errorf("Extract(h1 unlike og:title).Text keeps the headline:\n%s", r.Text)
	}
	if !strings.HasPrefix(r.Text, "The strike at Marlow harbour") {
		t.Errorf("Extract(h1 unlike og:title).Text starts %.40q, want the first paragraph", r.Text)
	}
}

// TestExtractOutletOfPageWithoutAddress: a page saved without its address
// or site name is named from its title, else from where its links point.
func TestExtractOutletOfPageWithoutAddress(t *testing.T) {
	body := `<article><h1>Grain barges stranded as river drops</h1>
<p>Forty grain barges were stranded on the Tessel on Thursday after the river fell to its lowest level in thirty years, the waterways authority said.</p>
<p>Shippers said the cargo would be moved to rail at the port of Avelin, at a cost the growers' cooperative put at two million euros.</p>
<p>The authority expects the level to stay low until the autumn rains begin in the hills above the river.</p></article>`
	var links strings.Builder
	for i := range 12 {
		fmt.Fprintf(&links, `<a href="https://tesselwatch.example/page/%d">more</a> `, i)
	}
	tests := []struct{ name, head, extra, want string }{
		{"site before the headline in the title", `<title>River Notes: Grain barges stranded as river drops</title>`, "", "River Notes"},
		{"links to its own host", `<title>Grain barges stranded as river drops</title>`, links.String(), "tesselwatch.example"},
		{"nothing to go on", `<title>Grain barges stranded as river drops</title>`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := "<!doctype html><html lang=\"en\"><head>" + tc.head + "</head><body>" + body + "<nav>" + tc.extra + "</nav></body></html>"
			r, err := Extract([]byte(page), "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if r.Outlet != tc.want {
				t.Errorf("Extract(%s).Outlet = %q, want %q", tc.name, r.Outlet, tc.want)
			}
		})
	}
}
