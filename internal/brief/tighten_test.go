package brief

import (
	"strings"
	"testing"
)

func TestTighten(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"agency dateline", "BRUSSELS, Belgium (AP) - The union voiced concern on Friday.", "The union voiced concern on Friday."},
		{"underscore dateline", "WASHINGTON _ NASA and the agency agreed.", "NASA and the agency agreed."},
		{"multi-word place", "NEW YORK (AP) -- Stocks fell.", "Stocks fell."},
		{"acronym opening is not a dateline", "NATO - the alliance - met.", "NATO - the alliance - met."},
		{"weekdays kept: the brief quotes its sources", "Hun Sen on Friday rejected the demands.", "Hun Sen on Friday rejected the demands."},
		{"plain sentence", "The ferry ran an extra crossing.", "The ferry ran an extra crossing."},
		{"leading but", "But the ruling party refuses to negotiate.", "The ruling party refuses to negotiate."},
		{"leading but before a name", "But U.S. envoy Ada Lind said the talks stalled.", "U.S. envoy Ada Lind said the talks stalled."},
		{"leading however", "However, many residents stayed.", "Many residents stayed."},
		{"connective before a pronoun kept", "But he said the talks stalled.", "But he said the talks stalled."},
		{"butter is not but", "Butter prices rose in Stalby.", "Butter prices rose in Stalby."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tighten(tc.in); got != tc.want {
				t.Errorf("tighten(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzTighten(f *testing.F) {
	for _, s := range []string{"", "WASHINGTON _ ", "A on Monday", " on Friday", "X (AP) - y", "PARIS (AFP) — Le.", "said Sunday's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := tighten(s)
		if len(got) > len(s) {
			t.Errorf("tighten(%q) = %q, longer than its input", s, got)
		}
		if s != "" && strings.TrimSpace(s) != "" && got == "" && !strings.HasPrefix(s, " ") {
			t.Errorf("tighten(%q) = \"\", want some text left", s)
		}
	})
}
