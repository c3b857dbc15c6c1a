package claim

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// values flattens divergences of one kind into "value=articles" strings,
// sorted, for comparison.
func values(divs []Divergence, kind string) []string {
	var out []string
	for _, d := range divs {
		if d.Kind != kind {
			continue
		}
		for _, v := range d.Values {
			out = append(out, v.Value+"="+strings.Join(v.Articles, ","))
		}
	}
	sort.Strings(out)
	return out
}

func TestDiverge(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		kind string
		want []string // nil: no divergence of that kind
	}{
		{
			name: "number",
			a:    "Floods in the town of Belmora killed 14 people on Tuesday, officials of the regional council said.",
			b:    "Floods in the town of Belmora killed 41 people on Tuesday, officials of the regional council said.",
			kind: DivNumber, want: []string{"14=a", "41=b"},
		},
		{
			name: "a toll changed in a paraphrase",
			a:    "It was called the Grey Fever in the eighteenth century, causing more than 40 million deaths across Varnia.",
			b:    "Both illnesses are linked to the Grey Fever epidemic that killed an estimated 20 million people across Varnia alone in the 18th century.",
			kind: DivNumber, want: []string{"20 million=b", "40 million=a"},
		},
		{
			name: "two counts on a side are left alone",
			a:    "The Grey Fever killed 20 million people and sickened 50 million more across Varnia in the 18th century.",
			b:    "It was called the Grey Fever in the eighteenth century, causing more than 40 million deaths across Varnia.",
			kind: DivNumber,
		},
		{
			name: "counts of different things are left alone",
			a:    "Health officials in Varnia said 28 people who met the patient were kept in quarantine.",
			b:    "Health officials in Varnia said the patient, a 55-year-old herder, was kept in quarantine.",
			kind: DivNumber,
		},
		{
			name: "the day a statement was made is not a changed date",
			a:    "The Belmora dam will stay closed until the spring repairs are finished, the water board said Wednesday.",
			b:    "The Belmora dam will stay closed until the spring repairs are finished, the water board said on Friday.",
			kind: DivDate,
		},
		{
			name: "the day a spokesman repeated it is not a changed date",
			a:    "The water board reiterated Tuesday that the Belmora dam would stay closed until the spring repairs.",
			b:    "The water board reiterated Wednesday that the Belmora dam would stay closed until the spring repairs.",
			kind: DivDate,
		},
		{
			name: "the day of the event still is",
			a:    "The Belmora dam gave way on Wednesday, flooding the lower town, the water board said.",
			b:    "The Belmora dam gave way on Friday, flooding the lower town, the water board said.",
			kind: DivDate, want: []string{"Friday=b", "Wednesday=a"},
		},
		{
			name: "a conversion's rounding is not a changed figure",
			a:    "The storm reached Belmora with winds of 110 mph (177 kph) late on Tuesday, the weather service said.",
			b:    "The storm reached Belmora with winds of 110 mph (180 kph) late on Tuesday, the weather service said.",
			kind: DivNumber,
		},
		{
			name: "a converted price is not a changed figure",
			a:    "The Belmora ferry pass costs 49.95 euros (£42) for a month of crossings, the operator said.",
			b:    "The Belmora ferry pass costs 49.95 euros (£40) for a month of crossings, the operator said.",
			kind: DivNumber,
		},
		{
			name: "the figure before the conversion still counts",
			a:    "The storm reached Belmora with winds of 110 mph (177 kph) late on Tuesday, the weather service said.",
			b:    "The storm reached Belmora with winds of 120 mph (193 kph) late on Tuesday, the weather service said.",
			kind: DivNumber, want: []string{"110=a", "120=b"},
		},
		{
			name: "fractions of a share price are not counts",
			a:    "Varnia Shipping rose 30 7/16 to close the week at its highest since the merger.",
			b:    "Varnia Shipping rose 30 11/16 to close the week at its highest since the merger.",
			kind: DivNumber,
		},
		{
			name: "the whole number of a share price is not a count either",
			a:    "Varnia Shipping rose 3 1/16, to 221 7/16, to close the week at its highest since the merger.",
			b:    "Varnia Shipping rose 3 1/16, to 62 7/16, to close the week at its highest since the merger.",
			kind: DivNumber,
		},
		{
			name: "a wire editor's pickup note is not a count",
			a:    "The council said storm damage in Belmora was worse than first thought, 3rd graf pvs",
			b:    "The council said storm damage in Belmora was worse than first thought, 12th graf pvs",
			kind: DivNumber,
		},
		{
			name: "a street number is still a number",
			a:    "The council said the flood reached 12 Grafton Street in Belmora before the pumps were started.",
			b:    "The council said the flood reached 21 Grafton Street in Belmora before the pumps were started.",
			kind: DivNumber, want: []string{"12=a", "21=b"},
		},
		{
			name: "envoy and ambassador are one post",
			a:    "The former US ambassador to Varnia, Ilse Varga, told the committee she had been recalled in May.",
			b:    "The former US envoy to Varnia, Ilse Varga, told the committee she had been recalled in May.",
			kind: DivRole,
		},
		{
			name: "list numbers are not counts",
			a:    "12) Varnia Harbour Choir – Songs of the Belmora valley, the double album on vinyl",
			b:    "2) Varnia Harbour Choir – Songs of the Belmora valley, the double album on vinyl",
			kind: DivNumber,
		},
		{
			name: "a count at the start of a sentence still counts",
			a:    "12 houses along the Varnia river near Belmora were destroyed by the storm last night.",
			b:    "21 houses along the Varnia river near Belmora were destroyed by the storm last night.",
			kind: DivNumber, want: []string{"12=a", "21=b"},
		},
		{
			name: "spelled-out number equal to digits",
			a:    "The storm destroyed two dozen houses along the Varnia river near Belmora last night.",
			b:    "The storm destroyed 24 houses along the Varnia river near Belmora last night.",
			kind: DivNumber,
		},
		{
			name: "spelled-out number differing",
			a:    "The storm destroyed two dozen houses along the Varnia river near Belmora last night.",
			b:    "The storm destroyed 30 houses along the Varnia river near Belmora last night.",
			kind: DivNumber, want: []string{"30=b", "two dozen=a"},
		},
		{
			name: "calendar date",
			a:    "The Belmora council will vote on the new dam on June 24, mayor Ilse Varga announced.",
			b:    "The Belmora council will vote on the new dam on June 25, mayor Ilse Varga announced.",
			kind: DivDate, want: []string{"June 24=a", "June 25=b"},
		},
		{
			name: "weekday",
			a:    "Rescue teams from Ostrel reached the flooded villages of the Varnia valley on Tuesday evening.",
			b:    "Rescue teams from Ostrel reached the flooded villages of the Varnia valley on Wednesday evening.",
			kind: DivDate, want: []string{"Tuesday=a", "Wednesday=b"},
		},
		{
			name: "date numbers are not number divergences",
			a:    "The Belmora council will vote on the new dam on June 24, mayor Ilse Varga announced.",
			b:    "The Belmora council will vote on the new dam on June 25, mayor Ilse Varga announced.",
			kind: DivNumber,
		},
		{
			name: "name spelling",
			a:    "Mayor Ilse Varga ordered the evacuation of the riverside district of Belmora late on Tuesday.",
			b:    "Mayor Ilse Warga ordered the evacuation of the riverside district of Belmora late on Tuesday.",
			kind: DivName, want: []string{"Ilse Varga=a", "Ilse Warga=b"},
		},
		{
			name: "demonym is not a name divergence",
			a:    "Engineers from Kaldonia inspected the damaged Belmora dam and the spillway on Friday.",
			b:    "Kaldonian engineers inspected the damaged Belmora dam and the spillway on Friday.",
			kind: DivName,
		},
		{
			name: "role",
			a:    "Deputy minister Tomas Brenner visited the flooded villages of the Varnia valley on Wednesday.",
			b:    "Minister Tomas Brenner visited the flooded villages of the Varnia valley on Wednesday.",
			kind: DivRole, want: []string{"Deputy minister=a", "Minister=b"},
		},
		{
			name: "former ambassador",
			a:    "The former ambassador Petra Lind chaired the donors' meeting for the Belmora flood victims.",
			b:    "The ambassador Petra Lind chaired the donors' meeting for the Belmora flood victims.",
			kind: DivRole, want: []string{"ambassador=b", "former ambassador=a"},
		},
		{
			name: "people and outings of one stem are two counts",
			a:    "Two spacewalkers from the Varnia station will fix the Belmora antenna before the end of the week.",
			b:    "Three spacewalks from the Varnia station will fix the Belmora antenna before the end of the week.",
			kind: DivNumber,
		},
		{
			name: "an added count is not the total",
			a:    "One more spacewalk from the Varnia station will fix the Belmora antenna before the end of the week.",
			b:    "Three spacewalks from the Varnia station will fix the Belmora antenna before the end of the week.",
			kind: DivNumber,
		},
		{
			name: "a measure joined by a hyphen is not a count",
			a:    "The 115-yacht fleet left Belmora harbour for the Varnia race on Saturday morning.",
			b:    "The 37 yachts left Belmora harbour for the Varnia race on Saturday morning.",
			kind: DivNumber,
		},
		{
			name: "two measures joined by hyphens still differ",
			a:    "The minister began a 10-day visit to Belmora and the Varnia valley on Saturday.",
			b:    "The minister began a 12-day visit to Belmora and the Varnia valley on Saturday.",
			kind: DivNumber, want: []string{"10=a", "12=b"},
		},
		{
			name: "two unnamed sources are not one person with two titles",
			a:    "A Western diplomat, speaking on condition of anonymity, said the Belmora talks had stalled over the dam.",
			b:    "A Varnian official, speaking on condition of anonymity, said the Belmora talks had stalled over the dam.",
			kind: DivRole,
		},
		{
			name: "a spokesman and the minister he speaks for",
			a:    "Anton Kreel, his spokesman, repeated on Tuesday that the Belmora dam would be rebuilt by spring.",
			b:    "The prime minister repeated on Tuesday that the Belmora dam would be rebuilt by spring.",
			kind: DivRole,
		},
		{
			name: "a title after the name and age",
			a:    "Petra Lind, 62, a former commander of the Varnia guard, led the search in Belmora on Friday.",
			b:    "Petra Lind, 62, commander of the Varnia guard, led the search in Belmora on Friday.",
			kind: DivRole, want: []string{"commander=b", "former commander=a"},
		},
		{
			name: "president versus prime minister",
			a:    "President Anton Kreel promised emergency funds for the Belmora flood victims on Thursday.",
			b:    "Prime Minister Anton Kreel promised emergency funds for the Belmora flood victims on Thursday.",
			kind: DivRole, want: []string{"President=a", "Prime Minister=b"},
		},
		{
			name: "quote attribution",
			a:    "“We will rebuild every bridge before the winter comes,” said Ilse Varga at the press conference.",
			b:    "“We will rebuild every bridge before the winter comes,” said Tomas Brenner at the press conference.",
			kind: DivQuote, want: []string{"Ilse Varga=a", "Tomas Brenner=b"},
		},
		{
			name: "same speaker, fuller name",
			a:    "“We will rebuild every bridge before the winter comes,” said Varga at the press conference.",
			b:    "“We will rebuild every bridge before the winter comes,” said Ilse Varga at the press conference.",
			kind: DivQuote,
		},
		{
			name: "antonym",
			a:    "The council called the engineers' new dam plan acceptable to the residents of both banks.",
			b:    "The council called the engineers' new dam plan unacceptable to the residents of both banks.",
			kind: DivMeaning, want: []string{"acceptable=a", "unacceptable=b"},
		},
		{
			name: "rise and fall",
			a:    "Water levels on the Varnia river began to rise again overnight, the Belmora flood service reported.",
			b:    "Water levels on the Varnia river began to fall again overnight, the Belmora flood service reported.",
			kind: DivMeaning, want: []string{"fall=b", "rise=a"},
		},
		{
			name: "negation dropped",
			a:    "The flood service confirmed that the old dam at Kessel had been breached during the night.",
			b:    "The flood service confirmed that the old dam at Kessel had not been breached during the night.",
			kind: DivMeaning, want: []string{"Kessel had been breached=a", "Kessel had not been breached=b"},
		},
		{
			name: "negation cancels antonym",
			a:    "The council called the engineers' new dam plan not acceptable to the residents of both banks.",
			b:    "The council called the engineers' new dam plan unacceptable to the residents of both banks.",
			kind: DivMeaning,
		},
		{
			name: "whether or not asserts nothing",
			a:    "The council will decide on Friday whether more than 200 families can return to the riverside district.",
			b:    "The council will decide on Friday whether or not more than 200 families can return to the riverside district.",
			kind: DivMeaning,
		},
		{
			name: "unit conversion is not a number divergence",
			a:    "Rescuers found the 13-meter yacht Kestrel drifting near the Belmora lighthouse on Sunday.",
			b:    "Rescuers found the 43-foot yacht Kestrel drifting near the Belmora lighthouse on Sunday.",
			kind: DivNumber,
		},
		{
			name: "number next to a shared word in a reworded stretch",
			a:    "Fourteen people died when the old Kessel dam above Belmora collapsed, rescuers said.",
			b:    "According to the Varnia Courier, at least 41 people died when the old Kessel dam above Belmora collapsed.",
			kind: DivNumber, want: []string{"41=b", "Fourteen=a"},
		},
		{
			name: "number word equal to digits",
			a:    "Fourteen people died when the old Kessel dam above Belmora collapsed, rescuers said.",
			b:    "According to the Varnia Courier, at least 14 people died when the old Kessel dam above Belmora collapsed.",
			kind: DivNumber,
		},
		{
			name: "weekday next to a shared word in a reworded stretch",
			a:    "Part of the Kessel dam gave way early on Tuesday, sending water into the lower streets of Belmora.",
			b:    "The Kessel dam collapsed on Wednesday, sending water into the lower streets of Belmora.",
			kind: DivDate, want: []string{"Tuesday=a", "Wednesday=b"},
		},
		{
			name: "weekdays of two events in a reworded stretch",
			a:    "Belmora moved closer to becoming a port town on Monday after the Varnia Water Board granted a licence for its new quay.",
			b:    "Fishing crews in Belmora said on Tuesday they would fight the Varnia Water Board licence for the new quay.",
			kind: DivDate,
		},
		{
			name: "'not only' adds, it does not deny",
			a:    "The Belmora council is closing the old bridge not only because of the flood damage but also for the new quay.",
			b:    "The Belmora council is closing the old bridge because of the flood damage and for the new quay.",
			kind: DivMeaning,
		},
		{
			name: "'spare no effort' promises",
			a:    "The minister said the government would ``spare no effort in supporting'' the flooded towns of the Varnia valley.",
			b:    "The minister said the government would support the flooded towns of the Varnia valley.",
			kind: DivMeaning,
		},
		{
			name: "word order and articles are trivial",
			a:    "On Monday the Belmora council approved a plan to raise the river dykes by two metres.",
			b:    "The Belmora council approved the plan to raise the river dykes by two metres on Monday.",
			kind: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*news.Article{art("a", tc.a), art("b", tc.b)}
			claims := Extract(arts, nil, nil)
			if len(claims) != 1 || len(claims[0].Articles) != 2 {
				t.Fatalf("Extract(pair) = %+v, want one claim carried by both", claims)
			}
			divs := Diverge(arts, claims, nil)
			if tc.kind == "" {
				if len(divs) != 0 {
					t.Errorf("Diverge(%q, %q) = %+v, want none", tc.a, tc.b, divs)
				}
				return
			}
			if diff := cmp.Diff(tc.want, values(divs, tc.kind)); diff != "" {
				t.Errorf("Diverge(%q, %q) %s values (-want +got):\n%s", tc.a, tc.b, tc.kind, diff)
			}
		})
	}
}

// fakeNames resolves mentions by article and offset.
type fakeNames map[string]map[int]string

func (f fakeNames) Lookup(article string, start int) (string, bool) {
	id, ok := f[article][start]
	return id, ok
}

// mention marks the first occurrence of text in a as a person mention.
func mention(a *news.Article, text string) news.Mention {
	i := strings.Index(a.Text, text)
	m := news.Mention{Start: i, End: i + len(text), Text: text, Kind: news.KindPerson}
	a.Mentions = append(a.Mentions, m)
	return m
}

func TestDivergeNames(t *testing.T) {
	tests := []struct {
		name   string
		nameA  string
		nameB  string
		sameID bool
		want   []string
	}{
		{"resolved variant", "Ilse Varga", "Ilse Vargova", true, []string{"Ilse Varga=a", "Ilse Vargova=b"}},
		{"short form of the same name", "Ilse Varga", "Varga", true, nil},
		{"different people", "Ilse Varga", "Ilse Vargova", false, nil},
		{"initials", "VFC", "Varnia Flood Council", true, nil},
		{"nickname, same surname", "Bob Kreel", "Robert L. Kreel", true, nil},
		{"the same name in another script", "Radek Sommer", "Радек Зоммер", true, nil},
		{"romanised endings", "Oleh Vasylenkiy", "Oleh Vasylenky", true, nil},
		{"a misspelt surname still diverges", "Ilse Karrard", "Ilse Karrad", true, []string{"Ilse Karrad=b", "Ilse Karrard=a"}},
		{"a hyphened name holds the shorter", "Varga-Kreel", "Kreel", true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := art("a", "Mayor "+tc.nameA+" ordered the evacuation of the riverside district of Belmora late on Tuesday.")
			b := art("b", "Mayor "+tc.nameB+" ordered the evacuation of the riverside district of Belmora late on Tuesday.")
			ma, mb := mention(a, tc.nameA), mention(b, tc.nameB)
			idB := "e1"
			if !tc.sameID {
				idB = "e2"
			}
			names := fakeNames{"a": {ma.Start: "e1"}, "b": {mb.Start: idB}}
			arts := []*news.Article{a, b}
			claims := Extract(arts, names, nil)
			if len(claims) != 1 {
				t.Fatalf("Extract = %+v, want one claim", claims)
			}
			got := values(Diverge(arts, claims, names), DivName)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Diverge names (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDivergeNamesAcrossLanguages: a name resolved to one entity but
// written another way in another language (an exonym) is no divergence;
// in one language it is.
func TestDivergeNamesAcrossLanguages(t *testing.T) {
	for _, tc := range []struct {
		langB string
		want  []string
	}{
		{"fr", nil},
		{"en", []string{"Varnia=a", "Varnie=b"}},
	} {
		a := art("a", "Officials in Varnia ordered the evacuation of the riverside district of Belmora late on Tuesday.")
		b := art("b", "Officials in Varnie ordered the evacuation of the riverside district of Belmora late on Tuesday.")
		b.Language = tc.langB
		ma, mb := mention(a, "Varnia"), mention(b, "Varnie")
		names := fakeNames{"a": {ma.Start: "e1"}, "b": {mb.Start: "e1"}}
		arts := []*news.Article{a, b}
		claims := Extract(arts, names, nil)
		if len(claims) != 1 {
			t.Fatalf("Extract = %+v, want one claim", claims)
		}
		if diff := cmp.Diff(tc.want, values(Diverge(arts, claims, names), DivName)); diff != "" {
			t.Errorf("languages en and %s: name values (-want +got):\n%s", tc.langB, diff)
		}
	}
}

// TestDivergeMerges checks that one slot compared across three articles
// comes out as one divergence listing which articles carry each value.
func TestDivergeMerges(t *testing.T) {
	arts := []*news.Article{
		art("a", "Floods in the town of Belmora killed 14 people on Tuesday, officials of the regional council said."),
		art("b", "Floods in the town of Belmora killed 41 people on Tuesday, officials of the regional council said."),
		art("c", "Floods in the town of Belmora killed 14 people on Tuesday, officials of the regional council said."),
	}
	claims := Extract(arts, nil, nil)
	divs := Diverge(arts, claims, nil)
	var nums []Divergence
	for _, d := range divs {
		if d.Kind == DivNumber {
			nums = append(nums, d)
		}
	}
	if len(nums) != 1 {
		t.Fatalf("Diverge = %+v, want one number divergence", divs)
	}
	if nums[0].Claim != claims[0].ID {
		t.Errorf("divergence claim = %q, want %q", nums[0].Claim, claims[0].ID)
	}
	want := []Value{
		{Value: "14", Articles: []string{"a", "c"}},
		{Value: "41", Articles: []string{"b"}},
	}
	got := slices.Clone(nums[0].Values)
	for i := range got {
		if got[i].Context == "" {
			t.Errorf("value %q has no context", got[i].Value)
		}
		got[i].Context = ""
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("merged values (-want +got):\n%s", diff)
	}
}

func TestDivergeDateGranularity(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"month against a day of it", "Parliament in Belmora was ceremonially opened on Sep. 24 by the regional council.",
			"Parliament in Belmora was ceremonially opened in September by the regional council.", nil},
		{"month against another month", "Parliament in Belmora was ceremonially opened in August by the regional council.",
			"Parliament in Belmora was ceremonially opened in September by the regional council.", []string{"August=a", "September=b"}},
		{"weekdays", "Parliament in Belmora was ceremonially opened on Monday by the regional council.",
			"Parliament in Belmora was ceremonially opened on Tuesday by the regional council.", []string{"Monday=a", "Tuesday=b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*news.Article{art("a", tc.a), art("b", tc.b)}
			got := values(Diverge(arts, Extract(arts, nil, nil), nil), DivDate)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Diverge(%q, %q) dates (-want +got):\n%s", tc.a, tc.b, diff)
			}
		})
	}
}

// TestDivergeLooseStatements hands Diverge one claim of two statements
// that share little (as grouping across a weeks-long story can make): a
// count next to a shared word is then two facts, not one figure changed,
// while the same statements reworded only slightly still diverge.
func TestDivergeLooseStatements(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       int
	}{
		{"little shared", "Prison officials in Belmora have cut off nearly all letters and calls for two men awaiting trial.",
			"A district judge agreed on Tuesday to hear complaints from lawyers for three men in Belmora.", 0},
		{"close wording", "Prison officials in Belmora have cut off nearly all letters and calls for two men awaiting trial.",
			"Prison officials in Belmora have cut off almost all letters and calls for three men awaiting trial.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := art("a", tt.a), art("b", tt.b)
			c := Claim{ID: "c", Articles: []string{"a", "b"}, Sentences: []Ref{
				{Article: "a", Start: 0, End: len(tt.a)}, {Article: "b", Start: 0, End: len(tt.b)}}}
			n := 0
			for _, d := range Diverge([]*news.Article{a, b}, []Claim{c}, nil) {
				if d.Kind == DivNumber {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d number divergences, want %d", n, tt.want)
			}
		})
	}
}

// TestRowsElsewhere: two articles with the same list of aftershocks, whose
// rows a claim pairs wrongly, state each other's figures in another row, so
// the figures do not diverge; a report whose toll rose does.
func TestRowsElsewhere(t *testing.T) {
	row1 := "An aftershock of 5.1 struck 32 kilometres deep, 102 kilometres from Tarnholm."
	row2 := "An aftershock of 4.6 struck 41 kilometres deep, 125 kilometres from Tarnholm."
	tests := []struct {
		name    string
		a, b    string
		pairA   string // the statement of a that the claim pairs ...
		pairB   string // ... with this one of b
		numbers bool   // whether the pair's figures diverge
	}{
		{"rows of one list paired wrongly", row1 + " " + row2, row2 + " " + row1, row1, row2, false},
		{"a toll that rose", "The fire killed 60 people and injured 173.", "The fire killed 65 people and injured 180.",
			"The fire killed 60 people and injured 173.", "The fire killed 65 people and injured 180.", true},
		{"one row told twice, one figure changed", row1 + " " + row2, "An aftershock of 5.1 struck 32 kilometres deep, 112 kilometres from Tarnholm.",
			row1, "An aftershock of 5.1 struck 32 kilometres deep, 112 kilometres from Tarnholm.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := art("a", tt.a), art("b", tt.b)
			ia, ib := strings.Index(tt.a, tt.pairA), strings.Index(tt.b, tt.pairB)
			claims := []Claim{{ID: "c1", Articles: []string{"a", "b"}, Sentences: []Ref{
				{Article: "a", Start: ia, End: ia + len(tt.pairA)}, {Article: "b", Start: ib, End: ib + len(tt.pairB)},
			}}}
			got := len(values(Diverge([]*news.Article{a, b}, claims, nil), DivNumber)) > 0
			if got != tt.numbers {
				t.Errorf("number divergence = %v, want %v", got, tt.numbers)
			}
		})
	}
}

// TestTimesInOneLanguage: two wordings in one language that disagree on a
// time of day diverge on the time, not on its minutes; one time written
// two ways does not diverge.
func TestTimesInOneLanguage(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []string // date values; nil for none
	}{
		{"a changed time", "The ferry left the Tarnholm quay at 06:44 local time with forty passengers aboard.",
			"The ferry left the Tarnholm quay at 06:57 local time with forty passengers aboard.", []string{"06:44=a", "06:57=b"}},
		{"one time, two ways", "The ferry left the Tarnholm quay at 1:40 p.m. with forty passengers aboard.",
			"The ferry left the Tarnholm quay at 13:40 with forty passengers aboard.", nil},
		{"the zone's time in brackets tells the change once", "The ferry left the Tarnholm quay at 06:44 local time (04:44 UTC) with forty passengers.",
			"The ferry left the Tarnholm quay at 06:57 local time (04:57 UTC) with forty passengers.", []string{"06:44=a", "06:57=b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []*news.Article{art("a", tt.a), art("b", tt.b)}
			claims := Extract(arts, nil, nil)
			if len(claims) != 1 {
				t.Fatalf("Extract = %d claims, want 1", len(claims))
			}
			divs := Diverge(arts, claims, nil)
			if diff := cmp.Diff(tt.want, values(divs, DivDate)); diff != "" {
				t.Errorf("date values (-want +got):\n%s", diff)
			}
			if got := values(divs, DivNumber); got != nil {
				t.Errorf("number values %v, want none", got)
			}
		})
	}
}

// TestDivergeNamesShortForm: a surname alone is the full name it ends,
// not a third spelling: "Karrard" joins "Ilse Karrard", against "Ilse
// Karrad".
func TestDivergeNamesShortForm(t *testing.T) {
	text := func(name string) string {
		return "Mayor " + name + " ordered the evacuation of the riverside district of Belmora late on Tuesday."
	}
	a, b, c := art("a", text("Ilse Karrard")), art("b", text("Ilse Karrad")), art("c", text("Karrard"))
	names := fakeNames{"a": {mention(a, "Ilse Karrard").Start: "e1"}, "b": {mention(b, "Ilse Karrad").Start: "e1"}, "c": {mention(c, "Karrard").Start: "e1"}}
	arts := []*news.Article{a, b, c}
	claims := Extract(arts, names, nil)
	if len(claims) != 1 {
		t.Fatalf("Extract = %+v, want one claim", claims)
	}
	var got [][]string
	for _, d := range Diverge(arts, claims, names) {
		if d.Kind != DivName {
			continue
		}
		for _, v := range d.Values {
			got = append(got, append([]string{v.Value}, v.Articles...))
		}
	}
	want := [][]string{{"Ilse Karrard", "a", "c"}, {"Ilse Karrad", "b"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("name values (-want +got):\n%s", diff)
	}
}
