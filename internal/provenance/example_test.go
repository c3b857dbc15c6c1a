package provenance_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/provenance"
)

func ExampleOutletKey() {
	for _, name := range []string{"NBC", "NBC News", "nbcnews.com", "The Washington Post"} {
		fmt.Println(provenance.OutletKey(name))
	}
	// Output:
	// nbc
	// nbc
	// nbc
	// washingtonpost
}

func ExampleAttributions() {
	a := &news.Article{ID: "a", Text: "The ferry sank on Friday, according to the Quay Courier. Two crew members told Fen Radio they swam ashore."}
	for _, at := range provenance.Attributions(a) {
		fmt.Printf("%s: %q\n", at.Outlet, at.Phrase)
	}
	// Output:
	// the Quay Courier: "according to the Quay Courier"
	// Fen Radio: "told Fen Radio"
}
