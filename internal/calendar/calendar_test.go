package calendar

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

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
		{"ru", "каждую", "среду", "Wednesday", false},
		{"ru", "по", "средам", "Wednesday", false},
		{"ru", "", "средам", "", false},
		{"uk", "по", "середах", "Wednesday", false},
		{"uk", "по", "неділях", "Sunday", false},
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

func TestAt(t *testing.T) {
	text := "министр окружающей среды прилетел в среду"
	var toks []news.Token
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], ' ')
		if end < 0 {
			end = len(text) - off
		}
		toks = append(toks, news.Token{Start: off, End: off + end})
		off += end + 1
	}
	// tokens: министр окружающей среды прилетел в среду
	bad := append(slices.Clone(toks), news.Token{Start: len(text) + 5, End: len(text) + 9})
	tests := []struct {
		name string
		toks []news.Token
		k    int
		want string
	}{
		{"environment, not Wednesday", toks, 2, ""},
		{"Wednesday after a preposition", toks, 5, "Wednesday"},
		{"a token outside the text", bad, 6, ""},
		{"no such token", toks, -1, ""},
		{"past the end", toks, len(toks), ""},
	}
	for _, tc := range tests {
		n, ok := At("ru", text, tc.toks, tc.k)
		got := ""
		if ok {
			got = n.English
		}
		if got != tc.want {
			t.Errorf("%s: At(token %d) = %q, want %q", tc.name, tc.k, got, tc.want)
		}
	}
}
