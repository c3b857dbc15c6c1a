package claim

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// floodStory is a fictional three-article story: a wire report, a rewrite
// with an unrelated insert, and a blog post with the writer's opinions.
func floodStory() []*news.Article {
	return []*news.Article{
		art("a", "Floods in the town of Belmora killed 14 people on Tuesday, officials of the regional council said. "+
			"Mayor Ilse Varga ordered the evacuation of the riverside district on Tuesday night. "+
			"The Varnia river burst its banks after three days of heavy rain in April. "+
			"In other news, the Ostrel film festival opened with a record crowd and a new jury president, Marco Dellin."),
		art("b", "Fourteen people died in floods in Belmora on Tuesday, the regional council said. "+
			"The Varnia river burst its banks after three days of heavy rain in April, flooding the old town. "+
			"Mayor Ilse Varga ordered the riverside district evacuated on Tuesday night. "+
			"Separately, the national football league postponed its final round to September 12."),
		art("c", "Floods in Belmora killed 14 people on Tuesday, the regional council said. "+
			"In my view, the council waited far too long before warning residents. "+
			"Why did nobody listen to the engineers who warned about the dam? "+
			"Mayor Ilse Varga ordered the evacuation of the riverside district on Tuesday night."),
	}
}

func TestExtractKinds(t *testing.T) {
	arts := floodStory()
	claims := Extract(arts, nil, nil)
	tests := []struct {
		name     string
		phrase   string
		articles []string
		kind     string
	}{
		{"death toll", "people", []string{"a", "b", "c"}, KindFact},
		{"evacuation", "evacuat", []string{"a", "b", "c"}, KindFact},
		{"river", "burst its banks", []string{"a", "b"}, KindFact},
		{"first-person opinion", "In my view", []string{"c"}, KindCommentary},
		{"rhetorical question", "Why did nobody", []string{"c"}, KindCommentary},
		{"insert about another event", "film festival", []string{"a"}, KindFiller},
		{"separately reported event", "football league", []string{"b"}, KindFiller},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrase)
			if c == nil {
				t.Fatalf("no claim holds %q", tc.phrase)
			}
			if !slices.Equal(c.Articles, tc.articles) || c.Kind != tc.kind {
				t.Errorf("claim %q: articles %v kind %q, want %v %q", c.Text, c.Articles, c.Kind, tc.articles, tc.kind)
			}
		})
	}
	t.Run("refs point at the statements", func(t *testing.T) {
		for _, c := range claims {
			if len(c.Sentences) != len(c.Articles) {
				t.Fatalf("claim %q: %d refs for %d articles", c.Text, len(c.Sentences), len(c.Articles))
			}
			found := false
			for i, r := range c.Sentences {
				if r.Article != c.Articles[i] {
					t.Errorf("ref %d article %q, want %q", i, r.Article, c.Articles[i])
				}
				text := arts[slices.IndexFunc(arts, func(a *news.Article) bool { return a.ID == r.Article })].Text
				if oneLine(text[r.Start:r.End]) == c.Text {
					found = true
				}
			}
			if !found {
				t.Errorf("claim text %q is none of its statements", c.Text)
			}
		}
	})
	t.Run("stable IDs", func(t *testing.T) {
		again := Extract(floodStory(), nil, nil)
		for i := range claims {
			if claims[i].ID != again[i].ID {
				t.Errorf("claim %d ID %q then %q, want stable", i, claims[i].ID, again[i].ID)
			}
		}
	})
}

// fakeLineage gives each article an origin, with per-sentence overrides.
type fakeLineage struct {
	byArticle  map[string]string
	bySentence map[string]string // "id/sentence"
}

func (f fakeLineage) Origin(article string, sentence int) string {
	if o, ok := f.bySentence[fmt.Sprintf("%s/%d", article, sentence)]; ok {
		return o
	}
	return f.byArticle[article]
}

// Inherited is true for an article's origin that is not the article itself
// and that no per-sentence override replaces.
func (f fakeLineage) Inherited(article string, sentence int) bool {
	if _, ok := f.bySentence[fmt.Sprintf("%s/%d", article, sentence)]; ok {
		return false
	}
	o := f.byArticle[article]
	return o != "" && o != "article:"+article
}

func TestExtractOrigins(t *testing.T) {
	texts := map[string]string{
		"a": "Floods in the town of Belmora killed 14 people on Tuesday, officials of the regional council said.",
		"b": "Floods in Belmora killed 14 people on Tuesday, officials of the regional council said.",
		"c": "Floods in the town of Belmora killed 14 people on Tuesday, regional council officials said.",
		"d": "On Tuesday floods in the town of Belmora killed 14 people, officials of the regional council said.",
	}
	const nbc = "outlet:valley herald"
	tests := []struct {
		name    string
		lin     Lineage
		outlets map[string]string // outlet by article, where not the default
		origins int
		single  bool
	}{
		{"no lineage: each article its own origin", nil, nil, 4, false},
		{"two articles of one outlet are one newsroom", nil, map[string]string{"c": "outlet-a"}, 3, false},
		{"two articles of one outlet beside a credited report", fakeLineage{byArticle: map[string]string{"a": nbc, "b": nbc}}, map[string]string{"c": "outlet-a", "d": "outlet-a"}, 2, false},
		{"four rewrites of one report", fakeLineage{byArticle: map[string]string{"a": nbc, "b": nbc, "c": nbc, "d": nbc}}, nil, 1, true},
		{"three rewrites and one independent", fakeLineage{byArticle: map[string]string{"a": nbc, "b": nbc, "c": nbc, "d": "article:d"}}, nil, 2, false},
		{"empty origin falls back to the article", fakeLineage{byArticle: map[string]string{"a": nbc, "b": nbc}}, nil, 3, false},
		// The three rewrites credit the herald as a whole, d credits this
		// very sentence to the radio: the herald's rewrites dropped the
		// radio's credit, and the fact has one origin.
		{"a sentence's own credit outweighs article-wide ones", fakeLineage{
			byArticle:  map[string]string{"a": nbc, "b": nbc, "c": nbc, "d": nbc},
			bySentence: map[string]string{"d/0": "outlet:river radio"},
		}, nil, 1, true},
		{"an article that is its own origin keeps it beside a credited sentence", fakeLineage{
			byArticle:  map[string]string{"a": nbc, "b": nbc, "c": nbc, "d": "article:d"},
			bySentence: map[string]string{"a/0": "outlet:river radio"},
		}, nil, 2, false},
		{"sentences crediting two outlets leave article-wide credits alone", fakeLineage{
			byArticle:  map[string]string{"a": nbc, "b": nbc, "c": nbc, "d": nbc},
			bySentence: map[string]string{"a/0": "outlet:river radio", "d/0": "outlet:hill times"},
		}, nil, 3, false},
	}
	wantSources := map[string]string{
		"an article that is its own origin keeps it beside a credited sentence": "outlet:river radio a,b,c; newsroom:outlet-d d",
		"two articles of one outlet beside a credited report":                   "outlet:valley herald a,b; newsroom:outlet-a c,d",
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var arts []*news.Article
			for _, id := range []string{"a", "b", "c", "d"} {
				a := art(id, texts[id])
				if o, ok := tc.outlets[id]; ok {
					a.Outlet = o
				}
				arts = append(arts, a)
			}
			claims := Extract(arts, nil, tc.lin)
			if len(claims) != 1 || len(claims[0].Articles) != 4 {
				t.Fatalf("Extract = %+v, want one claim carried by 4 articles", claims)
			}
			c := claims[0]
			if c.Origins != tc.origins || c.SingleSource != tc.single {
				t.Errorf("Origins, SingleSource = %d, %v, want %d, %v", c.Origins, c.SingleSource, tc.origins, tc.single)
			}
			if want := 4 - len(tc.outlets); len(c.Outlets) != want {
				t.Errorf("Outlets = %v, want %d", c.Outlets, want)
			}
			// Sources are what Origins counts: one per origin, each
			// carrying article under exactly one.
			var got []string
			seen := map[string]int{}
			for _, src := range c.Sources {
				got = append(got, src.Origin+" "+strings.Join(src.Articles, ","))
				for _, id := range src.Articles {
					seen[id]++
				}
			}
			if len(c.Sources) != c.Origins || len(seen) != 4 {
				t.Errorf("Sources = %q, want %d origins covering the 4 articles", got, c.Origins)
			}
			for id, n := range seen {
				if n != 1 {
					t.Errorf("Sources = %q: article %s under %d origins, want 1", got, id, n)
				}
			}
			if want, ok := wantSources[tc.name]; ok && strings.Join(got, "; ") != want {
				t.Errorf("Sources = %q, want %q", strings.Join(got, "; "), want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"semicolon", "The council approved the new dam plan for the Varnia river; the engineers will start work on the spillway in May.",
			[]string{"The council approved the new dam plan for the Varnia river", "the engineers will start work on the spillway in May."}},
		{"comma and with a new subject", "The council approved the new dam plan for the Varnia river, and the engineers said work on the spillway starts in May.",
			[]string{"The council approved the new dam plan for the Varnia river", "the engineers said work on the spillway starts in May."}},
		{"while", "Mayor Ilse Varga praised the rescue teams from Ostrel, while the opposition leaders blamed the council for the delays.",
			[]string{"Mayor Ilse Varga praised the rescue teams from Ostrel", "the opposition leaders blamed the council for the delays."}},
		{"noun phrase stays whole", "On the agenda were the fate of the flooded farms near Belmora, and the search for a dam design acceptable to both banks.",
			[]string{"On the agenda were the fate of the flooded farms near Belmora, and the search for a dam design acceptable to both banks."}},
		{"short half stays", "The dam held, and it rained.", []string{"The dam held, and it rained."}},
		{"comma and before a count", "Twelve people have died after the Ostrel bridge collapsed on Monday, the harbour police confirmed, and at least five people are still missing.",
			[]string{"Twelve people have died after the Ostrel bridge collapsed on Monday, the harbour police confirmed", "at least five people are still missing."}},
		{"comma splice before a count", "Not less than 12 persons perished, more than 400 were compelled to leave the homes.",
			[]string{"Not less than 12 persons perished", "more than 400 were compelled to leave the homes."}},
		{"comma before a list item stays", "The plan foresees six aircraft stationed in Belmora, 30 camera towers to spot fires and 90 seasonal firefighters.",
			[]string{"The plan foresees six aircraft stationed in Belmora, 30 camera towers to spot fires and 90 seasonal firefighters."}},
		{"and that goes on with what was told", "Staff at the Belmora plant were told that the night shift will end in March, and that a planned pay rise will be delayed until the autumn.",
			[]string{"Staff at the Belmora plant were told that the night shift will end in March, and that a planned pay rise will be delayed until the autumn."}},
		{"and that as a subject", "The council voted to close the Belmora ferry after the storm, and that was the last crossing of the Varnia ferry for the whole winter season.",
			[]string{"The council voted to close the Belmora ferry after the storm", "that was the last crossing of the Varnia ferry for the whole winter season."}},
		{"adding that", "\"The river rose faster than anyone expected,\" he said, adding that 27 people were being treated in hospital.",
			[]string{"\"The river rose faster than anyone expected,\" he said", "adding that 27 people were being treated in hospital."}},
		// A quotation is one thing its speaker said: cut inside it, its
		// first half loses the speaker and the second starts mid-quote.
		{"while inside a quotation", "\"Last year we were borrowing aircraft from our neighbours while the fire was already at the edge of the villages,\" Korovin told reporters at the Ulvik airfield.",
			[]string{"\"Last year we were borrowing aircraft from our neighbours while the fire was already at the edge of the villages,\" Korovin told reporters at the Ulvik airfield."}},
		{"semicolon inside curly quotes", "“We will rebuild every house in Belmora; we will not leave one family outside,” the mayor told the council on Monday.",
			[]string{"“We will rebuild every house in Belmora; we will not leave one family outside,” the mayor told the council on Monday."}},
		{"cut after the quotation closes", "\"The river rose faster than anyone expected,\" the mayor said, while the opposition leaders blamed the council for the delays.",
			[]string{"\"The river rose faster than anyone expected,\" the mayor said", "the opposition leaders blamed the council for the delays."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(art("x", tc.text))
			var got []string
			for _, s := range d.sents {
				for _, c := range clauses(d, s) {
					got = append(got, tc.text[c[0]:c[1]])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("clauses(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestIsCommentary(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"In my view, the council waited far too long.", true},
		{"We think the dam was badly built.", true},
		{"My thoughts are with everyone in the valley tonight.", true},
		{"If you want to help, the shelters are asking for blankets.", true},
		{"“If you want to help, bring blankets,” the mayor said.", false},
		{"Why did nobody listen to the engineers?", true},
		{"The council is NOT telling the whole story….", true},
		{"One would assume the mayor knew about the cracks.", true},
		{"(The mayor who actually built the dam herself)", true},
		{"The US embassy sent two rescue teams to Belmora.", false},
		{"“We will rebuild every bridge,” said Ilse Varga.", false},
		{"``We will rebuild every bridge,'' said Ilse Varga.", false},
		{"The council said the dam would hold.", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := newDoc(art("x", tc.text))
			if got := isCommentary(d.bare(0, len(tc.text))); got != tc.want {
				t.Errorf("isCommentary(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"said after", "“The dam will hold,” said Ilse Varga on Monday.", "The dam will hold,", "Ilse Varga"},
		{"name said after", "“The dam will hold,” Ilse Varga said.", "The dam will hold,", "Ilse Varga"},
		{"told after", "“The dam will hold,” Varga told reporters.", "The dam will hold,", "Varga"},
		{"colon before", "Ilse Varga said: \"The dam will hold.\"", "The dam will hold.", "Ilse Varga"},
		{"outlet before", "Valley Herald: “The dam will hold.”", "The dam will hold.", "Valley Herald"},
		{"pronoun is unknown", "“The dam will hold,” she said.", "The dam will hold,", ""},
		{"ASCII quotes", "``The dam will hold,'' said Ilse Varga.", "The dam will hold,", "Ilse Varga"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := findQuotes(tc.text)
			if len(qs) != 1 {
				t.Fatalf("findQuotes(%q) = %+v, want one quote", tc.text, qs)
			}
			if got := tc.text[qs[0].start:qs[0].end]; got != tc.quote || qs[0].speaker != tc.speaker {
				t.Errorf("findQuotes(%q) = %q by %q, want %q by %q", tc.text, got, qs[0].speaker, tc.quote, tc.speaker)
			}
		})
	}
}

func TestExtractEmpty(t *testing.T) {
	if got := Extract(nil, nil, nil); len(got) != 0 {
		t.Errorf("Extract(nil) = %+v, want none", got)
	}
	arts := []*news.Article{nil, art("x", ""), art("y", "   \n ")}
	if got := Extract(arts, nil, nil); len(got) != 0 {
		t.Errorf("Extract(empty articles) = %+v, want none", got)
	}
	if got := Diverge(arts, []Claim{{ID: "c", Sentences: []Ref{{Article: "x", Start: 5, End: 90}}}}, nil); len(got) != 0 {
		t.Errorf("Diverge(bad refs) = %+v, want none", got)
	}
}

// syntheticStory builds n articles retelling one fictional event: each
// takes most of a pool of facts, reworded, in shuffled order, plus a few
// sentences of its own.
func syntheticStory(n int) []*news.Article {
	r := rand.New(rand.NewPCG(1, 2))
	places := []string{"Belmora", "Ostrel", "Kessel", "Varnia", "Dunmark", "Lisk"}
	people := []string{"Ilse Varga", "Tomas Brenner", "Petra Lind", "Anton Kreel", "Marco Dellin"}
	verbs := []string{"said", "told reporters", "announced", "confirmed", "stated"}
	var facts []string
	for i := range 30 {
		p, q := places[i%len(places)], people[i%len(people)]
		facts = append(facts, fmt.Sprintf("Floods near %s damaged %d houses and %d bridges on the %s road, %s %%s.",
			p, 10+i, 2+i%5, places[(i+2)%len(places)], q))
	}
	var arts []*news.Article
	for a := range n {
		var b strings.Builder
		for _, i := range r.Perm(len(facts))[:22] {
			fmt.Fprintf(&b, facts[i]+" ", verbs[r.IntN(len(verbs))])
		}
		for k := range 5 {
			fmt.Fprintf(&b, "Outlet %d adds its own remark number %d about the weather in %s this week. ", a, k, places[r.IntN(len(places))])
		}
		arts = append(arts, art(fmt.Sprintf("s%02d", a), b.String()))
	}
	return arts
}

func BenchmarkExtract20(b *testing.B) {
	arts := syntheticStory(20)
	b.ResetTimer()
	for b.Loop() {
		Extract(arts, nil, nil)
	}
}

func BenchmarkDiverge20(b *testing.B) {
	arts := syntheticStory(20)
	claims := Extract(arts, nil, nil)
	b.ResetTimer()
	for b.Loop() {
		Diverge(arts, claims, nil)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Floods in Belmora killed 14 people on Tuesday, officials said.", "Floods in Belmora killed 41 people on June 24, said Ilse Varga.")
	f.Add("“The dam will hold,” said Ilse Varga; the council is NOT sure.", "\"The dam will hold\" Varga told: \"")
	f.Add("a, and b; c while d?", "…. ” “ « »")
	f.Add("Winds of 110 mph (177 kph) hit Belmora, the council said Friday. Stock rose 30 7/16, 3rd graf pvs",
		"Winds of 120 mph (£193) hit Belmora, the council said on Monday. Stock rose 30 11/16, graf 4")
	f.Add("It killed more than 50 million people in Varnia.", "It caused 25 million deaths in Varnia (")
	f.Fuzz(func(t *testing.T, x, y string) {
		arts := []*news.Article{art("x", x), art("y", y)}
		claims := Extract(arts, nil, nil)
		for _, c := range claims {
			for _, r := range c.Sentences {
				text := x
				if r.Article == "y" {
					text = y
				}
				if r.Start < 0 || r.End > len(text) || r.Start > r.End {
					t.Fatalf("ref %+v out of range for %q", r, text)
				}
			}
		}
		Diverge(arts, claims, nil)
	})
}

// TestExtractNoHubChaining checks that a long sentence resembling two
// unrelated statements does not pull them into one claim, whether it can
// be split into clauses (then each half joins its own claim) or not.
func TestExtractNoHubChaining(t *testing.T) {
	tests := []struct {
		name string
		hub  string
		// wantSplit: the hub is split into two statements.
		wantSplit bool
	}{
		{"splittable hub", "Mayor Ilse Varga met the Kaldonian envoy Petra Lind in Belmora on Tuesday to discuss flood relief, " +
			"and the regional council signed the new dam treaty with Ostrel engineers after a long night of talks.", true},
		{"one-clause hub", "Mayor Ilse Varga met the Kaldonian envoy Petra Lind in Belmora on Tuesday to discuss flood relief " +
			"before the regional council signed the new dam treaty with Ostrel engineers after a long night of talks.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*news.Article{
				art("a", "Mayor Ilse Varga met the Kaldonian envoy Petra Lind in Belmora on Tuesday to discuss flood relief."),
				art("b", tc.hub),
				art("c", "The regional council signed the new dam treaty with Ostrel engineers after a long night of talks."),
			}
			claims := Extract(arts, nil, nil)
			for _, c := range claims {
				if slices.Contains(c.Articles, "a") && slices.Contains(c.Articles, "c") {
					t.Errorf("claim %q joins a and c through the hub sentence of b: %v", c.Text, c.Articles)
				}
			}
			// Found by the wording of a and c, which the hub does not
			// have: the hub's statement may stand in both claims.
			meeting := claimWith(arts, claims, "flood relief.")
			treaty := claimWith(arts, claims, "The regional council signed")
			if meeting == nil || treaty == nil {
				t.Fatalf("claims %+v, want a meeting and a treaty claim", claims)
			}
			// Split or not, the hub carries both facts, so it feeds both
			// claims.
			if !slices.Equal(meeting.Articles, []string{"a", "b"}) || !slices.Equal(treaty.Articles, []string{"b", "c"}) {
				t.Errorf("meeting carried by %v, treaty by %v; want [a b] and [b c]", meeting.Articles, treaty.Articles)
			}
			if hm, ht := refText(arts, meeting, "b"), refText(arts, treaty, "b"); (hm != ht) != tc.wantSplit {
				t.Errorf("hub statements %q and %q, want split %v", hm, ht, tc.wantSplit)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two sentences", "The dam held. The river fell.", []string{"The dam held.", "The river fell."}},
		{"initial", "Mayor Robert L. Kreel spoke. He left.", []string{"Mayor Robert L. Kreel spoke.", "He left."}},
		{"abbreviation", "Dr. Lind and Sen. Brenner came on Sept. 4. They stayed.", []string{"Dr. Lind and Sen. Brenner came on Sept. 4.", "They stayed."}},
		{"closing quote", "“It held.” Varga smiled. Why?", []string{"“It held.”", "Varga smiled.", "Why?"}},
		{"line breaks", "Floods in Belmora\nRescue teams arrived.", []string{"Floods in Belmora", "Rescue teams arrived."}},
		{"lower case after period", "Lavrov. analytical center", []string{"Lavrov. analytical center"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.text) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestExtractMalformed(t *testing.T) {
	bad := art("bad", "Floods in Belmora killed 14 people on Tuesday, officials said.")
	bad.Sentences = []news.Sentence{{Start: 40, End: 10}, {Start: 0, End: 900}, {Start: -3, End: 5}}
	bad.Tokens = []news.Token{{Start: 50, End: 20, Norm: "x"}, {Start: 0, End: 5000, Norm: "y"}}
	bad.Mentions = []news.Mention{{Start: 700, End: 710, Text: "Nowhere"}}
	good := art("good", "Floods in Belmora killed 41 people on Tuesday, officials said.")
	arts := []*news.Article{bad, good}
	claims := Extract(arts, nil, nil) // must not panic
	Diverge(arts, claims, nil)
	for _, c := range claims {
		for _, r := range c.Sentences {
			if r.Start < 0 || r.Start >= r.End {
				t.Errorf("Extract(malformed) ref %+v is not a span", r)
			}
		}
	}
}

func TestExtractFillerRules(t *testing.T) {
	arts := []*news.Article{
		art("a", "The Varnia river burst its banks near Belmora in April after three days of heavy rain. "+
			"Mayor Ilse Varga ordered the evacuation of the riverside district of Belmora. "+
			"Rock singer Anja Petrov cancelled her concert tour of Kaldonia after a dispute with promoters."),
		art("b", "Heavy rain made the Varnia river burst its banks near Belmora in April. "+
			"The riverside district of Belmora was evacuated on the orders of Mayor Ilse Varga. "+
			"The city marathon was run on October 3 under clear skies and warm sunshine."),
		art("c", "In April the Varnia river burst its banks near Belmora after days of rain. "+
			"Mayor Ilse Varga had the riverside district of Belmora evacuated. "+
			"Rescue teams from Belmora worked through the night to reach the flooded farms."),
	}
	claims := Extract(arts, nil, nil)
	checkKinds(t, arts, claims, []kindCase{
		{"names nobody else names", "Anja Petrov", KindFiller},
		{"dated far from the story", "marathon", KindFiller},
		{"story detail told once", "Rescue teams", KindFact},
		{"core fact", "burst its banks", KindFact},
	})
}

// TestExtractEmbeddedPost: two outlets that embed one post (its text, then
// the byline cleaning removes) carry the post's author's words: one
// origin, single-source, while a fact both report in their own words has
// two. The texts go through textproc, which records where the byline was.
func TestExtractEmbeddedPost(t *testing.T) {
	post := "Crews have cleared the rockfall and the coast road to Orlan is open again in both directions."
	bodies := map[string]string{
		"a": "A rockfall closed the coast road to Orlan for six hours on Monday, the county roads office said.\n\n" +
			"The county posted an update in the evening.\n\n" + post + "\n— Orlan County Roads (@orlanroads) March 9, 2026\n\n" +
			"Drivers had been sent on a 40-kilometre detour through the hills.",
		"b": "The coast road to Orlan was closed for six hours on Monday by a rockfall, the county roads office said.\n\n" +
			post + "\n— Orlan County Roads (@orlanroads) March 9, 2026\n\n" +
			"Local buses ran a reduced timetable until the evening.",
	}
	var arts []*news.Article
	for _, id := range []string{"a", "b"} {
		a := &news.Article{ID: id, Outlet: "outlet-" + id, Text: bodies[id]}
		textproc.Process(a)
		a.ID = id
		arts = append(arts, a)
	}
	claims := Extract(arts, nil, nil)
	tests := []struct {
		phrase  string
		origins int
	}{
		{"cleared the rockfall", 1},
		{"closed the coast road to Orlan for six hours", 2},
	}
	for _, tc := range tests {
		c := claimWith(arts, claims, tc.phrase)
		if c == nil {
			t.Fatalf("no claim with %q in %+v", tc.phrase, claims)
		}
		if len(c.Articles) != 2 || c.Origins != tc.origins || c.SingleSource != (tc.origins == 1) {
			t.Errorf("claim %q: %d articles, %d origins, single-source %v; want 2 articles, %d origins", c.Text, len(c.Articles), c.Origins, c.SingleSource, tc.origins)
		}
	}
}

// TestExtractSubjectIsNotShared: in a review where every other sentence
// names the product, two statements sharing only the product's name and
// one more word are two claims; two that state one fact still meet.
func TestExtractSubjectIsNotShared(t *testing.T) {
	arts := []*news.Article{
		art("a", "The Lumo X7 phone costs 499 euros in Varnia from Friday. "+
			"The Lumo X7 phone has a larger battery than last year. "+
			"The Lumo X7 phone ships in three colours. "+
			"Reviewers found the Lumo X7 phone fast in daily use. "+
			"The screen of the Lumo X7 phone is brighter outdoors."),
		art("b", "In Varnia the Lumo X7 phone costs 499 euros from Friday. "+
			"Critics praised the Lumo X7 phone camera at night. "+
			"The Lumo X7 phone weighs less than its rival. "+
			"Welcome to the new Lumo X7 phone. "+
			"The Lumo X7 phone charges in half an hour."),
		art("c", "Shoppers lined up for the Lumo X7 phone in Belmora. "+
			"The Lumo X7 phone runs the new Kesto system. "+
			"Battery life on the Lumo X7 phone lasts two days. "+
			"The Lumo X7 phone keeps the headphone socket."),
	}
	claims := Extract(arts, nil, nil)
	if c := claimWith(arts, claims, "costs 499 euros"); c == nil || len(c.Articles) != 2 {
		t.Errorf("the price, stated twice: %+v, want one claim of a and b", c)
	}
	for _, c := range claims {
		if len(c.Articles) < 2 {
			continue
		}
		if slices.ContainsFunc(c.Sentences, func(r Ref) bool {
			return strings.Contains(arts[0].Text[r.Start:r.End], "three colours") && r.Article == "a"
		}) {
			t.Errorf("claim %q joins 'ships in three colours' with other statements of the phone: %v", c.Text, c.Articles)
		}
		for _, r := range c.Sentences {
			if r.Article == "b" && strings.Contains(arts[1].Text[r.Start:r.End], "Welcome to") {
				t.Errorf("claim %q joins 'Welcome to the new Lumo X7 phone' with %v", c.Text, c.Articles)
			}
		}
	}
}

// TestExtractSubjectEntityIsNotShared: a place named in a sixth of a
// story's statements is what the story is about; two statements that
// share it and a word or two ("ferry", "spring") are two claims, where the
// bonus for a shared entity had made them one. Two that state one fact
// still meet.
func TestExtractSubjectEntityIsNotShared(t *testing.T) {
	topics := []string{"the lighthouse keeper retired", "a new school opened near the dunes", "the mayor visited the old mill",
		"tourists crowded the beach at noon", "the ferry crew went on strike", "fishing quotas were cut again",
		"the museum showed whale bones", "a storm damaged the pier", "farmers sold cheese at the market",
		"the choir sang at the chapel", "a bakery won a prize for bread", "the cycling race passed the harbour"}
	others := []string{"Rainfall in the north was twice the usual amount", "Train tickets to Ostrel became cheaper this winter",
		"Teachers in Lisk asked for smaller classes", "The national team lost its friendly match",
		"A copper mine near Varn closed after fifty years", "Coffee prices climbed for a third month",
		"The central bank held its rate steady", "A rare eagle nested on the cathedral roof",
		"Wolves returned to the eastern forests", "The opera house sold out its winter season",
		"Bus drivers signed a new wage deal", "A chess prodigy beat the national champion",
		"Vineyards expect an early harvest", "The airport added two daily flights",
		"A tunnel under the river was finished", "Pharmacies ran short of cough syrup",
		"The zoo welcomed twin panda cubs", "Students protested against tuition fees",
		"A comet was visible after midnight", "The textile factory hired two hundred workers",
		"Flooded roads delayed the postal vans", "A famous painter donated his sketches",
		"The hockey league expanded to twelve teams", "Electricity bills fell slightly"}
	last := []string{
		"The Kestrel Bay ferry timetable changes in spring. Divers found a sunken trawler off Kestrel Bay on Tuesday.",
		"Ferry fares in Kestrel Bay rise this spring, the operator says after a costly winter.",
		"A sunken trawler was found by divers off Kestrel Bay on Tuesday.",
	}
	var arts []*news.Article
	for a := range 3 {
		var b strings.Builder
		for i := a; i < len(topics); i += 3 {
			fmt.Fprintf(&b, "In Kestrel Bay, %s. ", topics[i])
		}
		for i := a; i < len(others); i += 3 {
			b.WriteString(others[i] + ". ")
		}
		b.WriteString(last[a])
		x := art(fmt.Sprintf("a%d", a), b.String())
		for off := 0; ; {
			i := strings.Index(x.Text[off:], "Kestrel Bay")
			if i < 0 {
				break
			}
			x.Mentions = append(x.Mentions, news.Mention{Text: "Kestrel Bay", Kind: "place", Start: off + i, End: off + i + len("Kestrel Bay")})
			off += i + 1
		}
		arts = append(arts, x)
	}
	claims := Extract(arts, nil, nil)
	if c := claimWith(arts, claims, "ferry timetable"); c == nil || len(c.Articles) != 1 {
		t.Errorf("the timetable and the fares share the town, the ferry and the spring, no fact: %+v, want a claim of a0 alone", c)
	}
	if c := claimWith(arts, claims, "sunken trawler"); c == nil || !slices.Equal(c.Articles, []string{"a0", "a2"}) {
		t.Errorf("the trawler, stated twice: %+v, want one claim of a0 and a2", c)
	}
}

// TestExtractQuotesShareNoWord: two quotes of one speaker under the same
// long attribution are two things said; the same quote told twice is one
// claim.
func TestExtractQuotesShareNoWord(t *testing.T) {
	arts := []*news.Article{
		art("a", "“We wanted to start later, but the schedule forced our hand,” Marta Velk, deputy director for coastal engineering at the Varnia port authority, said on Monday. "+
			"“The breakwater will be finished before the winter storms,” Marta Velk, deputy director for coastal engineering at the Varnia port authority, told reporters."),
		art("b", "“Hiring local crews keeps the cost down and the work on time,” said Marta Velk, deputy director for coastal engineering at the Varnia port authority. "+
			"“The breakwater will be finished before the winter storms,” said Marta Velk, the port authority's deputy director for coastal engineering."),
	}
	claims := Extract(arts, nil, nil)
	if c := claimWith(arts, claims, "schedule forced our hand"); c == nil || len(c.Articles) != 1 {
		t.Errorf("two quotes of Marta Velk that share no word: %+v, want a claim of a alone", c)
	}
	if c := claimWith(arts, claims, "breakwater will be finished"); c == nil || len(c.Articles) != 2 {
		t.Errorf("one quote told twice: %+v, want one claim of a and b", c)
	}
}

// TestExtractPercentWordings: "40%", "40 per cent" and "39 percent" name
// one unit; the sign is no word, so without it the statements shared too
// little to meet.
func TestExtractPercentWordings(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Its shares are up about 40% year to date, outpacing the broader market.", "Its shares are up 39 percent year-to-date"},
		{"Its shares are up about 40 per cent year to date, outpacing the broader market.", "Its shares are up 39 percent year-to-date"},
	}
	for _, tc := range tests {
		t.Run(tc.a, func(t *testing.T) {
			arts := []*news.Article{
				art("a", "Orvel Mart shares fell in early trading after the chain cut its sales forecast for the year. "+tc.a+" Orvel Mart shares had risen for five straight weeks this year. The chain runs 212 stores in Varnia."),
				art("b", "Orvel Mart shares dropped on Tuesday as the retailer lowered its outlook for the year. "+tc.b+"\nBy comparison, the Varnia index is up 24.5 percent. Analysts at Pell Bank still rate Orvel Mart shares a buy this year. Orvel Mart opened its first store in 1981."),
			}
			claims := Extract(arts, nil, nil)
			if c := claimWith(arts, claims, "shares are up"); c == nil || len(c.Articles) != 2 {
				t.Errorf("the share price, stated twice: %+v, want one claim of a and b", c)
			}
		})
	}
}
