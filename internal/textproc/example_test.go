package textproc_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

func ExampleProcess() {
	a := &news.Article{
		Title: "Port of Valdmere reopens",
		Text: "Dockworkers returned to the Port of Valdmere on Friday. Dr. Okafor called it a fair deal.\n\n" +
			"Read Also: Ferry fares to rise in spring\n\n" +
			"Ships began to unload within the hour.\n\n" +
			"Leave a Reply\nYour email address will not be published.",
	}
	textproc.Process(a)
	fmt.Println(a.Language)
	for i := range a.Sentences {
		fmt.Println(a.SentenceText(i))
	}
	for _, r := range a.Boilerplate {
		fmt.Printf("removed %s: %s\n", r.Reason, r.Text)
	}
	// Output:
	// en
	// Dockworkers returned to the Port of Valdmere on Friday.
	// Dr. Okafor called it a fair deal.
	// Ships began to unload within the hour.
	// removed read-also: Read Also: Ferry fares to rise in spring
	// removed comment-form: Leave a Reply
	// removed comment-form: Your email address will not be published.
}
