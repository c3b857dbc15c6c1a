package provenance

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

func TestAttributions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "Outlet|Phrase"
	}{
		{"according to", "The dam will close, according to the Quarry Gazette, on Monday.", []string{"the Quarry Gazette|according to the Quarry Gazette"}},
		{"told", "Two officials told Reuters the plan was dropped.", []string{"Reuters|told Reuters"}},
		{"outlet reported", "Fenwick Daily reported on Sunday that the mine flooded.", []string{"Fenwick Daily|Fenwick Daily reported"}},
		{"sentence-initial as", "As Ostwind News reported this week, talks stalled.", []string{"Ostwind News|Ostwind News reported"}},
		{"reports outlet", "The fleet is moving south, reports NBC.", []string{"NBC|reports NBC"}},
		{"first reported by", "The deal was first reported by the Larkin Post.", []string{"the Larkin Post|first reported by the Larkin Post"}},
		{"citing", "Prices rose, citing Grainline Wire, the minister said.", []string{"Grainline Wire|citing Grainline Wire"}},
		{"said in a report", "Brookfield Times said in a report that the mill shut.", []string{"Brookfield Times|Brookfield Times said in a report"}},
		{"descriptor before name", "According to American media house NBC – the talks began.", []string{"NBC|According to American media house NBC"}},
		{"source line", "The talks ended.\nSource: El Periodico Austral\n", []string{"El Periodico Austral|Source: El Periodico Austral"}},
		{"source domain with debris", "Text.\nSource: quayside.com3", []string{"quayside.com|Source: quayside.com3"}},
		{"colon credit", "He disagreed.\nMarsh Journal: “The river rose overnight.”", []string{"Marsh Journal|Marsh Journal:"}},
		{"told the publication", "“It is working,” Noem told the Argus Leader on Monday.", []string{"Argus Leader|told the Argus Leader"}},
		{"weekday after the outlet", "Two officials told Reuters Monday the plan was dropped.", []string{"Reuters|told Reuters"}},
		{"weekday after the publication", "“It is working,” Noem told the Argus Leader Monday afternoon.", []string{"Argus Leader|told the Argus Leader"}},
		{"a report in", "According to a report in the Argus Leader of Sioux Falls, the campaign began.", []string{"Argus Leader|a report in the Argus Leader"}},
		{"published in a journal", "The case, published in BMJ Case Reports, was rare.", []string{"BMJ Case Reports|published in BMJ Case Reports"}},
		{"a nationality before a person", "The newspaper Babil, published by Iraqi leader Saddam Hussein's son Odai, reported the raid.", nil},
		{"a nationality before state media", "The video was published by Russian state media on Friday.", nil},
		{"published by an outlet on a day", "The letter was published by the Larkin Post on Friday.", []string{"the Larkin Post|published by the Larkin Post"}},
		{"a role after the outlet", "``It was his decision,'' said former NBC general manager Russell Siegel.", nil},
		{"an owner after a line break", "Gray said Quayside Post Maren\nowner-skipper Bruce Guy was aboard.", nil},
		// Newswire text is wrapped with a space before each newline; a
		// paragraph break has none.
		{"a name across a soft wrap", "Two officials told The Larkin \nPost on Monday that the plan was dropped.", []string{"The Larkin Post|told The Larkin \nPost"}},
		{"a name cut by a paragraph break", "Two officials told The Larkin\nPost-war plans were dropped.", []string{"Larkin|told The Larkin"}},
		{"reporters of an outlet", "On Friday, Mara Bell and Jon Reyes of The Larkin Post reported that the mill shut.", []string{"The Larkin Post|The Larkin Post reported"}},
		{"an outlet in the clause a cue opens", "He said he did not think it would hurt NBC that much.", nil},
		{"told an institution", "She told the Senate Intelligence Committee she had no notes.", nil},
		{"told a person", "The mayor told Dempsey by phone.", nil},
		{"generic plural", "News agencies reported that the talks had ended.", nil},
		{"generic source line", "The talks ended.\nSOURCE: News agencies\n", nil},
		{"a kind of outlet", "The talks ended, according to Radio.", nil},
		{"byline after the outlet", "The trade was first reported by CBS Sports Insider Jason La Canfora.", []string{"CBS Sports|first reported by CBS Sports Insider Jason La Canfora"}},
		{"told someone else", "The chief executive told investors of New Media on Tuesday.", nil},
		{"said at an event", "The chief executive said Tuesday at the Harbour Media Summit that the ferry line would close.", nil},
		{"report in a place", "A report in Aberdeen found nothing.", nil},
		{"a journal's name keeps its of", "It was published in the New England Journal of Medicine last week.", []string{"New England Journal of Medicine|published in the New England Journal of Medicine"}},
		{"person is not an outlet", "Peace is near, according to Czech President Petr Pavel.", nil},
		{"anonymous report", "According to a report on Thursday, the talks began.", nil},
		{"lower-case audience", "Lukashenko told the press he was ready.", nil},
		{"own outlet left out", "The minister told Harbor Times she would resign.", nil},
		// Credits in the other languages crosscheck detects.
		{"Spanish según", "La presa cedió, según El Diario Austral, el martes.", []string{"El Diario Austral|según El Diario Austral"}},
		{"French selon", "Selon Radio Ostwind, le barrage a cédé.", []string{"Radio Ostwind|Selon Radio Ostwind"}},
		{"German laut", "Laut Fenwick Zeitung brach der Damm am Dienstag.", []string{"Fenwick Zeitung|Laut Fenwick Zeitung"}},
		// A foreign article stays part of the name, as in "Die Zeit" or
		// "El País", whose keys keep it.
		{"German outlet berichtete", "Die Fenwick Zeitung berichtete am Dienstag über den Damm.", []string{"Die Fenwick Zeitung|Die Fenwick Zeitung berichtete"}},
		{"Italian secondo", "Secondo il Corriere Lagunare, la diga ha ceduto.", []string{"Corriere Lagunare|Secondo il Corriere Lagunare"}},
		{"Russian как сообщает", "Как сообщает издание Harbour Times, плотину прорвало.", []string{"Harbour Times|Как сообщает издание Harbour Times"}},
		{"Russian outlet in Cyrillic", "По данным РИА Новости, плотину прорвало во вторник.", []string{"РИА Новости|По данным РИА Новости"}},
		{"Russian outlet сообщает", "Агентство ТАСС сообщает, что плотину прорвало.", []string{"Агентство ТАСС|Агентство ТАСС сообщает"}},
		{"Russian source line", "Плотину прорвало.\nИсточник: Harbour Times\n", []string{"Harbour Times|Источник: Harbour Times"}},
		{"Spanish source line", "La presa cedió.\nFuente: El Diario Austral\n", []string{"El Diario Austral|Fuente: El Diario Austral"}},
		{"Russian person is not an outlet", "По данным губернатора Даны Пирхонен, погибли 14 человек.", nil},
		{"Russian minister is not an outlet", "Как заявил министр Илиас Коровин, комиссия изучит документы.", nil},
		{"Spanish person is not an outlet", "Según el ministro Ilias Korovin, la comisión revisará todo.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("x", "Harbor Times", "", tc.text, day(1, 1))
			var got []string
			for _, at := range Attributions(a) {
				got = append(got, at.Outlet+"|"+at.Phrase)
				if at.Sentence >= 0 && a.Text[at.Start:at.End] != at.Phrase {
					t.Errorf("Attributions(%q): phrase %q at [%d,%d) reads %q", tc.text, at.Phrase, at.Start, at.End, a.Text[at.Start:at.End])
				}
			}
			if strings.Join(got, ";") != strings.Join(tc.want, ";") {
				t.Errorf("Attributions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAttributionsInBoilerplateAndTitle(t *testing.T) {
	a := article("x", "", "Storm hits coast, Tidewater News reports", "The storm hit the coast.", day(1, 1))
	a.Boilerplate = []news.Removed{{Text: "Source: Lantern Herald", Reason: "source-line"}}
	ats := Attributions(a)
	if len(ats) != 2 {
		t.Fatalf("Attributions = %+v, want a title credit and a boilerplate credit", ats)
	}
	for i, want := range []string{"Tidewater News", "Lantern Herald"} {
		if ats[i].Outlet != want || ats[i].Sentence != -1 {
			t.Errorf("Attributions[%d] = %q (sentence %d), want %q outside the text (sentence -1)", i, ats[i].Outlet, ats[i].Sentence, want)
		}
	}
	if r := a.Boilerplate[0].Text; r[ats[1].Start:ats[1].End] != ats[1].Phrase {
		t.Errorf("boilerplate credit offsets [%d,%d) read %q, want %q", ats[1].Start, ats[1].End, r[ats[1].Start:ats[1].End], ats[1].Phrase)
	}
}

// TestSelfCreditNames: an outlet knows a credit to itself however the
// two names are written: glued ("TheHill"), or as its acronym against the
// name in full ("AP News" and "told The Associated Press"). An acronym is
// matched to a full name only one way round, the credit's initials against
// the outlet's own name: an Arkansas Post article telling of "AP" or "The
// Associated Press" credits another outlet.
func TestSelfCreditNames(t *testing.T) {
	tests := []struct {
		name, outlet, url, text string
		self                    bool
	}{
		{"glued name", "TheHill", "", "The senator told The Hill on Tuesday that she would vote no.", true},
		{"acronym outlet, credit in full", "AP News", "", "The senator told The Associated Press on Tuesday that she would vote no.", true},
		{"acronym address, credit in full", "", "https://apnews.example/article/x", "The senator told The Associated Press on Tuesday that she would vote no.", true},
		{"hyphenated agency", "AFP", "", "The minister told Agence France-Presse that talks would resume.", true},
		{"of is a letter", "VOA News", "", "The minister told the Voice of America that talks would resume.", true},
		{"initials of another outlet", "Arkansas Post", "", "The senator told The Associated Press on Tuesday that she would vote no.", false},
		{"acronym credit of another outlet", "Arkansas Post", "", "The senator told AP on Tuesday that she would vote no.", false},
		{"one-word credit has no initials", "R News", "", "The senator told Reuters on Tuesday that she would vote no.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("x", tc.outlet, "", tc.text, day(1, 1))
			a.URL = tc.url
			self, others := SelfCredits(a), Attributions(a)
			if got := len(self) == 1 && len(others) == 0; got != tc.self {
				t.Errorf("SelfCredits = %+v, Attributions = %+v; want self-credit %v", self, others, tc.self)
			}
			if !tc.self && len(others) != 1 {
				t.Errorf("Attributions = %+v, want the credit to another outlet", others)
			}
		})
	}
}

func TestOutletKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NBC", "nbc"},
		{"NBC News", "nbc"},
		{"Nbc News", "nbc"},
		{"nbcnews.com", "nbc"},
		{"www.nbcnews.com", "nbc"},
		{"The Washington Post", "washingtonpost"},
		{"The Hill", "hill"},
		{"TheHill", "hill"},
		{"thehill.com", "hill"},
		{"Theatre Monthly", "theatremonthly"},
		{"Fox News Digital", "fox"},
		{"msn.com3", "msn"},
		{"El Diario", "eldiario"},
		{"Corrière della Sera", "corrieredellasera"},
		{"ТАСС", "tass"},
		{"РИА Новости", "rianovosti"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := OutletKey(tc.in); got != tc.want {
				t.Errorf("OutletKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzAttributions(f *testing.F) {
	for _, s := range []string{
		"according to NBC News, the talks began.",
		"Source: El Diario\n",
		"Tass reported Thursday.",
		"Wall Street Journal: “x”",
		"told , according to ..., Source:",
		"\xff\xfe reported by \xc3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &news.Article{ID: "f", Text: text, Title: text}
		for _, at := range Attributions(a) {
			if at.Start < 0 || at.End < at.Start {
				t.Fatalf("Attributions(%q): bad span [%d,%d)", text, at.Start, at.End)
			}
			if at.Start > len(text) || at.End > len(text) || text[at.Start:at.End] != at.Phrase {
				t.Fatalf("Attributions(%q): phrase %q not at [%d,%d)", text, at.Phrase, at.Start, at.End)
			}
		}
	})
}

// TestForeignLanguageCopies checks that articles in other languages that
// credit the original are derived from it, not counted as independent
// reports: a Russian translation with "как сообщает", a Spanish rewrite
// with a "Fuente:" line.
func TestForeignLanguageCopies(t *testing.T) {
	orig := article("orig", "Harbour Times", "Dam gives way above Kaldbrook",
		"At least 14 people died when part of the Merrow Dam gave way early on Tuesday. Governor Dana Pirhonen declared a state of emergency.", day(3, 10))
	ru := article("ru", "Severni Glas", "",
		"Как сообщает издание Harbour Times, во вторник часть плотины Мерроу прорвало. Погибли не менее 14 человек.", day(3, 11))
	ru.Language = "ru"
	es := article("es", "El Faro Austral", "",
		"Al menos 14 personas murieron cuando cedió parte de la presa Merrow el martes.\nFuente: Harbour Times", day(3, 11))
	es.Language = "es"
	g := Analyze([]*news.Article{orig, ru, es})
	for _, id := range []string{"ru", "es"} {
		e, ok := edgeTo(g, id)
		if !ok {
			t.Fatalf("Analyze has no edge to %s", id)
		}
		if e.From != "orig" || e.Kind == KindIndependent {
			t.Errorf("edge to %s = %s --%s-->, want a derivation from orig", id, e.From, e.Kind)
		}
		if !hasEvidence(e.Evidence, "attribution") {
			t.Errorf("edge to %s has no attribution evidence: %+v", id, e.Evidence)
		}
	}
}

// TestAttributionsNamedByEntities checks credits against the names the
// entity stage found: mentions are set by hand, as entity.Mentions would.
func TestAttributionsNamedByEntities(t *testing.T) {
	mention := func(text, name, kind string) news.Mention {
		i := strings.Index(text, name)
		return news.Mention{Start: i, End: i + len(name), Text: name, Kind: kind}
	}
	tests := []struct {
		name, text string
		mentions   []struct{ name, kind string }
		want       []string // outlets
	}{
		{"a person whose surname is an outlet's", "``It went badly,'' said Eleanor Fox, a professor.",
			[]struct{ name, kind string }{{"Eleanor Fox", news.KindPerson}}, nil},
		{"a place after published in", "His diary was just published in Lisbon.",
			[]struct{ name, kind string }{{"Lisbon", news.KindPlace}}, nil},
		{"a people told", "The envoys told the Malaysians that the visit was over.", nil, nil},
		{"a publication the entity stage found", "Mrs. Orlova told the Argumenty weekly that she hesitated.",
			[]struct{ name, kind string }{{"Argumenty", ""}}, []string{"Argumenty"}},
		{"an outlet inside a longer person span is kept", "El Mundo reported that the family had asked for guards.",
			[]struct{ name, kind string }{{"Mundo", news.KindPerson}}, []string{"El Mundo"}},
		{"an outlet named as an organisation", "Two officials told Reuters the plan was dropped.",
			[]struct{ name, kind string }{{"Reuters", news.KindOrg}}, []string{"Reuters"}},
		{"a party's members told, named without a kind", "The president told the Republicans that he would veto the bill.",
			[]struct{ name, kind string }{{"Republicans", ""}}, nil},
		{"a nation told, named without a kind", "The envoy told the Chinese that the talks were over.",
			[]struct{ name, kind string }{{"Chinese", ""}}, nil},
		{"a post office is no newspaper", "The mail will arrive late, says the Post Office.",
			[]struct{ name, kind string }{{"Post Office", news.KindOrg}}, nil},
		{"a press office is no newspaper", "The visit was cancelled, according to the Press Office of the ministry.",
			[]struct{ name, kind string }{{"Press Office", news.KindOrg}}, nil},
		{"a plural outlet name is kept", "The minister told the Times that she would resign.",
			[]struct{ name, kind string }{{"Times", ""}}, []string{"the Times"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("x", "Harbor Times", "", tc.text, day(1, 1))
			// A mention nobody credits, so that the entity stage is known
			// to have run even where it found no name in the credit.
			a.Mentions = []news.Mention{{Start: 0, End: 1, Text: tc.text[:1]}}
			for _, m := range tc.mentions {
				a.Mentions = append(a.Mentions, mention(tc.text, m.name, m.kind))
			}
			var got []string
			for _, at := range Attributions(a) {
				got = append(got, at.Outlet)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("Attributions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// FuzzOrigin runs the whole of provenance on a text cut into sentences by
// textproc, with a copy of it, and asks every sentence's origin: nothing
// may panic, and each origin is an article or an outlet.
func FuzzOrigin(f *testing.F) {
	for _, s := range []string{
		"Talks may resume, Radio Norland reported. “We are ready. Maybe not in March,” she said.\nThe ministry declined to comment.",
		"according to NBC News, the talks began. \"Quote one.\" \"Quote two,\" he said.",
		"“”\n“", "Tass reported.\n\n“a. b. c”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &news.Article{Source: "f", Format: "text", Text: text, Language: "en"}
		textproc.Process(a)
		b := &news.Article{Source: "g", Format: "text", Title: "copy", Text: text + "\nAccording to the Harbour Times, nothing.", Language: "en"}
		textproc.Process(b)
		g := Analyze([]*news.Article{a, b})
		for _, x := range []*news.Article{a, b} {
			for i := range x.Sentences {
				o := g.Origin(x.ID, i)
				if !strings.HasPrefix(o, "article:") && !strings.HasPrefix(o, "outlet:") {
					t.Fatalf("Origin(%s, %d) = %q for %q", x.ID, i, o, text)
				}
			}
		}
	})
}
