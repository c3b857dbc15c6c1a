package claim

import (
	"fmt"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/align"
)

func TestDigitNumbers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain and with a comma", "About 2,300 people left, and 14 died.", []string{"2300", "14"}},
		{"thousands after a space", "Около 18 000 жителей и 31 человек.", []string{"18000", "31"}},
		{"thousands after a no-break space", "Environ 18\u00a0000 habitants.", []string{"18000"}},
		{"a year then a count stay apart", "In 1998 there were 120 passengers.", []string{"1998", "120"}},
		{"two numbers in a row, not a group", "Rooms 12 1234 were closed.", []string{"12", "1234"}},
		{"Arabic-Indic digits", "غمرت المياه ٢٣٠٠ منزل", []string{"2300"}},
		{"no digits", "Nobody was hurt.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(art("a", tc.text))
			v := newView(d, Ref{Article: "a", Start: 0, End: len(tc.text)})
			var got []string
			for _, n := range digitNumbers(v) {
				got = append(got, n.key)
				if tc.text[n.start:n.end] != n.text {
					t.Errorf("digitNumbers(%q): %q at [%d,%d)", tc.text, n.text, n.start, n.end)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("digitNumbers(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestCalendarNames(t *testing.T) {
	tests := []struct {
		name, lang, text   string
		wantDays, wantMons []string
	}{
		{"English", "en", "The ferry ran aground on Tuesday, as it may in May.", []string{"Tuesday"}, []string{"May"}},
		{"Russian cases", "ru", "Во вторник, 10 марта, паром сел на мель; в среду его сняли.", []string{"Tuesday", "Wednesday"}, []string{"March"}},
		{"Russian words that only start like a date", "ru", "Среди средств маяк и июньский.", nil, nil},
		{"Ukrainian", "uk", "У середу, 11 березня, пором зняли з мілини.", []string{"Wednesday"}, []string{"March"}},
		{"French", "fr", "Le ferry s'est échoué mardi 10 février.", []string{"Tuesday"}, []string{"February"}},
		{"German", "de", "Die Fähre lief am Dienstag, dem 10. März, auf Grund.", []string{"Tuesday"}, []string{"March"}},
		{"no table", "hi", "मंगलवार", nil, nil},
	}
	names := func(xs []calendarAt) []string {
		var out []string
		for _, x := range xs {
			out = append(out, x.name)
		}
		return out
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := art("a", tc.text)
			a.Language = tc.lang
			d := newDoc(a)
			v := newView(d, Ref{Article: "a", Start: 0, End: len(tc.text)})
			days, months := calendarNames(v)
			if got := names(days); !slices.Equal(got, tc.wantDays) {
				t.Errorf("calendarNames(%q) days = %v, want %v", tc.text, got, tc.wantDays)
			}
			if got := names(months); !slices.Equal(got, tc.wantMons) {
				t.Errorf("calendarNames(%q) months = %v, want %v", tc.text, got, tc.wantMons)
			}
		})
	}
}

func TestTranslates(t *testing.T) {
	pairs := func(as ...int) []align.Pair {
		var out []align.Pair
		for _, a := range as {
			out = append(out, align.Pair{A: a, B: a})
		}
		return out
	}
	tests := []struct {
		name  string
		pairs []align.Pair
		n     int
		cover float64
		want  bool
	}{
		{"full translation", pairs(0, 1, 2, 3), 4, 1, true},
		{"abridged: its own sentences all aligned", pairs(0, 1, 2, 3), 4, 0.33, true},
		{"unrelated: a few sentences paired on numbers", pairs(1, 5), 27, 0.17, false},
		{"another report of the topic", pairs(0, 2, 4), 7, 0.53, false},
		{"no sentences", nil, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := translates(tt.pairs, tt.n, tt.cover); got != tt.want {
				t.Errorf("translates = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSameFigure: numbers of translations are one figure when only the
// multiplier's spelling or the decimal mark differs.
func TestSameFigure(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"350", "350000000", true}, // "350 million" against the figure in full
		{"60.5", "60500000", true}, // "60,5 milionů" against the figure in full
		{"100", "100000", true},    // "100 tisíc"
		{"395000", "395000", true}, // "395 000" read as one number
		{"2004", "2006", false},    // a changed year
		{"43", "33", false},        // a changed count
		{"12", "13", false},
		{"0.5", "5", true}, // the same digits: accepted, as "0,5 million" is "500 000"
	}
	for _, tt := range tests {
		if got := sameFigure(tt.a, tt.b); got != tt.want {
			t.Errorf("sameFigure(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestComparableFigures: the one number each translation lacks is read as a
// changed figure only when both are plain figures of one kind.
func TestComparableFigures(t *testing.T) {
	tests := []struct {
		a, b string // statements whose only number is compared
		want bool
	}{
		{"The quake killed 43 people.", "Le séisme a tué 33 personnes.", true},
		{"It struck in 2004.", "Il a frappé en 2006.", true},
		{"It struck at 6h30.", "It struck at 6.", false},
		{"It lasted 51'03.", "It lasted 51 minutes.", false},
		{"It lasted 37s.", "It lasted 23 seconds.", false},
		{"It landed at 12:00.", "It landed after 13 days.", false},
		{"On 31/12 the fund had 8 million.", "The fund had 12 million.", false},
		{"It happened in 1988.", "It happened 52 years ago.", false},
		{"Room 07 was shut.", "Room 7 was shut.", false},
	}
	for _, tt := range tests {
		va := newView(newDoc(art("a", tt.a)), Ref{Article: "a", Start: 0, End: len(tt.a)})
		vb := newView(newDoc(art("b", tt.b)), Ref{Article: "b", Start: 0, End: len(tt.b)})
		na, nb := digitNumbers(va), digitNumbers(vb)
		if len(na) == 0 || len(nb) == 0 {
			t.Fatalf("no number in %q or %q", tt.a, tt.b)
		}
		x, y := na[0], nb[0] // "31/12 … 8 million": the date's number first
		if got := comparableFigures(va, x, vb, y); got != tt.want {
			t.Errorf("comparableFigures(%q in %q, %q in %q) = %v, want %v", x.text, tt.a, y.text, tt.b, got, tt.want)
		}
	}
}

func TestClockTimes(t *testing.T) {
	tests := []struct {
		text string
		want []string // each time as its text and minutes (and the other reading)
	}{
		{"The ferry left Tarnholm at 7:20 that morning.", []string{"7:20=440/1160"}},
		{"vu à 6h30 et à 15h30", []string{"6h30=390/1110", "15h30=930"}},
		{"between 8.26am at the quay and 9.47am", []string{"8.26am=506", "9.47am=587"}},
		{"landed at 12pm local time", []string{"12pm=720"}},
		{"left at 12 a.m. and at 1:40 p.m.", []string{"12 a.m.=0", "1:40 p.m.=820"}},
		{"στις 24:00 τοπική ώρα, 8:26 π.μ.", []string{"24:00=0", "8:26 π.μ.=506"}},
		{"at 08:30 and at 00:15", []string{"08:30=510", "00:15=15"}},
		{"at 20:36:08 local time", []string{"20:36:08=1236"}},
		{"بين 10:15 و11:40", []string{"10:15=615/1335", "11:40=700/1420"}},
		// Not times: counts, decimals, dates, scores, durations, ranges.
		{"43 people, 8.26 per cent, on 14.07.2005 and 3/7", nil},
		{"it ran 6h30m; 3 amendments; 25:10; 7:205; 12:75", nil},
		{"I am 12", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range clockTimes(tt.text, 0, len(tt.text)) {
			s := fmt.Sprintf("%s=%d", tt.text[c.start:c.end], c.min)
			if c.alt >= 0 {
				s += fmt.Sprintf("/%d", c.alt)
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("clockTimes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestClockFinding: a translation that changed a time of day diverges;
// one that wrote the same time its own way does not.
func TestClockFinding(t *testing.T) {
	tests := []struct {
		en, fr string
		want   string // "a / b" values, "" for no finding
	}{
		{"The ferry left Tarnholm at 7:20 that morning.", "Le ferry a quitté Tarnholm à 7h30 ce matin-là.", "7:20 / 7h30"},
		{"The minister landed in Osterby at 12pm local time.", "Le ministre a atterri à Osterby à 24:00 heure locale.", "12pm / 24:00"},
		{"The rescuers returned to Kaldbrook at 1:40 p.m.", "Les secouristes sont revenus à Kaldbrook à 13:40.", ""},
		{"The commission published its report at 15:30 today.", "La commission a publié son rapport à 15h30.", ""},
		{"The council meets at 8:10 a.m.", "Le conseil se réunit à 08:10.", ""},
		// Two times each, one changed: the changed one is reported.
		{"The sirens sounded between 8.26am and 9.47am.", "Les sirènes ont retenti entre 8h26 et 9h57.", "9.47am / 9h57"},
		// Two changed: which faces which is unknown.
		{"The sirens sounded between 8.26am and 9.47am.", "Les sirènes ont retenti entre 8h16 et 9h57.", ""},
		// The same time in another zone, in brackets, is no changed time.
		{"The evacuation of Kaldbrook began at eight in the morning.", "L'évacuation de Kaldbrook a commencé à huit heures (06:00 UTC).", ""},
		{"The dam gave way at 11:39 local time (09:39 UTC).", "Le barrage a cédé à 11h30 (09:39 UTC).", "11:39 / 11h30"},
		// Both zones differ: two events, not one time changed.
		{"An aftershock struck at 06:44 local time (04:44 UTC).", "Une réplique a frappé à 06:57 heure locale (04:57 UTC).", ""},
	}
	for _, tt := range tests {
		en, fr := art("a", tt.en), art("b", tt.fr)
		fr.Language = "fr"
		va := newView(newDoc(en), Ref{Article: "a", Start: 0, End: len(tt.en)})
		vb := newView(newDoc(fr), Ref{Article: "b", Start: 0, End: len(tt.fr)})
		f, ok := clockFinding(va, vb)
		got := ""
		if ok {
			got = f.a.value + " / " + f.b.value
			if f.kind != DivDate {
				t.Errorf("%q / %q: kind %s, want %s", tt.en, tt.fr, f.kind, DivDate)
			}
		}
		if got != tt.want {
			t.Errorf("clockFinding(%q, %q) = %q, want %q", tt.en, tt.fr, got, tt.want)
		}
	}
}

// TestValueKeyTimes: one time of day written several ways is one value of
// a divergence, so "6 π.μ." stands out against the rest.
func TestValueKeyTimes(t *testing.T) {
	same := []string{"6h30", "6:30am", "06:30", "6:30 a.m.", "6:30"}
	for _, v := range same[1:] {
		if valueKey(DivDate, v) != valueKey(DivDate, same[0]) {
			t.Errorf("valueKey(%q) = %q, want %q as for %q", v, valueKey(DivDate, v), valueKey(DivDate, same[0]), same[0])
		}
	}
	for _, v := range []string{"6 π.μ.", "18:30", "6:30pm", "Monday"} {
		if valueKey(DivDate, v) == valueKey(DivDate, same[0]) {
			t.Errorf("valueKey(%q) = valueKey(%q) = %q, want them apart", v, same[0], valueKey(DivDate, v))
		}
	}
}

// FuzzClockTimes: any text, valid UTF-8 or not, gives times inside it, in
// order, each a minute of the day, and never panics.
func FuzzClockTimes(f *testing.F) {
	for _, s := range []string{"at 7:20", "8.26am και 9:47 μ.μ.", "و09:47", "24:00", "12:75", "1", "9.", "5 p", "\xff3:30\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, c := range clockTimes(s, 0, len(s)) {
			if c.start < last || c.end <= c.start || c.end > len(s) {
				t.Fatalf("clockTimes(%q): time at %d:%d after %d", s, c.start, c.end, last)
			}
			if c.min < 0 || c.min >= 24*60 || c.alt < -1 || c.alt >= 24*60 {
				t.Fatalf("clockTimes(%q): %q reads as minute %d (or %d)", s, s[c.start:c.end], c.min, c.alt)
			}
			last = c.end
			_ = valueKey(DivDate, s[c.start:c.end])
		}
	})
}
