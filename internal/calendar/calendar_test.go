package calendar

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		lang, prev, word string
		want             string // English name, "" for none
		month            bool
	}{
		{"en", "", "Tuesday", "Tuesday", false},
		{"en", "", "May", "May", true},
		{"en", "", "may", "", false}, // the verb
		{"fr", "", "février", "February", true},
		{"fr", "", "Mardi", "Tuesday", false},
		{"it", "", "lunedì", "Monday", false},
		{"pt", "", "terça", "Tuesday", false},
		{"de", "", "März", "March", true},
		{"ru", "", "вторник", "Tuesday", false},
		{"ru", "", "вторника", "Tuesday", false},
		{"ru", "в", "среду", "Wednesday", false},
		{"ru", "до", "среды", "Wednesday", false},
		{"ru", "окружающей", "среды", "", false}, // "of the environment"
		{"ru", "окружающую", "среду", "", false},
		{"ru", "", "среди", "", false}, // "among"
		{"ru", "", "марта", "March", true},
		{"ru", "", "маяк", "", false}, // "lighthouse"
		{"ru", "", "Октябре", "October", true},
		{"uk", "", "жовтня", "October", true},
		{"uk", "", "жовтий", "", false}, // "yellow"
		{"uk", "", "п'ятницю", "Friday", false},
		{"hi", "", "मंगलवार", "", false}, // no table
		{"en", "", "", "", false},
	}
	for _, tc := range tests {
		n, ok := Of(tc.lang, tc.prev, tc.word)
		if got := map[bool]string{true: n.English, false: ""}[ok]; got != tc.want || ok && n.Month != tc.month {
			t.Errorf("Of(%q, %q, %q) = %+v, %v; want %q (month %v)", tc.lang, tc.prev, tc.word, n, ok, tc.want, tc.month)
		}
	}
}
