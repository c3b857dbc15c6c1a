package brief

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
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
		{"month range", "Work is banned between February and April, when cod spawn.", []string{"February and April=February to April"}},
		{"month range with a dash", "The road is shut from June–August.", []string{"June–August=June to August"}},
		{"habitual month", "Nobody came out with us in February when the cod come in.", []string{"February=February"}},
		{"two months, no range", "Talks began in April and resumed in June.", []string{"April=April", "June=June"}},
		{"range with a year stays two dates", "Prices rose between March 2024 and May 2025.", []string{"March 2024=March 2024", "May 2025=May 2025"}},
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
	for _, s := range []string{"July 6, 2023", "6 July", "2024-13-45", "on Thursday in the autumn", "May 99, 0000", "\xffJune 3", "next Friday and last Monday", "Next Sunday"} {
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

// TestResolveNearestPublication pins the rule for dates without a year:
// weekdays and months resolve to the occurrence nearest publication, on
// either side, unless "next" or "last" says which side.
func TestResolveNearestPublication(t *testing.T) {
	tue := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC) // Tuesday 10 March 2026
	thu := time.Date(2026, 4, 23, 12, 20, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		pub        time.Time
		want       string
	}{
		{"by Friday is three days ahead", "documents due by Friday", tue, "Friday 13 March 2026"},
		{"Thursday is two days ahead", "more rain arrives on Thursday", tue, "Thursday 12 March 2026"},
		{"Wednesday is the next day", "the minister visits on Wednesday", tue, "Wednesday 11 March 2026"},
		{"Monday is the day before", "on Monday evening", tue, "Monday 9 March 2026"},
		{"Sunday is two days back", "on Sunday the rain began", tue, "Sunday 8 March 2026"},
		{"Saturday is three days back", "on Saturday", tue, "Saturday 7 March 2026"},
		{"same weekday is publication day", "early on Tuesday", tue, "Tuesday 10 March 2026"},
		{"next weekday is after publication", "a meeting next Tuesday", tue, "Tuesday 17 March 2026"},
		{"next Wednesday", "next Wednesday", tue, "Wednesday 11 March 2026"},
		{"last weekday is before publication", "last Tuesday", tue, "Tuesday 3 March 2026"},
		{"last Friday", "talks broke down last Friday", tue, "Friday 6 March 2026"},
		{"publication time does not matter", "on Friday", thu, "Friday 24 April 2026"},
		{"month ahead", "the second reading is planned for April", tue, "April 2026"},
		{"month and day ahead", "the fire ban starts on 1 May", thu, "1 May 2026"},
		{"month behind", "inspected in October", tue, "October 2025"},
		{"month five ahead", "run until 30 September", thu, "30 September 2026"},
		{"six months is behind", "in October", thu, "October 2025"},
		{"month early next year", "from February", time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), "February 2027"},
		{"written year is kept", "on 2 June 2019", tue, "2 June 2019"},
		{"written ISO date is kept", "filed 2026-03-06", tue, "6 March 2026"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := dateMentions(tc.text)
			if len(ms) != 1 {
				t.Fatalf("dateMentions(%q) = %+v, want one mention", tc.text, ms)
			}
			if _, label, placed := ms[0].resolve(tc.pub); label != tc.want || !placed {
				t.Errorf("resolve(%q, %s) = %q/%v, want %q/true", tc.text, tc.pub.Format("Mon 2 Jan 2006"), label, placed, tc.want)
			}
		})
	}
}

func TestWeekdayOffset(t *testing.T) {
	for pub := time.Sunday; pub <= time.Saturday; pub++ {
		for w := time.Sunday; w <= time.Saturday; w++ {
			for _, rel := range []int{-1, 0, 1} {
				got := weekdayOffset(pub, w, rel)
				lo, hi := -3, 3
				if rel < 0 {
					lo, hi = -7, -1
				} else if rel > 0 {
					lo, hi = 1, 7
				}
				if got < lo || got > hi || time.Weekday((int(pub)+got+7)%7) != w {
					t.Errorf("weekdayOffset(%v, %v, %d) = %d, want a %v within [%d, %d]", pub, w, rel, got, w, lo, hi)
				}
			}
		}
	}
}

func TestResolveRecurring(t *testing.T) {
	pub := time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		placed     bool
	}{
		{"every month", "The boats go out every February.", false},
		{"each month", "Prices are reviewed each April.", false},
		{"month when a habit", "Nobody came out with us in February when the cod come in.", false},
		{"plain month", "The ferry returned in February.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := dateMentions(tc.text)
			if len(ms) != 1 {
				t.Fatalf("dateMentions(%q) = %+v, want one mention", tc.text, ms)
			}
			if _, label, placed := ms[0].resolve(pub); placed != tc.placed {
				t.Errorf("resolve(%q) = %q placed %v, want placed %v", tc.text, label, placed, tc.placed)
			}
		})
	}
}

// TestArticleDateMentions reads dates in the article's own language, with
// the real tokens: day numbers before months, years after them, weekdays,
// and no Wednesday in Russian "environment" (окружающей среды).
func TestArticleDateMentions(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string // Text=label
	}{
		{"Russian", "ru", "Плотину прорвало во вторник, 10 марта 2026 года; министр окружающей среды прилетел в среду.",
			[]string{"вторник=Tuesday", "10 марта 2026=10 March 2026", "среду=Wednesday"}},
		{"French", "fr", "Le barrage a cédé mardi 10 mars, selon la préfecture.", []string{"mardi=Tuesday", "10 mars=10 March"}},
		{"English goes by the English patterns", "en", "The dam gave way on Tuesday, March 10.", []string{"Tuesday=Tuesday", "March 10=10 March"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{Text: tc.text, Language: tc.lang}
			textproc.Analyze(a)
			a.Language = tc.lang
			var got []string
			for _, m := range articleDateMentions(a) {
				got = append(got, m.Text+"="+m.label())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("articleDateMentions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
