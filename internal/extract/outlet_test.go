package extract

import "testing"

func TestOutletName(t *testing.T) {
	tests := []struct {
		name, host string
		cands      []string
		want       string
	}{
		{"site name", "www.marlowcourier.example", []string{"The Marlow Courier", ""}, "The Marlow Courier"},
		{"section as site name, publisher names the site", "www.wirenorth.example", []string{"U.S.", "Wirenorth"}, "Wirenorth"},
		{"slug as site name", "www.dailyvale.example", []string{"dailyvale", "dailyvale"}, "dailyvale.example"},
		{"two-letter slug", "www.nv.example", []string{"nv"}, "nv.example"},
		{"slug under a country's suffix", "www.harbourpost.co.uk", []string{"harbourpost"}, "harbourpost.co.uk"},
		{"a subdomain's name", "hosted.newswire.example", []string{"Hosted"}, "hosted.newswire.example"},
		{"tagline cut", "autoraces.example", []string{"Autoraces | F1 | Rally | Karting"}, "Autoraces"},
		{"name with the domain after a bar", "www.valepost.example", []string{"The Vale Post | ValePost.example"}, "The Vale Post"},
		{"capitalised one-word name is a name", "www.wirenorth.example", []string{"Wirenorth"}, "Wirenorth"},
		{"address as site name", "www.oxley.example", []string{"https://www.oxley.example/", ""}, "oxley.example"},
		{"nothing but the host", "oxley.example", []string{"", ""}, "oxley.example"},
		{"unrelated name kept when nothing names the site", "blog.example", []string{"Kettle Island Notes"}, "Kettle Island Notes"},
		{"site name longer than a short domain", "www.rt.example", []string{"RT International", "RT"}, "RT International"},
		{"site name starting with the domain", "news.sky.example", []string{"Sky News", "Sky"}, "Sky News"},
		{"a brand on a subdomain", "kickofftalk.sportsnet.example", []string{"KickoffTalk"}, "KickoffTalk"},
		{"short section name does not match by chance", "www.usbeacon.example", []string{"US", "The US Beacon"}, "The US Beacon"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := outletName(tc.host, tc.cands...); got != tc.want {
				t.Errorf("outletName(%q, %q) = %q, want %q", tc.host, tc.cands, got, tc.want)
			}
		})
	}
}

func TestAcronymOutlet(t *testing.T) {
	tests := []struct{ host, handle, want string }{
		{"hosted.nw.example", "@nw", "NW"},
		{"hosted.nw.example", "@NW", "NW"},
		{"dailyvale.example", "@dailyvale", "dailyvale.example"}, // not initials
		{"hosted.nw.example", "@other", "hosted.nw.example"},
		{"hosted.nw.example", "", "hosted.nw.example"},
	}
	for _, tc := range tests {
		if got := acronymOutlet(tc.host, tc.handle); got != tc.want {
			t.Errorf("acronymOutlet(%q, %q) = %q, want %q", tc.host, tc.handle, got, tc.want)
		}
	}
}
