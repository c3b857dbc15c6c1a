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
		{"month last year", "Talks broke down in March last year.", []string{"March=March last year"}},
		{"last month name", "The dam was inspected last March and again on 4 June of next year.", []string{"March=last March", "4 June=4 June next year"}},
		{"last May is the month", "The ferry sank last May.", []string{"May=last May"}},
		{"this month name", "It reopens this June.", []string{"June=June this year"}},
		{"this year", "Work resumes in April this year.", []string{"April=April this year"}},
		{"last year's is a year too", "Sales in March last year's way.", []string{"March=March last year"}},
		{"a comma ends it", "The vote fell in March, last year saw none.", []string{"March=March"}},
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
// either side, unless "next" or "last", or the clause's tense, says which
// side.
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
		// The clause's tense picks the side where it says one.
		{"past month seven back", "The 48-year-old was evicted in April.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "April 2019"},
		{"past month five ahead", "The contract was signed in July.", time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC), "July 2025"},
		{"future month more than six ahead", "The vote will be held in October.", tue, "October 2026"},
		{"scheduled month", "The hearing is scheduled for February.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "February 2020"},
		{"was scheduled is past", "The hearing was scheduled for July.", tue, "July 2025"},
		{"past weekday ahead of nearest", "The minister resigned on Friday.", tue, "Friday 6 March 2026"},
		{"future weekday behind nearest", "The council will vote on Monday.", time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC), "Monday 16 March 2026"},
		{"infinitive hides the tense", "The operator agreed to hand over the documents by Friday.", tue, "Friday 13 March 2026"},
		{"tense after the date", "In April the court will rule.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "April 2020"},
		{"planned as an attribute", "Mr. Trump canceled an increase in tariffs planned for Oct. 15.", time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), "15 October 2019"},
		{"plans as a noun", "The company shelved its plans for an offering on September 30.", time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), "30 September 2019"},
		{"subordinate clause after the date", "Reed told investors on Oct. 31 that the merger would pay down debt.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "31 October 2019"},
		{"a month naming an event", "They have not yet qualified for the December debate.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "December 2019"},
		{"present passive", "When February rolls around and free trials are offered, give it a shot.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "February 2020"},
		{"written ISO date is kept", "filed 2026-03-06", tue, "6 March 2026"},
		{"month last year", "Talks broke down in March last year.", tue, "March 2025"},
		{"last month name ahead of publication", "The dam was inspected last April.", tue, "April 2025"},
		{"last month name behind publication", "The dam was inspected last March.", time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), "March 2026"},
		{"last month name is publication month", "The dam was inspected last March.", tue, "March 2025"},
		{"next month name ahead", "The bridge reopens next April.", tue, "April 2026"},
		{"next month name behind", "The bridge reopens next February.", tue, "February 2027"},
		{"next year", "The bridge opens in February next year.", tue, "February 2027"},
		{"this year behind", "It was built in January this year.", thu, "January 2026"},
		{"day last year", "They met on 4 June last year.", tue, "4 June 2025"},
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
		{"French first of the month", "fr", "Le barrage a cédé le samedi 1er mars 2026, selon la préfecture.", []string{"samedi=Saturday", "1er mars 2026=1 March 2026"}},
		{"Spanish first of the month", "es", "La presa cedió el 1º de marzo, según la prefectura.", []string{"1º de marzo=1 March"}},
		{"Spanish day, month and year", "es", "La presa cedió el 10 de marzo de 2026, según la prefectura.", []string{"10 de marzo de 2026=10 March 2026"}},
		{"English goes by the English patterns", "en", "The dam gave way on Tuesday, March 10.", []string{"Tuesday=Tuesday", "March 10=10 March"}},
		{"Russian last year", "ru", "Переговоры прервались в марте прошлого года.", []string{"марте=March last year"}},
		{"Spanish last year", "es", "Las conversaciones se rompieron en marzo del año pasado.", []string{"marzo=March last year"}},
		{"Spanish a written year wins", "es", "Las conversaciones se rompieron en marzo de 2025.", []string{"marzo de 2025=March 2025"}},
		{"French last month name", "fr", "Le barrage a été inspecté en mars dernier.", []string{"mars=last March"}},
		{"Italian last year", "it", "I colloqui si sono interrotti a marzo dell’anno scorso.", []string{"marzo=March last year"}},
		{"German next year", "de", "Die Brücke öffnet im Februar nächsten Jahres.", []string{"Februar=February next year"}},
		{"Ukrainian this year", "uk", "Міст відкрили у березні цього року.", []string{"березні=March this year"}},
		{"Spanish last month name before", "es", "El puente se cerró el pasado mes de marzo.", []string{"marzo=last March"}},
		{"Italian last month name before", "it", "Il ponte è stato chiuso lo scorso marzo.", []string{"marzo=last March"}},
		{"German next month name before", "de", "Die Brücke öffnet im kommenden März.", []string{"März=next March"}},
		{"Spanish a plain month", "es", "El puente se cerró en marzo.", []string{"marzo=March"}},
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

// habitString lists ms as "Text" for a mention placed in time and
// "Text*" for a habit (Recurring).
func habitString(ms []dateMention) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteString("|")
		}
		b.WriteString(m.Text)
		if m.Recurring {
			b.WriteString("*")
		}
	}
	return b.String()
}

// TestHabitsEnglish pins which English mentions name a habit ("Text*")
// and which stay events placed in time.
func TestHabitsEnglish(t *testing.T) {
	tests := []struct{ name, text, want string }{
		// Habits.
		{"every weekday", "The council meets every Tuesday in the old school.", "Tuesday*"},
		{"each month", "Prices are reviewed each April.", "April*"},
		{"every May", "The lambs are counted every May.", "May*"},
		{"may the verb after each", "Each may apply.", ""},
		{"every other weekday", "A ferry calls every other Friday.", "Friday*"},
		{"every last weekday", "Markets open every last Friday of the month.", "last Friday*"},
		{"plural weekday", "The clinic is closed on Fridays.", "Fridays*"},
		{"bare plural weekday", "Sundays are quiet in Pellby.", "Sundays*"},
		{"plural list", "Boats leave on Mondays and Thursdays.", "Mondays*|Thursdays*"},
		{"every spreads along a list", "Boats leave every Monday and Thursday.", "Monday*|Thursday*"},
		{"every spreads along a comma list", "Audits are held each March, June or September.", "March*|June*|September*"},
		{"most winters", "The pass is closed most winters.", "winters*"},
		{"usually held in", "The fair is usually held in June.", "June*"},
		{"traditionally in late", "The count traditionally ends in late September.", "September*"},
		{"typically on a weekday", "The board typically meets on Wednesday.", "Wednesday*"},
		{"usually with a day", "The fire ban usually starts on 1 May.", "1 May*"},
		{"in month each year", "The ban begins in June each year.", "June*"},
		{"in month every year", "Crews return in March every year, the harbourmaster said.", "March*"},
		{"of each year", "Licences expire at the end of December of each year.", "December*"},
		{"every year in", "Every year in June the square floods.", "June*"},
		{"annually in early", "Buoys are replaced annually in early April.", "April*"},
		{"twice a year", "The gates are tested twice a year, in April and October.", "April*|October*"},
		{"after-marker spreads back", "The gates are tested in April and October each year.", "April*|October*"},
		{"weekday evenings", "The hall opens on Monday and Tuesday evenings.", "Monday*|Tuesday*"},
		{"weekday evening", "The hall opened on Tuesday evening.", "Tuesday"},
		{"weekly on", "Figures are published weekly on Thursday.", "Thursday*"},
		{"weekday each week", "The ferry runs on Saturday each week.", "Saturday*"},
		{"when, present", "Nobody came out with us in February when the cod come in.", "February*"},
		{"when, present auxiliary", "In March, when the fields are flooded, the road shuts.", "March*"},
		{"when, plural with an ambiguous verb", "In November, when storms hit the coast, the ferry stops.", "November*"},
		// Events: must stay placed.
		{"weekday event", "On Friday the minister resigned.", "Friday"},
		{"last weekday", "The talks broke down last Tuesday.", "last Tuesday"},
		{"when, past", "The town emptied in June, when the dam failed.", "June"},
		{"when, past irregular", "In June, when the storm hit, the quay was empty.", "June"},
		{"when, past perfect", "In April, when the report had been filed, nobody read it.", "April"},
		{"when, future in the sentence", "The line will reopen in June, when repairs are finished.", "June"},
		{"since is not a habit", "Prices have risen every week since March.", "March"},
		{"every week until", "Crews worked every day until Sunday.", "Sunday"},
		{"usually, another clause", "Trains usually run on time, but on Friday the line closed.", "Friday"},
		{"usually, a one-off this year", "The fair is usually held in April but this year in June.", "April*|June"},
		{"usually, another verb", "The minister, who usually travels by car, flew on Friday.", "Friday"},
		{"unusually", "Unusually, the fair was held in June.", "June"},
		{"each year's", "In June each year's budget was cut.", "June"},
		{"every spreads not to last", "He came every Friday and last Tuesday.", "Friday*|last Tuesday"},
		{"movement name", "Fridays for Future marched on Saturday.", "Saturday"},
		{"other plural seasons", "The aircraft are leased for three summers from this summer.", "summer"},
		{"written year", "The fair is usually held in June 2024.", "June 2024"},
		{"range stays a period", "Work is banned between February and April, when cod spawn.", "February and April"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := habitString(dateMentions(tc.text)); got != tc.want {
				t.Errorf("dateMentions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestHabitsArticle pins habits read from the tokens of articles in other
// languages: every/each, plural weekdays, "every year" near a month, and
// events that must stay placed.
func TestHabitsArticle(t *testing.T) {
	tests := []struct{ name, lang, text, want string }{
		{"fr chaque", "fr", "Le conseil se réunit chaque mardi à la mairie.", "mardi*"},
		{"fr tous les, plural", "fr", "Le marché a lieu tous les samedis sur le port.", "samedis*"},
		{"fr chaque année en", "fr", "La foire se tient chaque année en juin.", "juin*"},
		{"fr de chaque année", "fr", "Les permis expirent en décembre de chaque année.", "décembre*"},
		{"fr list", "fr", "Les bacs partent chaque lundi et jeudi.", "lundi*|jeudi*"},
		{"fr event", "fr", "Le ministre a démissionné vendredi.", "vendredi"},
		{"fr since", "fr", "Les prix montent chaque année depuis juin.", "juin"},
		{"fr dated", "fr", "Le barrage a cédé mardi 10 mars.", "mardi|10 mars"},
		{"de jeden", "de", "Der Rat tagt jeden Dienstag im Rathaus.", "Dienstag*"},
		{"de montags", "de", "Die Fähre fährt montags nicht.", "montags*"},
		{"de jedes Jahr im", "de", "Das Fest findet jedes Jahr im Juni statt.", "Juni*"},
		{"de im Juni jedes Jahres", "de", "Die Genehmigungen laufen im Dezember jedes Jahres aus.", "Dezember*"},
		{"de eines Montags", "de", "Eines Montags kam der Brief.", ""},
		{"de event", "de", "Der Minister trat am Freitag zurück.", "Freitag"},
		{"es cada", "es", "El pleno se reúne cada martes.", "martes*"},
		{"es los lunes", "es", "El museo cierra los lunes.", "lunes*"},
		{"es plural", "es", "La feria abre todos los sábados.", "sábados*"},
		{"es cada año en", "es", "La fiesta se celebra cada año en junio.", "junio*"},
		{"es event", "es", "El ministro dimitió el viernes.", "viernes"},
		{"it ogni", "it", "Il consiglio si riunisce ogni martedì.", "martedì*"},
		{"it tutte le", "it", "Il mercato apre tutte le domeniche.", "domeniche*"},
		{"it ogni anno a", "it", "La fiera si tiene ogni anno a giugno.", "giugno*"},
		{"it event", "it", "Il ministro si è dimesso venerdì.", "venerdì"},
		{"pt aos", "pt", "A feira abre aos sábados.", "sábados*"},
		{"pt todas as", "pt", "O conselho reúne-se todas as segundas.", "segundas*"},
		{"pt todos os anos em", "pt", "A festa realiza-se todos os anos em junho.", "junho*"},
		{"pt quarter-finals", "pt", "O clube chegou às quartas de final em março.", "março"},
		{"pt event", "pt", "O ministro demitiu-se na sexta.", "sexta"},
		{"ru каждый", "ru", "Совет собирается каждый вторник.", "вторник*"},
		{"ru каждую среду", "ru", "Паром ходит каждую среду.", "среду*"},
		{"ru по plural", "ru", "Музей закрыт по понедельникам.", "понедельникам*"},
		{"ru по средам", "ru", "Паром ходит по средам.", "средам*"},
		{"ru среда the environment", "ru", "Министр окружающей среды ушёл в отставку.", ""},
		{"ru по until", "ru", "Выставка открыта с понедельника по пятницу.", "понедельника|пятницу"},
		{"ru каждый год в", "ru", "Ярмарка проходит каждый год в июне.", "июне*"},
		{"ru в июне каждого года", "ru", "Лицензии истекают в декабре каждого года.", "декабре*"},
		{"ru ежегодно", "ru", "Шлюзы проверяют ежегодно в апреле.", "апреле*"},
		{"ru event", "ru", "Министр ушёл в отставку в пятницу.", "пятницу"},
		{"ru event with a date", "ru", "Плотину прорвало во вторник, 10 марта 2026 года.", "вторник|10 марта 2026"},
		{"uk кожного", "uk", "Рада збирається кожного вівторка.", "вівторка*"},
		{"uk що-", "uk", "Ярмарок працює щонеділі.", "щонеділі*"},
		{"uk по plural", "uk", "Музей зачинений по понеділках.", "понеділках*"},
		{"uk по неділях", "uk", "Ярмарок працює по неділях.", "неділях*"},
		{"uk щороку в", "uk", "Свято проходить щороку в червні.", "червні*"},
		{"uk event", "uk", "Міністр пішов у відставку в п'ятницю.", "п'ятницю"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{Text: tc.text, Language: tc.lang}
			textproc.Analyze(a)
			a.Language = tc.lang
			if got := habitString(articleDateMentions(a)); got != tc.want {
				t.Errorf("articleDateMentions(%s %q) = %q, want %q", tc.lang, tc.text, got, tc.want)
			}
		})
	}
}

// TestHabitUnplaced checks that a habit, month or weekday, is not placed
// in the year or week of publication, and an event beside it is.
func TestHabitUnplaced(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, text, label string
		placed            bool
	}{
		{"every weekday", "The council meets every Tuesday.", "Tuesday", false},
		{"plural weekday", "The clinic shuts on Fridays.", "Friday", false},
		{"habitual month", "The fair is usually held in June.", "June", false},
		{"weekday event", "On Friday the minister resigned.", "Friday 6 March 2026", true},
		{"month event", "The town emptied in February, when the dam failed.", "February 2026", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := dateMentions(tc.text)
			if len(ms) != 1 {
				t.Fatalf("dateMentions(%q) = %+v, want one mention", tc.text, ms)
			}
			if _, label, placed := ms[0].resolve(pub); label != tc.label || placed != tc.placed {
				t.Errorf("resolve(%q) = %q/%v, want %q/%v", tc.text, label, placed, tc.label, tc.placed)
			}
		})
	}
}

func FuzzArticleDateMentions(f *testing.F) {
	langs := []string{"fr", "de", "es", "it", "pt", "ru", "uk", "en"}
	for i, s := range []string{"chaque mardi et jeudi", "montags und jeden Dienstag", "todos los sábados", "tutte le domeniche",
		"às quartas de final", "по понедельникам и каждую среду", "щонеділі, щороку в червні", "every Friday"} {
		f.Add(langs[i], s)
	}
	f.Add("fr", "Le tribunal n'a pas rendu son jugement le samedi 1er avril dernier, qu'en mars.")
	f.Add("ru", "Компания согласилась передать документы до пятницы и будет работать в следующий вторник.")
	f.Add("es", "La presa cedió el 1º de marzo de 2026 y el juez votará el próximo lunes.")
	f.Fuzz(func(t *testing.T, lang, text string) {
		a := &news.Article{Text: text, Language: lang}
		textproc.Analyze(a)
		a.Language = lang
		for _, m := range articleDateMentions(a) { // a.Text is text cleaned
			if m.Start < 0 || m.End > len(a.Text) || a.Text[m.Start:m.End] != m.Text {
				t.Fatalf("articleDateMentions(%s %q): bad mention %+v", lang, a.Text, m)
			}
		}
	})
}

// TestTimelineHabits: in the written timeline, a habit (a weekday or a
// month, in English or French) is listed without a date, and the events
// around it keep theirs.
func TestTimelineHabits(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC) // a Tuesday
	en := article("e1", "Pell Post", "The council meets every Thursday. On Friday the mayor resigned. "+
		"The fair is usually held in June.", pub)
	fr := &news.Article{ID: "f1", Outlet: "Gazette", Published: pub, Language: "fr",
		Text: "Le marché a lieu tous les samedis. Le maire a démissionné vendredi."}
	textproc.Analyze(fr)
	fr.Language = "fr"
	got := strings.Join(section(Write(Input{Articles: []*news.Article{en, fr}}, func(string) string { return "[1]" }), "Timeline"), "\n")
	for _, want := range []string{
		"- **Friday 6 March 2026**: On Friday the mayor resigned.",
		"- **June**: The fair is usually held in June.",
		"- **Thursday**: The council meets every Thursday.",
		"- **Saturday**: Le marché a lieu tous les samedis.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Write() timeline =\n%s\nwant a line %q", got, want)
		}
	}
	for _, bad := range []string{"Thursday 12 March", "June 2026", "Saturday 7 March"} {
		if strings.Contains(got, bad) {
			t.Errorf("Write() timeline =\n%s\nplaces a habit as %q", got, bad)
		}
	}
}
