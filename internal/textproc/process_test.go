package textproc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestProcessKeepsEarlierBoilerplate(t *testing.T) {
	a := &news.Article{
		Text:        "The ferry to Orlan Island resumed service on Monday after storms.\n\nAdvertisement\n\nPassengers welcomed the news.",
		Boilerplate: []news.Removed{{Text: "Menu", Reason: "navigation"}},
	}
	Process(a)
	// At: where the line stood, the end of the first paragraph.
	want := []news.Removed{{Text: "Menu", Reason: "navigation"}, {Text: "Advertisement", Reason: ReasonAd, At: len("The ferry to Orlan Island resumed service on Monday after storms.")}}
	if fmt.Sprint(a.Boilerplate) != fmt.Sprint(want) {
		t.Errorf("Process: Boilerplate = %+v, want %+v", a.Boilerplate, want)
	}
	if a.Language != "en" || a.ID == "" || len(a.Sentences) != 2 {
		t.Errorf("Process: Language %q, ID %q, %d sentences; want en, an ID, 2", a.Language, a.ID, len(a.Sentences))
	}
	checkInvariants(t, a)
}

func TestAnalyzeAssignsSentences(t *testing.T) {
	a := &news.Article{Language: "en", Text: "Ships wait. The port is shut.\nTalks resume Friday."}
	Analyze(a)
	var got []string
	for _, tok := range a.Tokens {
		got = append(got, fmt.Sprintf("%s/%d", a.Text[tok.Start:tok.End], tok.Sentence))
	}
	want := "Ships/0 wait/0 The/1 port/1 is/1 shut/1 Talks/2 resume/2 Friday/2"
	if strings.Join(got, " ") != want {
		t.Errorf("Analyze(%q) tokens = %s, want %s", a.Text, strings.Join(got, " "), want)
	}
	if a.Language != "en" {
		t.Errorf("Analyze changed a preset Language to %q", a.Language)
	}
}

func TestProcessIsIdempotent(t *testing.T) {
	a := &news.Article{Text: "Lindqvist passed its budget on Monday after a long debate in the council.\nRead more: Tram line delayed\nShare this:"}
	Process(a)
	text, n := a.Text, len(a.Boilerplate)
	Process(a)
	if a.Text != text || len(a.Boilerplate) != n {
		t.Errorf("second Process changed Text %q -> %q or Boilerplate %d -> %d", text, a.Text, n, len(a.Boilerplate))
	}
}

func outletArticle(outlet, url, body string) *news.Article {
	return &news.Article{Outlet: outlet, URL: url, Language: "en", Text: body}
}

func TestRemoveOutletBoilerplate(t *testing.T) {
	const tagline = "The Valdmere Herald is an independent newspaper funded by its readers."
	stories := []string{
		"The port reopened on Friday after a nine-day strike.",
		"The council passed the budget late on Monday.",
		"A new ferry terminal will open in the spring of next year.",
		"Fishing boats returned early as the storms closed in.",
	}
	var arts []*news.Article
	for i, s := range stories {
		arts = append(arts, outletArticle("Valdmere Herald", fmt.Sprintf("https://herald.example/%d", i), s+"\n\n"+tagline))
	}
	// A copy of the first story under another URL must not make its own
	// sentence look like the outlet's template.
	arts = append(arts, outletArticle("Valdmere Herald", "https://herald.example/copy", arts[0].Text))
	// Another outlet with the same line in only one article keeps it.
	other := outletArticle("Orlan Post", "https://post.example/1", stories[0]+"\n\n"+tagline)
	arts = append(arts, other)
	for _, a := range arts {
		Analyze(a)
	}

	got := RemoveOutletBoilerplate(arts)
	if got != 5 {
		t.Errorf("RemoveOutletBoilerplate() = %d, want 5", got)
	}
	for i, a := range arts[:4] {
		if a.Text != stories[i] {
			t.Errorf("article %d Text = %q, want %q", i, a.Text, stories[i])
		}
		if len(a.Boilerplate) != 1 || a.Boilerplate[0].Reason != ReasonOutlet {
			t.Errorf("article %d Boilerplate = %+v, want one %q", i, a.Boilerplate, ReasonOutlet)
		}
		if len(a.Sentences) != 1 || a.ID != ContentID(a) {
			t.Errorf("article %d not re-analysed: %d sentences, ID %q", i, len(a.Sentences), a.ID)
		}
	}
	if !strings.Contains(other.Text, tagline) {
		t.Errorf("other outlet's article lost its line: %q", other.Text)
	}
}

// TestRemoveOutletBoilerplateKeepsOffsets: the offsets of lines removed
// by cleaning follow the text when outlet lines are taken out before them,
// and an outlet line stands where the text before it ends.
func TestRemoveOutletBoilerplateKeepsOffsets(t *testing.T) {
	const tagline = "Support the Valdmere Herald: subscribe today."
	post := "The harbour master says pier %d will reopen by Friday."
	byline := "— Harbour Office (@valdharbour) March 3, 2026"
	var arts []*news.Article
	for i := range 4 {
		body := fmt.Sprintf("Storm damage closed pier %d on Monday.\n\n%s\n\n%s\n%s\n\nRepairs on pier %d began on Tuesday.", i, tagline, fmt.Sprintf(post, i), byline, i)
		arts = append(arts, outletArticle("Valdmere Herald", fmt.Sprintf("https://herald.example/%d", i), body))
	}
	for _, a := range arts {
		Process(a)
	}
	if got := RemoveOutletBoilerplate(arts); got != 4 {
		t.Fatalf("RemoveOutletBoilerplate() = %d, want 4", got)
	}
	for i, a := range arts {
		checkInvariants(t, a)
		at := map[string]int{}
		for _, r := range a.Boilerplate {
			at[r.Reason] = r.At
		}
		if e, ok := at[ReasonEmbed]; !ok || !strings.HasSuffix(a.Text[:e], fmt.Sprintf(post, i)) {
			t.Errorf("article %d: embed byline at %d (%v), want just after the post in %q", i, e, ok, a.Text)
		}
		if o := at[ReasonOutlet]; !strings.HasSuffix(a.Text[:o], "on Monday.") {
			t.Errorf("article %d: outlet line at %d, want after the first paragraph in %q", i, o, a.Text)
		}
	}
}

func TestRemoveOutletBoilerplateSparesCopies(t *testing.T) {
	// Three copies of one story and one other article: the story's lines
	// are in 3 of 4 articles, but copies count once.
	body := "The port reopened on Friday.\nShips moved again."
	arts := []*news.Article{
		outletArticle("Herald", "https://h.example/1", body),
		outletArticle("Herald", "https://h.example/2", body),
		outletArticle("Herald", "https://h.example/3", body),
		outletArticle("Herald", "https://h.example/4", "The council met."),
	}
	if got := RemoveOutletBoilerplate(arts); got != 0 {
		t.Errorf("RemoveOutletBoilerplate(copies) = %d, want 0", got)
	}
}

func TestRemoveOutletBoilerplateByHost(t *testing.T) {
	const line = "Follow the Herald for more."
	var arts []*news.Article
	for i := range 3 {
		arts = append(arts, outletArticle("", fmt.Sprintf("https://www.herald.example/%d", i), fmt.Sprintf("Story number %d happened today.\n%s", i, line)))
	}
	if got := RemoveOutletBoilerplate(arts); got != 3 {
		t.Errorf("RemoveOutletBoilerplate(by host) = %d, want 3", got)
	}
}

// TestProcessConcurrent runs Process on distinct articles from many
// goroutines, as the pipeline does, so that -race sees the shared
// language detector and tables used concurrently.
func TestProcessConcurrent(t *testing.T) {
	texts := []string{
		"The dockworkers at the port walked off the job on Tuesday and ships are waiting offshore.",
		"Los vecinos se quejaron del ruido durante la noche del sábado, aunque no hubo incidentes graves.",
		"Портовые рабочие прекратили работу во вторник, и корабли ждут у берега уже несколько дней.",
	}
	want := []string{"en", "es", "ru"}
	done := make(chan error, 12)
	for i := range 12 {
		go func() {
			a := &news.Article{Text: texts[i%3]}
			Process(a)
			if a.Language != want[i%3] {
				done <- fmt.Errorf("Process(%q).Language = %q, want %q", a.Text, a.Language, want[i%3])
				return
			}
			done <- nil
		}()
	}
	for range 12 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
