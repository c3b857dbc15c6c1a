package textproc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(text, lang string) []string {
	var out []string
	for _, s := range Sentences(text, lang) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"simple", "en", "The port closed. Ships waited offshore! Why? Nobody knew.",
			[]string{"The port closed.", "Ships waited offshore!", "Why?", "Nobody knew."}},
		{"titles", "en", "Mr. Brenn met Dr. Okafor and Gen. Ilves on Monday. They agreed.",
			[]string{"Mr. Brenn met Dr. Okafor and Gen. Ilves on Monday.", "They agreed."}},
		{"initials", "en", "The report by J. R. Talvik was published. It ran long.",
			[]string{"The report by J. R. Talvik was published.", "It ran long."}},
		{"a letter ends a sentence before a function word", "en", "The port runs on the Mark X. So the old cranes stay. Talks went on.",
			[]string{"The port runs on the Mark X.", "So the old cranes stay.", "Talks went on."}},
		{"German day with a full stop", "de", "Der Damm brach am 10. März in Kaldbruck. Die Polizei sperrte das Tal.",
			[]string{"Der Damm brach am 10. März in Kaldbruck.", "Die Polizei sperrte das Tal."}},
		{"German ordinal before a noun", "de", "Das Team aus Belmora wurde 3. Sieger im Finale.",
			[]string{"Das Team aus Belmora wurde 3. Sieger im Finale."}},
		{"German number ends a sentence before a function word", "de", "Die Zahl der Toten stieg auf 14. Die Polizei sucht weiter.",
			[]string{"Die Zahl der Toten stieg auf 14.", "Die Polizei sucht weiter."}},
		{"English number at a sentence end", "en", "The death toll rose to 14. Rescuers kept searching.",
			[]string{"The death toll rose to 14.", "Rescuers kept searching."}},
		{"a letter before a surname stays", "en", "Mayor Ilse K. Varga spoke. It ran long.",
			[]string{"Mayor Ilse K. Varga spoke.", "It ran long."}},
		{"dotted abbreviation mid sentence", "en", "The U.S. Navy and U.S. officials met at 9 a.m. on Friday.",
			[]string{"The U.S. Navy and U.S. officials met at 9 a.m. on Friday."}},
		{"dotted abbreviation at end", "en", "Talks were held in the U.S. The next round is in May.",
			[]string{"Talks were held in the U.S.", "The next round is in May."}},
		{"month abbreviation", "en", "The strike began on Jan. 5 and ended in Sept. 2027. It was long.",
			[]string{"The strike began on Jan. 5 and ended in Sept. 2027.", "It was long."}},
		{"company at end", "en", "He works for Corvin Ltd. The firm declined to comment.",
			[]string{"He works for Corvin Ltd.", "The firm declined to comment."}},
		{"quotes", "en", `"We have waited three years," she said. "Enough is enough." Then she left.`,
			[]string{`"We have waited three years," she said.`, `"Enough is enough."`, "Then she left."}},
		{"curly quotes", "en", "He said: “It is over.” The crowd cheered.",
			[]string{"He said: “It is over.”", "The crowd cheered."}},
		{"question inside quote continues", "en", `"Is it over?" she asked. Yes.`,
			[]string{`"Is it over?" she asked.`, "Yes."}},
		{"ellipsis", "en", "We waited... and waited. Then... Nothing happened.",
			[]string{"We waited... and waited.", "Then...", "Nothing happened."}},
		{"unicode ellipsis", "en", "It was over… The end.",
			[]string{"It was over…", "The end."}},
		{"decimals and hosts", "en", "Growth was 2.4 percent, msn.com said. Done.",
			[]string{"Growth was 2.4 percent, msn.com said.", "Done."}},
		{"newline is a break", "en", "Port strike ends\nThe dockworkers returned on Friday.",
			[]string{"Port strike ends", "The dockworkers returned on Friday."}},
		{"paragraphs", "en", "First one.\n\n  Second one.  \n",
			[]string{"First one.", "Second one."}},
		{"hard wrapped prose", "en", "The council met on Monday to discuss\nthe budget for next year. It passed.",
			[]string{"The council met on Monday to discuss\nthe budget for next year.", "It passed."}},
		{"spanish", "es", "La Sra. Ferrán habló. ¿Habrá otra edición? Sí, en julio.",
			[]string{"La Sra. Ferrán habló.", "¿Habrá otra edición?", "Sí, en julio."}},
		{"russian", "ru", "В. Петров приехал в Москву. Он встретился с министром.",
			[]string{"В. Петров приехал в Москву.", "Он встретился с министром."}},
		{"german", "de", "Der Hafen ist zu. Die Schiffe warten.",
			[]string{"Der Hafen ist zu.", "Die Schiffe warten."}},
		{"chinese", "zh", "港口关闭了。船只在海上等待！",
			[]string{"港口关闭了。", "船只在海上等待！"}},
		{"hindi", "hi", "बंदरगाह बंद हो गया। जहाज़ इंतज़ार कर रहे हैं।",
			[]string{"बंदरगाह बंद हो गया।", "जहाज़ इंतज़ार कर रहे हैं।"}},
		{"arabic", "ar", "أغلق الميناء. انتظرت السفن؟ نعم.",
			[]string{"أغلق الميناء.", "انتظرت السفن؟", "نعم."}},
		{"empty", "en", "  \n\n ", nil},
		{"fixed-width wire copy", "en",
			"Dockworkers at the Port of Valdmere returned to work on Friday after \n" +
				"a nine-day strike. The agreement was signed by Governor \n" +
				"Marta Ilves and the union leader in the early hours, officials \n" +
				"said. ``It is a fair deal,'' the union leader told reporters at \n" +
				"the harbour on Friday morning.\n\n" +
				"Ships began unloading at noon.",
			[]string{
				"Dockworkers at the Port of Valdmere returned to work on Friday after \na nine-day strike.",
				"The agreement was signed by Governor \nMarta Ilves and the union leader in the early hours, officials \nsaid.",
				"``It is a fair deal,'' the union leader told reporters at \nthe harbour on Friday morning.",
				"Ships began unloading at noon.",
			}},
		{"headline lines are not wire copy", "en",
			"Port reopens\nShips unload\nUnion votes yes\nCouncil meets today",
			[]string{"Port reopens", "Ships unload", "Union votes yes", "Council meets today"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text, tc.lang)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
