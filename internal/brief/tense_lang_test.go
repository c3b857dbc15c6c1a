package brief

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// tokenMention analyses text as an article in lang and returns it with
// the date mention written as date and its tokens.
func tokenMention(t *testing.T, lang, text, date string) (*news.Article, dateMention, tokenSpan) {
	t.Helper()
	a := &news.Article{Text: text, Language: lang}
	textproc.Process(a)
	a.Language = lang
	for _, m := range articleDateMentions(a) {
		if m.Text != date {
			continue
		}
		sp := tokenSpan{-1, -1}
		for k, tok := range a.Tokens {
			if tok.Start == m.Start {
				sp.first = k
			}
			if tok.End == m.End {
				sp.last = k
			}
		}
		if sp.first < 0 || sp.last < sp.first {
			t.Fatalf("no tokens for mention %q in %q", date, text)
		}
		return a, m, sp
	}
	t.Fatalf("articleDateMentions(%q) has no mention %q", text, date)
	return nil, dateMention{}, tokenSpan{}
}

// The sentences are invented: fictional courts, towns and people.
func TestTokenTense(t *testing.T) {
	tests := []struct {
		name, lang, text, date string
		want                   int
	}{
		// French.
		{"fr passé composé", "fr", "Le tribunal de Lunelle a rendu son jugement en avril.", "avril", -1},
		{"fr auxiliary after negation", "fr", "La mairie de Brévol n'a pas publié le rapport en mars.", "mars", -1},
		{"fr imperfect", "fr", "Le maire Albin Rouzet était à Lunelle en juin.", "juin", -1},
		{"fr être perfect", "fr", "La délégation est arrivée à Brévol mardi.", "mardi", -1},
		{"fr dernier", "fr", "Les habitants de Lunelle ont manifesté lundi dernier.", "lundi", -1},
		{"fr simple future", "fr", "Le tribunal rendra son jugement en février.", "février", 1},
		{"fr aller plus infinitive", "fr", "Le conseil va voter le budget en janvier.", "janvier", 1},
		{"fr prochain", "fr", "Les élus de Brévol se réuniront lundi prochain.", "lundi", 1},
		{"fr prochain wins over past", "fr", "Le maire a annoncé un vote lundi prochain.", "lundi", 1},
		{"fr planned", "fr", "Le référendum est prévu en mars à Lunelle.", "mars", 1},
		{"fr future after the date", "fr", "En mars, le tribunal rendra son jugement.", "mars", 0},
		{"fr future forwards", "fr", "En mars le tribunal rendra son jugement.", "mars", 1},
		{"fr infinitive after de", "fr", "Le maire a accepté de remettre les documents avant vendredi.", "vendredi", 0},
		{"fr noun of the summit", "fr", "Le sommet de décembre a été reporté.", "décembre", 0},
		{"fr present says nothing", "fr", "Le festival de Lunelle a lieu en juillet.", "juillet", 0},
		{"fr comma stops", "fr", "Le maire a démissionné, et en août les habitants choisissent.", "août", 0},
		{"fr present passive", "fr", "Le conseil est convoqué en mars.", "mars", 0},
		{"fr nouns ending like futures", "fr", "Un vrai front froid touche Lunelle en janvier.", "janvier", 0},
		{"fr rendez-vous is no participle", "fr", "Le maire a rendez-vous à Brévol en mars.", "mars", 0},
		{"fr fait is a participle", "fr", "Le maire a fait un discours en mars.", "mars", -1},
		{"fr reported clause", "fr", "Le maire a annoncé que l'usine ferme en mars.", "mars", 0},
		{"fr elided que", "fr", "Le maire a annoncé qu'en mars l'usine ferme.", "mars", 0},
		{"fr dernier before the date", "fr", "Le marché se tient le dernier mardi du mois.", "mardi", 0},
		{"fr conditional is no imperfect", "fr", "Le pays ne prendrait pas part au sommet en janvier.", "janvier", 0},
		{"fr plural prochains", "fr", "La foire a lieu entre juin et août prochains.", "août", 1},
		{"fr unknown words", "fr", "Le marché de Brévol ferme en septembre pour travaux.", "septembre", 0},
		// German.
		{"de perfect with participle at the end", "de", "Das Gericht in Kaltbrunn hat im April entschieden.", "April", -1},
		{"de preterite", "de", "Der Bürgermeister Lenz war im Juni in Kaltbrunn.", "Juni", -1},
		{"de passive preterite", "de", "Die Brücke wurde im März gesperrt.", "März", -1},
		{"de vergangenen", "de", "Die Bauern protestierten am vergangenen Montag.", "Montag", -1},
		{"de future", "de", "Das Gericht wird im Februar entscheiden.", "Februar", 1},
		{"de nächsten", "de", "Der Rat tagt am nächsten Dienstag in Kaltbrunn.", "Dienstag", 1},
		{"de planned", "de", "Die Abstimmung ist für März geplant.", "März", 1},
		{"de noun with article", "de", "Der März war in Kaltbrunn sehr nass.", "März", 0},
		{"de separable participle", "de", "Die Ministerin Brandt hat am Freitag ihren Rücktritt angekündigt.", "Freitag", -1},
		{"de participle before worden", "de", "Die Brücke ist im Mai gebaut worden.", "Mai", -1},
		{"de obligation with zu", "de", "Der Rat hat bis Freitag zu entscheiden.", "Freitag", 0},
		{"de adjective after haben", "de", "Die Stadt hat im März einen besonderen Feiertag.", "März", 0},
		{"de inseparable participle", "de", "Der Rat hat am Montag den Plan beschlossen.", "Montag", -1},
		{"de state after ist", "de", "Im März ist das Angeln im See verboten.", "März", 0},
		{"de present says nothing", "de", "Der Markt in Kaltbrunn öffnet im Mai.", "Mai", 0},
		{"de comma stops", "de", "Der Rat hat getagt, im Mai öffnet der Markt.", "Mai", 0},
		// Spanish.
		{"es perfect", "es", "El tribunal de Valdora ha dictado sentencia en abril.", "abril", -1},
		{"es preterite", "es", "La jueza Marta Olano votó en marzo contra el plan.", "marzo", -1},
		{"es preterite plural", "es", "Los vecinos de Valdora protestaron el lunes ante la alcaldía.", "lunes", -1},
		{"es pasado", "es", "Los vecinos se reunieron el lunes pasado.", "lunes", -1},
		{"es el pasado before the date", "es", "La presa de Valdora cedió el pasado 10 de marzo.", "10 de marzo", -1},
		{"es future", "es", "El tribunal dictará sentencia en febrero.", "febrero", 1},
		{"es ir a", "es", "El consejo va a votar el presupuesto en enero.", "enero", 1},
		{"es próximo", "es", "El pleno se reúne el próximo jueves en Valdora.", "jueves", 1},
		{"es unknown", "es", "El mercado de Valdora abre en mayo.", "mayo", 0},
		{"es noun of the summit", "es", "La cumbre de diciembre tiene nueva sede.", "diciembre", 0},
		{"es comma stops", "es", "El alcalde dimitió, en agosto abre el mercado.", "agosto", 0},
		// Italian.
		{"it passato prossimo", "it", "Il tribunale di Borgoleno ha emesso la sentenza ad aprile.", "aprile", -1},
		{"it essere perfect", "it", "Il ponte di Borgoleno è crollato a marzo.", "marzo", -1},
		{"it imperfect", "it", "Il sindaco Tosetti era a Borgoleno in giugno.", "giugno", -1},
		{"it scorso", "it", "Il consiglio si è riunito lunedì scorso.", "lunedì", -1},
		{"it future", "it", "Il tribunale deciderà a febbraio.", "febbraio", 1},
		{"it future plural", "it", "I consiglieri voteranno il bilancio a gennaio.", "gennaio", 1},
		{"it prossimo", "it", "Il consiglio si riunisce il prossimo martedì.", "martedì", 1},
		{"it present passive", "it", "Il consiglio è convocato a marzo.", "marzo", 0},
		{"it però is no past", "it", "Il mercato però apre a maggio.", "maggio", 0},
		{"it unknown", "it", "Il mercato di Borgoleno apre a maggio.", "maggio", 0},
		// Portuguese.
		{"pt preterite", "pt", "O tribunal de Vilamar decidiu em abril contra a obra.", "abril", -1},
		{"pt preterite -ou", "pt", "A juíza Helena Prates votou em março contra o plano.", "março", -1},
		{"pt foi", "pt", "A ponte de Vilamar foi fechada em junho.", "junho", -1},
		{"pt passada after segunda-feira", "pt", "Os moradores protestaram na segunda-feira passada.", "segunda", -1},
		{"pt future", "pt", "O tribunal decidirá em fevereiro.", "fevereiro", 1},
		{"pt ir plus infinitive", "pt", "O conselho vai votar o orçamento em janeiro.", "janeiro", 1},
		{"pt próxima", "pt", "A câmara reúne-se na próxima quinta-feira.", "quinta", 1},
		{"pt preterite -eu", "pt", "O acidente ocorreu em março perto de Vilamar.", "março", -1},
		{"pt unknown", "pt", "O mercado de Vilamar abre em maio.", "maio", 0},
		{"pt comma stops", "pt", "O prefeito renunciou, em agosto abre o mercado.", "agosto", 0},
		// Russian.
		{"ru past verb", "ru", "Суд Заречного вынес решение в апреле.", "апреле", -1},
		{"ru impersonal past", "ru", "Плотину в Заречном прорвало в марте.", "марте", -1},
		{"ru был", "ru", "Мэр Заречного Сомов был в Москве в июне.", "июне", -1},
		{"ru прошлый", "ru", "Жители Заречного собрались в прошлый вторник.", "вторник", -1},
		{"ru будет", "ru", "Суд будет рассматривать дело в феврале.", "феврале", 1},
		{"ru следующий", "ru", "Совет соберется в следующий четверг.", "четверг", 1},
		{"ru planned", "ru", "Голосование запланировано на март.", "март", 1},
		{"ru was planned", "ru", "Голосование было запланировано на март.", "март", -1},
		{"ru noun in -ло is no verb", "ru", "Начало работ в Заречном намечают в мае.", "мае", 0},
		{"ru nouns in -ли are no verbs", "ru", "Цели и модели недели обсуждают в мае.", "мае", 0},
		{"ru reflexive past", "ru", "Встреча в Заречном состоялась в понедельник.", "понедельник", -1},
		{"ru reported clause", "ru", "Мэр заявил, что рынок откроется в мае.", "мае", 0},
		{"ru unknown", "ru", "Рынок в Заречном открывается в мае.", "мае", 0},
		{"ru infinitive after a past verb", "ru", "Компания Заречного согласилась передать все документы до пятницы.", "пятницы", 0},
		{"ru comma stops", "ru", "Мэр ушел в отставку, в августе открывается рынок.", "августе", 0},
		// Other languages are not read.
		{"ukrainian is not read", "uk", "Суд у Заріччі ухвалив рішення у квітні.", "квітні", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _, sp := tokenMention(t, tc.lang, tc.text, tc.date)
			if got := tokenTense(a, sp); got != tc.want {
				t.Errorf("tokenTense(%q, %q) = %d, want %d", tc.text, tc.date, got, tc.want)
			}
		})
	}
}

// TestTokenTensePlacement shows what the tense does to a month without a
// year in an article published on 20 November 2019: a past clause keeps
// April in 2019, a future one takes February to 2020. The mentions are
// articleDateMentions', which must carry the tense themselves.
func TestTokenTensePlacement(t *testing.T) {
	pub := time.Date(2019, time.November, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, lang, text, date, want string
	}{
		{"fr past", "fr", "Le tribunal a rendu son jugement en avril.", "avril", "April 2019"},
		{"fr future", "fr", "Le tribunal rendra son jugement en février.", "février", "February 2020"},
		{"de future", "de", "Das Gericht wird im Februar entscheiden.", "Februar", "February 2020"},
		{"es past", "es", "El tribunal dictó sentencia en abril.", "abril", "April 2019"},
		{"it future", "it", "Il tribunale deciderà a febbraio.", "febbraio", "February 2020"},
		{"pt past", "pt", "O tribunal decidiu em abril.", "abril", "April 2019"},
		{"ru future", "ru", "Суд будет рассматривать дело в феврале.", "феврале", "February 2020"},
		{"ru past weekday", "ru", "Жители собрались в прошлый четверг.", "четверг", "Thursday 14 November 2019"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, m, sp := tokenMention(t, tc.lang, tc.text, tc.date)
			if want := tokenTense(a, sp); m.Tense != want || want == 0 {
				t.Fatalf("articleDateMentions(%q) gives Tense %d, want tokenTense's %d (not 0)", tc.text, m.Tense, want)
			}
			_, got, ok := m.resolve(pub)
			if !ok || got != tc.want {
				t.Errorf("resolve(%q) with Tense %d = %q, %v, want %q", tc.text, m.Tense, got, ok, tc.want)
			}
		})
	}
}

// TestTokenTenseBadSpan checks that spans outside the tokens give 0 and
// do not panic.
func TestTokenTenseBadSpan(t *testing.T) {
	a := &news.Article{Text: "Le tribunal a rendu son jugement en avril.", Language: "fr"}
	textproc.Process(a)
	a.Language = "fr"
	for _, sp := range []tokenSpan{{-1, 0}, {3, 2}, {0, len(a.Tokens)}} {
		if got := tokenTense(a, sp); got != 0 {
			t.Errorf("tokenTense(%v) = %d, want 0", sp, got)
		}
	}
	if got := tenseWord("N’a"); !strings.EqualFold(got, "a") {
		t.Errorf("tenseWord(N’a) = %q, want a", got)
	}
}
