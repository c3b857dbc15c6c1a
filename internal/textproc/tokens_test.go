package textproc

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"lavrov", "lavrov"},
		{"Lavrov", "lavrov"},
		{"Zelenskyy’s", "zelenskyy's"},
		{"Ménard", "menard"},
		{"São Paulo", "sao paulo"},
		{"Łukasz Strauß", "lukasz strauss"},
		{"Ｆｕｌｌｗｉｄｔｈ", "fullwidth"},
		{"Сергей Лавров", "сергеи лавров"},
		{"İstanbul", "istanbul"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

type tok struct {
	Word, Norm, Stem string
	Stop             bool
}

func simplify(text string, toks []news.Token) []tok {
	var out []tok
	for _, t := range toks {
		out = append(out, tok{text[t.Start:t.End], t.Norm, t.Stem, t.Stop})
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []tok
	}{
		{"english", "en", "The Dockworkers’ strikes, Valdmere’s in 2031!", []tok{
			{"The", "the", "the", true},
			{"Dockworkers", "dockworkers", "dockwork", false},
			{"strikes", "strikes", "strike", false},
			{"Valdmere’s", "valdmere's", "valdmer", false},
			{"in", "in", "in", true},
			{"2031", "2031", "2031", false},
		}},
		{"numbers with separators", "en", "$2.4 million, 1,000 ships", []tok{
			{"2.4", "2.4", "2.4", false},
			{"million", "million", "million", false},
			{"1,000", "1,000", "1,000", false},
			{"ships", "ships", "ship", false},
		}},
		{"spanish accents", "es", "Las canciones del festival", []tok{
			{"Las", "las", "las", true},
			{"canciones", "canciones", "cancion", false},
			{"del", "del", "del", true},
			{"festival", "festival", "festival", false},
		}},
		{"russian", "ru", "Министр встретился с чиновниками", []tok{
			{"Министр", "министр", "министр", false},
			{"встретился", "встретился", "встрет", false},
			{"с", "с", "с", true},
			{"чиновниками", "чиновниками", "чиновник", false},
		}},
		{"unknown language keeps norm", "", "Ships Waiting", []tok{
			{"Ships", "ships", "ships", false},
			{"Waiting", "waiting", "waiting", false},
		}},
		{"punctuation and emoji are not tokens", "en", "— , ! 👍 ...", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := simplify(tc.text, Tokenize(tc.text, tc.lang))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Tokenize(%q, %q) mismatch (-want +got):\n%s", tc.text, tc.lang, diff)
			}
		})
	}
}

func TestTokenizeStemsMatchAcrossAccents(t *testing.T) {
	a := Tokenize("Déclaration", "fr")
	b := Tokenize("declarations", "fr")
	if len(a) != 1 || len(b) != 1 || a[0].Stem != b[0].Stem {
		t.Errorf("Tokenize stems of Déclaration and declarations = %+v, %+v, want equal", a, b)
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The dockworkers at the port walked off the job on Tuesday and ships are waiting offshore.", "en"},
		{"spanish", "Los vecinos se quejaron del ruido durante la noche del sábado, aunque no hubo incidentes graves.", "es"},
		{"italian", "I lavoratori del porto hanno scioperato martedì e le navi aspettano al largo della costa.", "it"},
		{"french", "Les dockers du port ont cessé le travail mardi et les navires attendent au large des côtes.", "fr"},
		{"german", "Die Hafenarbeiter haben am Dienstag die Arbeit niedergelegt und die Schiffe warten vor der Küste.", "de"},
		{"portuguese", "Os estivadores do porto pararam de trabalhar na terça-feira e os navios esperam ao largo da costa.", "pt"},
		{"russian", "Портовые рабочие прекратили работу во вторник, и корабли ждут у берега уже несколько дней.", "ru"},
		{"ukrainian", "Портові робітники припинили роботу у вівторок, і кораблі чекають біля берега вже кілька днів.", "uk"},
		{"greek", "Οι λιμενεργάτες σταμάτησαν τη δουλειά την Τρίτη και τα πλοία περιμένουν στα ανοιχτά.", "el"},
		{"too short", "Hello there", ""},
		{"empty", "", ""},
		{"digits only", "2031 2032 2033 2034 2035 2036 2037 2038", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DetectLanguage(tc.text); got != tc.want {
				t.Errorf("DetectLanguage(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestNormalizeLanguage(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "pt_BR": "pt", "EN": "en", " fr ": "fr", "": ""} {
		if got := NormalizeLanguage(in); got != want {
			t.Errorf("NormalizeLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestContentID(t *testing.T) {
	base := &news.Article{URL: "https://a.example/1", Title: "Port strike ends", Text: "The dockworkers returned.\n\nShips moved again."}
	same := &news.Article{URL: "https://b.example/x", Title: "PORT  STRIKE ENDS", Text: "The dockworkers   returned.\nShips moved again.\u00a0"}
	other := &news.Article{Title: "Port strike ends", Text: "The dockworkers did not return."}
	id := ContentID(base)
	if len(id) != 16 {
		t.Errorf("ContentID(%+v) = %q, want 16 hex digits", base, id)
	}
	if got := ContentID(same); got != id {
		t.Errorf("ContentID(same content, other URL) = %q, want %q", got, id)
	}
	if got := ContentID(other); got == id {
		t.Errorf("ContentID(other content) = %q, want different from %q", got, id)
	}
}
