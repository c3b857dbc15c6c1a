package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

type tk struct{ Text, Kind string }

const (
	person = news.KindPerson
	org    = news.KindOrg
	place  = news.KindPlace
)

func TestMentions(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []tk
	}{
		{"title stripped, kind from title", "en",
			"Talks went on. Russian President Vladimir Putin spoke.",
			[]tk{{"Vladimir Putin", person}}},
		{"a gazetteer name joins across its of", "en",
			"The bill passed the U.S. House of Representatives and the U.S. Senate on Monday.",
			[]tk{{"U.S. House of Representatives", org}, {"U.S. Senate", org}}},
		{"a name the gazetteer knows is not cut from a longer one", "en",
			"He chairs the Senate Committee on Foreign Relations.",
			[]tk{{"Senate Committee on Foreign Relations", org}}},
		{"a demonym before a lone head is the name", "en",
			"The quake struck under the Indian Ocean. The Romanian Government and the French Navy sent help.",
			[]tk{{"Indian Ocean", place}, {"Romanian Government", org}, {"French Navy", org}}},
		{"a demonym before an event's head is the name", "en",
			"She will race at the European Championships in August and at the African Games, then play the French Open.",
			[]tk{{"European Championships", ""}, {"African Games", ""}, {"French Open", ""}}},
		{"a gazetteer name's words in lower case", "fr",
			"Les Nations unies et la Croix-Rouge aident les îles de l'océan Indien. L'Organisation mondiale de la santé (OMS) aussi.",
			[]tk{{"Nations unies", org}, {"Croix-Rouge", org}, {"océan Indien", place}, {"Organisation mondiale de la santé", org}, {"OMS", org}}},
		{"a gazetteer name's words in lower case, Czech and Spanish", "cs",
			"Spojené státy americké a Evropská unie. El golfo no, el Golfo Pérsico sí.",
			[]tk{{"Spojené státy", place}, {"Evropská unie", org}, {"Golfo Pérsico", place}}},
		{"lower-case words around a name that is not in the gazetteer", "fr",
			"Le conseil municipal de Tarnholm a voté. La mer Vessane est calme.",
			[]tk{{"Tarnholm", ""}, {"Vessane", ""}}},
		{"nationalities made from place names are no names", "en",
			"Iranians met Haitian and Chilean officials. Then Canadians spoke to the Jordanian envoy.",
			nil},
		{"nationalities made from place names, French", "fr",
			"Des Iraniens et des Pakistanais parlent aux Canadiens et aux Américains.",
			nil},
		{"nationalities made from place names, Czech", "cs",
			"Potom Íránci jednali s Chilany a Chilané odešli.",
			nil},
		{"Greek titles and nationalities", "el",
			"Χθες ο Πρωθυπουργός Τόνι Μπλερ είδε τους Ιρανούς και τα Ιρανικά πλοία στον Ινδικό Ωκεανό.",
			[]tk{{"Τόνι Μπλερ", person}, {"Ινδικό Ωκεανό", place}}},
		{"Greek months, days and sentence openers are no names", "el",
			"Οι Ηνωμένες Πολιτείες έστειλαν βοήθεια τον Ιανουάριο. Την Τρίτη μίλησε στον Λευκό Οίκο. Και ο Kai Havertz έπαιξε.",
			[]tk{{"Ηνωμένες Πολιτείες", place}, {"Λευκό Οίκο", org}, {"Kai Havertz", ""}}},
		{"Czech sentence openers and titles are no part of a name", "cs",
			"Zatímco Kjótský protokol platí, podle OSN nic. Předseda Jan Novák mluvil s firmou TAM. Jan 5 odešel.",
			[]tk{{"Kjótský", ""}, {"OSN", org}, {"Jan Novák", person}, {"TAM", org}}},
		{"given names that look like nationalities stay names", "en",
			"Then Roman Polanski and François Hollande spoke.",
			[]tk{{"Roman Polanski", person}, {"François Hollande", person}}},
		{"a demonym is part of an organisation's name", "en",
			"The Cambodian People's Party, the American Heart Association and the Malaysian Foreign Ministry met Haitian Jean Dorval.",
			[]tk{{"Cambodian People's Party", org}, {"American Heart Association", org}, {"Malaysian Foreign Ministry", org}, {"Jean Dorval", person}}},
		{"a sentence's first word heads a name joined on its of", "en",
			"The House of Lords voted. Council of Tarnholm members agreed, and the council met.",
			[]tk{{"House of Lords", org}, {"Council of Tarnholm", org}}},
		{"a known place after a demonym, then more", "en",
			"Aid came after the Indian Ocean Tsunami. The Metropolitan Police and the Tarnholm Coast Guard helped.",
			[]tk{{"Indian Ocean", place}, {"Tsunami", ""}, {"Metropolitan Police", org}, {"Tarnholm Coast Guard", org}}},
		{"a known name after a sentence's first words", "fr",
			"Selon Le Monde, rien. Selon Le Parisien, les Parisiens ont voté.",
			[]tk{{"Le Monde", org}, {"Le Parisien", org}}},
		{"a particle does not join a name to an acronym or an organisation", "fr",
			"Hier, Yvo de Boer de la CCNUCC a parlé avec John Bellinger du Département d'État et Charles de Gaulle avant le Tour de France.",
			[]tk{{"Yvo de Boer", ""}, {"CCNUCC", org}, {"John Bellinger", person}, {"Département d'État", org}, {"Charles de Gaulle", person}, {"Tour de France", ""}}},
		{"a gazetteer name with an elided article", "fr",
			"Le président de la Côte d'Ivoire est venu.",
			[]tk{{"Côte d'Ivoire", place}}},
		{"possessive stripped", "en",
			"It was Putin’s plan and Zelenskyy's reply.",
			[]tk{{"Putin", ""}, {"Zelenskyy", ""}}},
		{"sentence-initial ordinary words", "en",
			"Meanwhile Russia waited. Backstage diplomacy resumed. Formal talks are rare.",
			[]tk{{"Russia", place}}},
		{"sentence-initial word seen in lower case elsewhere", "en",
			"Experts met in Minsk. The experts agreed.",
			[]tk{{"Minsk", place}}},
		{"weekday and month break a name", "en",
			"They met Russia on Thursday and Ukraine in April.",
			[]tk{{"Russia", place}, {"Ukraine", place}}},
		{"acronyms: org, known place, shouting", "en",
			"The CFR and NATO met the US side. The plan IS NOT working, BTW.",
			[]tk{{"CFR", org}, {"NATO", org}, {"US", place}}},
		{"sentence-initial common noun before a speech verb", "en",
			"Officers said the girl was safe. The officers found her in Tarnholm.",
			[]tk{{"Tarnholm", place}}},
		{"sentence-initial verb before an article", "en",
			"Decorating the jars is simple. Cut a piece of fabric for the lid. Ask a friend from Tarnholm.",
			[]tk{{"Tarnholm", place}}},
		{"countries, capitals and states beyond the core list", "en",
			"The minister flew from Lima to Madagascar, then on to Ohio and the West Bank.",
			[]tk{{"Lima", place}, {"Madagascar", place}, {"Ohio", place}, {"West Bank", place}}},
		{"a French article is not the UN", "fr",
			"Un rapport de l'ONU publié lundi. Un porte-parole de l'UN a confirmé.",
			[]tk{{"ONU", org}, {"UN", org}}},
		{"tabloid capitals", "en",
			"A HUNTER who ate a rabbit has the BUBONIC PLAGUE, the CDC said. The hunter is in a Beijing hospital with bubonic plague.",
			[]tk{{"CDC", org}, {"Beijing", place}}},
		{"a crosshead in capitals names nothing new", "en",
			"SCORES QUARANTINED\nHealth officials in Norway kept the villagers at home.",
			[]tk{{"Norway", place}}},
		{"a known name in a crosshead stays", "en",
			"FRANCE WINS\nThe home side lost to France in the final.",
			[]tk{{"FRANCE", place}, {"France", place}}},
		{"a dateline in capitals", "en",
			"NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.",
			[]tk{{"NEW YORK", place}, {"Reuters", org}}},
		{"Latin name run into Japanese", "ja",
			"Kindle for PCをインストールすると、Windowsの設定画面からでは変更できません。",
			[]tk{{"PC", org}, {"Windows", ""}}},
		{"dotted acronym", "en",
			"Officials of the U.S. and the U.K. declined.",
			[]tk{{"U.S.", place}, {"U.K.", place}}},
		{"connectors inside names", "en",
			"He joined the Council on Foreign Relations, praised Charles de Gaulle, met Ursula von der Leyen and Bashar al-Assad.",
			[]tk{{"Council on Foreign Relations", org}, {"Charles de Gaulle", person}, {"Ursula von der Leyen", person}, {"Bashar al-Assad", person}}},
		{"title of an organisation", "en",
			"He is the President of the Council on Foreign Relations.",
			[]tk{{"Council on Foreign Relations", org}}},
		{"secretary of a department", "en",
			"It included former US Secretary of Defense Mary Beth Long.",
			[]tk{{"US", place}, {"Mary Beth Long", person}}},
		{"title word inside an organisation", "en",
			"He left the Justice Department for the General Assembly.",
			[]tk{{"Justice Department", org}, {"General Assembly", org}}},
		{"agency before a title", "en",
			"Then CIA Director William Burns flew to Kiev.",
			[]tk{{"CIA", org}, {"William Burns", person}, {"Kiev", place}}},
		{"outlets", "en",
			"Officials told NBC News, the Wall Street Journal, Reuters and Tass.",
			[]tk{{"NBC News", org}, {"Wall Street Journal", org}, {"Reuters", org}, {"Tass", org}}},
		{"headline in title case", "en",
			"Ex-US Officials And Russians Discuss Ukraine Conflict\nThe talks went on.",
			[]tk{{"US", place}, {"Ukraine", place}}},
		{"missing comma between two names", "en",
			"At the table with Lavrov Richard Haass sat down.",
			[]tk{{"Lavrov", ""}, {"Richard Haass", person}}},
		{"trailing capitalised ordinary word", "en",
			"French President Emmanuel Macron Last month said so.",
			[]tk{{"Emmanuel Macron", person}}},
		{"known name then an organisation", "en",
			"They briefed the White House National Security Council afterward.",
			[]tk{{"White House", org}, {"National Security Council", org}}},
		{"administration named after a person", "en",
			"It is known to the Biden Administration officials.",
			[]tk{{"Biden", person}}},
		{"context cues make a person", "en",
			"We asked Rebekah Koffler, a former intelligence officer. Later Kupchan said yes.",
			[]tk{{"Rebekah Koffler", person}, {"Kupchan", person}}},
		{"bare surname takes the kind of the full name", "en",
			"Thomas Graham spoke. Later, Graham left.",
			[]tk{{"Thomas Graham", person}, {"Graham", person}}},
		{"Spanish", "es",
			"El ministro de Exteriores ruso, Serguéi Lavrov, dijo que Rusia y Estados Unidos hablan.",
			[]tk{{"Serguéi Lavrov", person}, {"Rusia", place}, {"Estados Unidos", place}}},
		{"Italian elision", "it",
			"Leonard Moss dell'Institute for Maritime Security ha parlato a Ginevra.",
			[]tk{{"Leonard Moss", person}, {"Institute for Maritime Security", org}, {"Ginevra", place}}},
		{"French", "fr",
			"Le président Emmanuel Macron a déclaré à Paris que l'Ukraine résiste.",
			[]tk{{"Emmanuel Macron", person}, {"Paris", place}, {"Ukraine", place}}},
		{"German nouns are not names", "de",
			"Der russische Außenminister Sergej Lawrow traf sich in New York mit Experten. Die Gespräche dauerten Stunden.",
			[]tk{{"Sergej Lawrow", person}, {"New York", place}}},
		{"long role phrase with a portfolio", "en",
			"Deputy Minister of Environment and Water Resources Xandor Blik flew in.",
			[]tk{{"Xandor Blik", person}}},
		{"role phrase with modifiers before the title", "en",
			"Yesterday Deputy Environment Minister Ilyas Korovin visited.",
			[]tk{{"Ilyas Korovin", person}}},
		{"role phrase at sentence start", "en",
			"Opposition MP Katrin Holm called for an inquiry.",
			[]tk{{"Katrin Holm", person}}},
		{"capitalised role after an organisation", "en",
			"Later Brenna Hydro Spokeswoman Lena Ostrova declined to comment.",
			[]tk{{"Brenna Hydro", org}, {"Lena Ostrova", person}}},
		{"two capitalised words are not a person", "en",
			"The mayor thanked Orrin Vasko and left.",
			[]tk{{"Orrin Vasko", ""}}},
		{"age in apposition makes a person", "en",
			"Then Orrin Vasko, 54, said he saw it.",
			[]tk{{"Orrin Vasko", person}}},
		{"place cues", "en",
			"Water reached Upper Tamsby, a town of about 9,000. Shops on Kiln Lane closed. Residents of Tamsby fled to Orsund.",
			[]tk{{"Upper Tamsby", place}, {"Kiln Lane", place}, {"Tamsby", place}, {"Orsund", place}}},
		{"organisation cues", "en",
			"The dam is run by Brenna Hydro, a regional utility. Later Quillan Tand's executives met Vorsk Ltd.",
			[]tk{{"Brenna Hydro", org}, {"Quillan Tand", org}, {"Vorsk Ltd", org}}},
		{"apposition of a company", "en",
			"Crews from Halden Marrow, the operator of the plant, arrived.",
			[]tk{{"Halden Marrow", org}}},
		{"a title before a name is not an apposition", "en",
			"The rescue service of Vessa, colonel Radek Sommer, spoke.",
			[]tk{{"Vessa", ""}, {"Radek Sommer", person}}},
		{"a person's spokesman is weak evidence of an organisation", "en",
			"Later Mirov spokesman Dmitri Pesk said no. Then Mirov said yes.",
			[]tk{{"Mirov", person}, {"Dmitri Pesk", person}, {"Mirov", person}}},
		{"possessive inside an apposition", "en",
			"Then Halvorsen, the group's chair, spoke.",
			[]tk{{"Halvorsen", person}}},
		{"a given name beats a place word that is also a surname", "en",
			"Then Nathan Lane walked down Hollin Lane.",
			[]tk{{"Nathan Lane", person}, {"Hollin Lane", place}}},
		{"script without case", "zh",
			"俄罗斯外长拉夫罗夫四月在纽约会见了美国前官员。",
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := newArticle("x", tc.text)
			a.Language = tc.lang
			var got []tk
			for _, m := range Mentions(a) {
				got = append(got, tk{m.Text, m.Kind})
				if a.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q has span %d:%d = %q", m.Text, m.Start, m.End, a.Text[m.Start:m.End])
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Mentions(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestMentionsNoSentences(t *testing.T) {
	a := &news.Article{Text: "Sergey Lavrov met Richard Haass in New York."}
	got := Mentions(a)
	if len(got) != 3 {
		t.Errorf("Mentions without sentences = %v, want 3 mentions", got)
	}
	if Mentions(nil) != nil || Mentions(&news.Article{}) != nil {
		t.Errorf("Mentions of nil or empty article returned mentions, want none")
	}
}

func BenchmarkMentions(b *testing.B) {
	text := strings.Repeat("Russian Foreign Minister Sergey Lavrov met Richard Haass, the president of the Council on Foreign Relations, in New York in April, NBC News reported. Lavrov said the talks were useful. ", 30)
	a := newArticle("bench", text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Mentions(a)
	}
}

func FuzzMentions(f *testing.F) {
	for _, s := range []string{
		"Sergey Lavrov met Richard Haass in New York.",
		"He is the President of the Council on Foreign Relations.",
		"U.S. officials met al-Assad's envoy. Putin’s plan.",
		"Ex-US Officials And Russians Discuss Ukraine Conflict",
		"dell'Institute l'Élysée O’Brien Jean-Pierre F-16",
		"Les Nations unies, l'Organisation mondiale de la santé et l'océan Indien. Iraniens, Íránci, Ιρανικά.",
		"The House of Lords and the Indian Ocean Tsunami. Ινδικό Ωκεανό",
		"俄罗斯外长拉夫罗夫", "\xff\xfe Bad UTF-8 \xc3", "", "U.", "A. B. C.", "al-", "'s",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, s1, s2 int) {
		a := &news.Article{Text: text, Sentences: []news.Sentence{{Start: s1, End: s2}, {Start: s2, End: len(text)}}}
		end := -1
		for _, m := range Mentions(a) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %+v outside text of %d bytes", m, len(text))
			}
			if m.Start < end {
				t.Fatalf("mention %+v overlaps the previous one", m)
			}
			end = m.End
			if !utf8.ValidString(m.Text) || !utf8.RuneStart(text[m.Start]) {
				t.Fatalf("mention %+v not on UTF-8 boundaries", m)
			}
			// Past the end only valid input has boundaries to keep.
			if utf8.ValidString(text) && m.End < len(text) && !utf8.RuneStart(text[m.End]) {
				t.Fatalf("mention %+v ends inside a character", m)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention text %q, span says %q", m.Text, text[m.Start:m.End])
			}
		}
		Resolve([]*news.Article{a})
	})
}

// BenchmarkMentionsCorpus runs on the longest article of the example corpus,
// whose density of names is that of ordinary news rather than the
// name-packed sentence of BenchmarkMentions.
func BenchmarkMentionsCorpus(b *testing.B) {
	all := loadCorpus(b)
	var a *news.Article
	for _, x := range all {
		if a == nil || len(x.Text) > len(a.Text) {
			a = x
		}
	}
	b.SetBytes(int64(len(a.Text)))
	b.ResetTimer()
	for b.Loop() {
		Mentions(a)
	}
}

// TestMentionsStressedWords needs the tokens textproc gives (stems): a
// word in capitals whose stem the article writes in lower case is stress,
// unless the article also writes it as a name.
func TestMentionsStressedWords(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"stressed word", "The IMPLEMENT stage comes after the plan. Teams keep implementing changes in Oslo.",
			[]string{"Oslo"}},
		{"a name that shares a stem", "Odile Carrie spoke first in Oslo. Later CARRIE said she carried the flag.",
			[]string{"Odile Carrie", "Oslo", "CARRIE"}},
		{"stress is no evidence for a sentence's first word", "Teams keep building. In the BUILD stage the work starts. Build your first website before the launch in Oslo.",
			[]string{"Oslo"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{ID: "x", Language: "en", Text: tc.text}
			textproc.Process(a)
			var got []string
			for _, m := range Mentions(a) {
				got = append(got, m.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Mentions(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
