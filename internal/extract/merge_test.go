package extract

import (
	"strings"
	"testing"
)

func TestPreferWider(t *testing.T) {
	p1 := "The ferry link between Marlow harbour and Kettle Island reopened on Saturday after three weeks of repairs to the pier."
	p2 := "Engineers from the county council worked through the night to replace the damaged gangway and the lighting on the quay."
	p3 := "Islanders had relied on a fishing boat chartered by the parish to bring in post, medicine and fresh bread twice a week."
	p4 := "The operator said timetables would return to normal on Monday, with an extra sailing on Fridays until the end of the month."
	short := "Share on Facebook"
	tests := []struct {
		name         string
		narrow, wide string
		want         bool
	}{
		{"second half of a split body", join(p1, p2), join(p1, p2, p3, p4), true},
		{"same text", join(p1, p2), join(p1, p2), false},
		{"little added", join(p1, p2, p3), join(p1, p2, p3, p4), false},
		{"different block", join(p1, p2), join(p3, p4, p3+" Again.", p4+" Again."), false},
		{"repeated share bars mark a listing", join(p1, p2), join(p1, short, p2, short, p3, short, p4), false},
		{"nothing found", join(p1), "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := preferWider(tc.narrow, tc.wide); got != tc.want {
				t.Errorf("preferWider(%q, %q) = %v, want %v", tc.narrow, tc.wide, got, tc.want)
			}
		})
	}
}

func join(lines ...string) string { return strings.Join(lines, "\n") }

// TestExtractSplitBody checks the second opinion on a page whose story is
// cut into three blocks with the same class, separated by ad rows:
// trafilatura alone keeps only the first block.
func TestExtractSplitBody(t *testing.T) {
	page := readFixture(t, "split.html")
	first := "The lighthouse on Gannet Point went dark on Tuesday night"
	later := []string{"A temporary light mounted on a trailer", "The old lamp is due to shine again on Saturday week"}
	alone := defaultSettings
	alone.readability = false
	tests := []struct {
		name      string
		s         settings
		wantLater bool
	}{
		{"with readability", defaultSettings, true},
		{"trafilatura alone", alone, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := extractWith(page, "", tc.s)
			if err != nil {
				t.Fatalf("extractWith(split.html) error = %v", err)
			}
			if !strings.Contains(r.Text, first) {
				t.Errorf("extractWith(split.html) lost the first block:\n%s", r.Text)
			}
			for _, l := range later {
				if got := strings.Contains(r.Text, l); got != tc.wantLater {
					t.Errorf("extractWith(split.html) has %q = %v, want %v", l, got, tc.wantLater)
				}
			}
			for _, junk := range []string{"Advertisement", "Ferry fares rise again", "Storm puts Gannet Point"} {
				if strings.Contains(r.Text, junk) {
					t.Errorf("extractWith(split.html) kept %q:\n%s", junk, r.Text)
				}
			}
		})
	}
}
