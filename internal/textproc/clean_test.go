package textproc

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/clean")

// TestCleanGolden cleans each fictional article in testdata/clean and
// compares the clean text and the removals with the reviewed golden file.
func TestCleanGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "clean", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no fixtures in testdata/clean: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text, removed := Clean(string(b))
			var got strings.Builder
			got.WriteString(text)
			got.WriteString("\n\n=== removed\n")
			for _, r := range removed {
				got.WriteString(r.Reason + "\t" + r.Text + "\n")
			}
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if diff := cmp.Diff(string(want), got.String()); diff != "" {
				t.Errorf("Clean(%s) mismatch (-want +got):\n%s", in, diff)
			}
		})
	}
}

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"read also colon", "Read Also: Harbour museum reopens its doors", ReasonReadAlso},
		{"read more caps", "READ MORE: Ferry fares to rise", ReasonReadAlso},
		{"see also dash", "See also – the full timeline", ReasonReadAlso},
		{"also read title", "Also read Lindqvist tram line to open late", ReasonReadAlso},
		{"bulleted read more", "» Read more", ReasonReadAlso},
		{"leggi anche", "Leggi anche: il nuovo porto di Varnese", ReasonReadAlso},
		{"read more sentence", "Read more reports, she said, and you will see the pattern.", ""},
		{"read more mid sentence", "She said she would read more reports.", ""},
		{"leave a reply", "Leave a Reply", ReasonCommentForm},
		{"cancel reply", "Cancel reply", ReasonCommentForm},
		{"name star", "Name*", ReasonCommentForm},
		{"email star", "Email *", ReasonCommentForm},
		{"website", "Website", ReasonCommentForm},
		{"post comment", "Post Comment", ReasonCommentForm},
		{"save my name", "Save my name, email, and website in this browser for the next time I comment.", ReasonCommentForm},
		{"required fields", "Required fields are marked *", ReasonCommentForm},
		{"comment count", "12 Comments", ReasonCommentForm},
		{"comment prose", "Residents can leave a comment at the town hall on Friday.", ""},
		{"share this", "Share this:", ReasonShare},
		{"click to share", "Click to share on WhatsApp (Opens in new window)", ReasonShare},
		{"newsletter", "Subscribe to our newsletter", ReasonShare},
		{"follow us", "Follow us on Telegram", ReasonShare},
		{"sign up newsletter", "Sign up for our weekly newsletter", ReasonShare},
		{"sign up prose", "Sign up for the draft fell by a third this year.", ""},
		{"related heading", "Related Posts", ReasonRelatedPosts},
		{"a writer's note with handles", "Email Ada Brenn at abrenn@harbourtimes.example or follow her @adabrenn. Follow us on Twitter @HarbourTimes.", ReasonShare},
		{"a handle quoted in prose", "The mayor wrote to @VarniaCouncil on Monday that the ferry would stop, and residents answered within minutes.", ""},
		{"glued links with section tags", "DON'T MISS Ferry strike: what we know [LATEST]Harbour fire: crews stand down [VIDEO]", ReasonRelatedPosts},
		{"tagged links without a heading", "Mayor quits after vote [INSIGHT]|Tram line delayed again [REACTION]", ReasonRelatedPosts},
		{"don't miss glued title", "Don't miss: Harbour museum reopens", ReasonReadAlso},
		{"don't miss prose", "Don't miss the last ferry, the captain warned, because the next one leaves on Monday.", ""},
		{"one bracketed tag in prose", "The council said it would \"review [the] plan\" and publish the vote [UPDATED] on Friday.", ""},
		{"post list", "Post List", ReasonRelatedPosts},
		{"hot news", "Hot News", ReasonRelatedPosts},
		{"you may also like", "You may also like:", ReasonRelatedPosts},
		{"trending", "Trending", ReasonRelatedPosts},
		{"trending prose", "Trending topics on the island are mostly about the weather.", ""},
		{"tweet byline", "— Ada Marlow (@adamarlow_) November 18, 2019", ReasonEmbed},
		{"instagram byline", "A post shared by Kettle Lines (@kettle.lines) on Nov 18, 2019 at 10:02am PST", ReasonEmbed},
		{"dash in prose", "— and then, on November 18, 2019, the ferry sank (@ten past nine).", ""},
		{"related post", "Related post: Pickled Sprouts Recipe", ReasonReadAlso},
		{"most read in a section", "Most read in World News", ReasonRelatedPosts},
		{"more from a section", "More from Harbour Sport", ReasonRelatedPosts},
		{"more in prose", "More in the valley than anyone expected.", ""},
		{"long line from a section word", "More from the council meeting was published on Tuesday by the clerk", ""},
		{"url", "https://news.example/a/b", ReasonSlug},
		{"slug", "us-russia-talks-former-officials-lavrov-2023", ReasonSlug},
		{"capital slug", "Ex-harbour-strike-ends-after-nine-days", ReasonSlug},
		{"hyphenated word", "Well-known", ""},
		{"punctuation", ", , , ,", ReasonPunctuation},
		{"stars", "* * *", ReasonPunctuation},
		{"source host", "Source: msn.com3", ReasonSourceLine},
		{"source outlet kept", "Source: Valdmere Herald", ""},
		{"advertisement", "ADVERTISEMENT", ReasonAd},
		{"cookies", "We use cookies to improve your experience.", ReasonAd},
		{"plain sentence", "The council met on Monday.", ""},
		{"newsletter pitch after prose", "There's plenty more where that came from. Sign up for The Daily Float today to get the free daily newsletter delivered to your inbox.", ReasonShare},
		{"inbox pitch", "Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.", ReasonShare},
		{"sign up with a colon", "Sign Up: Stay on top of harbour news! Sign up for our Email Newsletters here.", ReasonShare},
		{"subscribe button", "SUBSCRIBE", ReasonShare},
		{"magazine offer", "Get Ferry Monthly delivered to your door every month. 12 issues for £11.99. Click here for more information.", ReasonShare},
		{"log in to comment", "You must log in to post a comment.", ReasonCommentForm},
		{"rights notice", "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement.", ReasonAd},
		{"wire rights line", "All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", ReasonAd},
		{"widget error", "An error has occurred, please try again later.", ReasonSiteMessage},
		{"subscribers in prose", "A preview of the report was shared with paying subscribers on Monday.", ""},
		{"an error in prose", "The inquiry found that an error occurred in the signal box on the morning of the crash, when two trains were sent onto one track.", ""},
		{"a short error in prose", "An error occurred in the vote count, officials said.", ""},
		{"inbox in a long report", "The council said residents would find the new bin timetable delivered to your inbox, a phrase its leaflet used, although most households in Varnholm still receive the printed leaflet by post and many never registered an email address with the town hall at all, the clerk added.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := classifyLine(tc.line, collapseSpace(Fold(tc.line)))
			if got != tc.want {
				t.Errorf("classifyLine(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}

func TestCleanRelatedBlockEndsAtParagraph(t *testing.T) {
	in := "First paragraph of the story, long enough to be prose.\n\nRelated posts\nTitle one here\n\nTitle two here\nThe story goes on with a paragraph that is long enough to read as normal prose again, so the list ends here.\nShort line after"
	got, removed := Clean(in)
	want := "First paragraph of the story, long enough to be prose.\n\nThe story goes on with a paragraph that is long enough to read as normal prose again, so the list ends here.\nShort line after"
	if got != want {
		t.Errorf("Clean(%q) = %q, want %q", in, got, want)
	}
	if len(removed) != 3 {
		t.Errorf("Clean(%q) removed %d lines (%+v), want 3", in, len(removed), removed)
	}
}

func TestCleanRepeatedKeepsFirst(t *testing.T) {
	p := "The ferry to Orlan Island will run twice a day from the first of May onwards, the harbour office said on Monday."
	in := p + "\n\nSomething else happened in between today.\n\n" + strings.ToUpper(p) + "\u00a0"
	got, removed := Clean(in)
	want := p + "\n\nSomething else happened in between today."
	if got != want {
		t.Errorf("Clean(%q) = %q, want %q", in, got, want)
	}
	if len(removed) != 1 || removed[0].Reason != ReasonRepeated {
		t.Errorf("Clean(%q) removed %+v, want one %q", in, removed, ReasonRepeated)
	}
}

func TestCleanKeepsShortRepeats(t *testing.T) {
	// Interview questions and list items recur in real articles.
	in := "What inspired you?\nThe sea, she said.\nWhat inspired you?\nMy father.\n1 cup rice, 2 eggs, 1 tsp. oil, 4 oz. cooked chicken, 1 cup spinach, 8 oz. water, salt and pepper to taste\n1 cup rice, 2 eggs, 1 tsp. oil, 4 oz. cooked chicken, 1 cup spinach, 8 oz. water, salt and pepper to taste"
	got, removed := Clean(in)
	if got != in || len(removed) != 0 {
		t.Errorf("Clean(%q) = %q, removed %+v; want it unchanged", in, got, removed)
	}
}
