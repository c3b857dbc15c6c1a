package brief

import (
	"strings"
	"testing"
	"time"
)

func TestDateMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // Text=label
	}{
		{"full date", "The vote was held on July 6, 2023 in Pellby.", []string{"July 6, 2023=6 July 2023"}},
		{"day first", "It opened on 14 March 2021.", []string{"14 March 2021=14 March 2021"}},
		{"iso", "Filed 2024-02-29 at noon.", []string{"2024-02-29=29 February 2024"}},
		{"month and day", "On June 24, the convoy turned back.", []string{"June 24=24 June"}},
		{"month alone", "The talks began in April and ended in September.", []string{"April=April", "September=September"}},
		{"weekday and season", "The mayor said on Thursday that work resumes in the autumn.", []string{"Thursday=Thursday", "autumn=autumn"}},
		{"may the verb", "Ferries may run late.", nil},
		{"may with a day", "Ferries ran late on May 3.", []string{"May 3=3 May"}},
		{"no dates", "Nothing happened here at all.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range dateMentions(tc.text) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("dateMentions(%q): %q not at [%d,%d)", tc.text, m.Text, m.Start, m.End)
				}
				got = append(got, m.Text+"="+m.label())
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("dateMentions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestDateMentionResolve(t *testing.T) {
	pub := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text, want string
		placed           bool
	}{
		{"weekday before publication", "on Tuesday", "Tuesday 3 March 2026", true},
		{"same weekday", "on Thursday", "Thursday 5 March 2026", true},
		{"month of this year", "in February", "February 2026", true},
		{"later month is last year", "in November", "November 2025", true},
		{"explicit year wins", "on 2 June 2019", "2 June 2019", true},
		{"season cannot be placed", "in the winter", "winter", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := dateMentions(tc.text)
			if len(ms) != 1 {
				t.Fatalf("dateMentions(%q) = %+v, want one mention", tc.text, ms)
			}
			_, label, placed := ms[0].resolve(pub)
			if label != tc.want || placed != tc.placed {
				t.Errorf("resolve(%q) = %q/%v, want %q/%v", tc.text, label, placed, tc.want, tc.placed)
			}
		})
	}
	if _, _, placed := dateMentions("on Monday")[0].resolve(time.Time{}); placed {
		t.Errorf("resolve(Monday) without a publication date was placed, want unplaced")
	}
}

func FuzzDateMentions(f *testing.F) {
	for _, s := range []string{"July 6, 2023", "6 July", "2024-13-45", "on Thursday in the autumn", "May 99, 0000", "\xffJune 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := -1
		for _, m := range dateMentions(text) {
			if m.Start < last || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("dateMentions(%q): bad mention %+v", text, m)
			}
			last = m.End
			m.resolve(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		}
	})
}
