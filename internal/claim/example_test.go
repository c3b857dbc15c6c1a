package claim_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

func ExampleDiverge() {
	arts := []*news.Article{
		{ID: "herald", Outlet: "Valley Herald", Text: "Floods in the town of Belmora killed 14 people on Tuesday, officials of the regional council said."},
		{ID: "post", Outlet: "Ostrel Post", Text: "Floods in the town of Belmora killed 41 people on Tuesday, officials of the regional council said."},
	}
	claims := claim.Extract(arts, nil, nil)
	for _, c := range claims {
		fmt.Printf("%d articles, %d origins, %s\n", len(c.Articles), c.Origins, c.Kind)
	}
	for _, d := range claim.Diverge(arts, claims, nil) {
		for _, v := range d.Values {
			fmt.Printf("%s: %s in %v\n", d.Kind, v.Value, v.Articles)
		}
	}
	// Output:
	// 2 articles, 2 origins, fact
	// number: 14 in [herald]
	// number: 41 in [post]
}
