package entity_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

func ExampleMentions() {
	a := &news.Article{Text: "Foreign Minister Sergei Lavrov met the CFR in New York."}
	for _, m := range entity.Mentions(a) {
		fmt.Printf("%q %s\n", m.Text, m.Kind)
	}
	// Output:
	// "Sergei Lavrov" person
	// "CFR" org
	// "New York" place
}

func ExampleResolve() {
	arts := []*news.Article{
		{ID: "a", Text: "Sergey Lavrov met Richard Haass of the Council on Foreign Relations."},
		{ID: "b", Text: "Sergei Lavrov spoke with the CFR. Lavrov left."},
	}
	s := entity.Resolve(arts)
	for _, e := range s.Entities {
		fmt.Printf("%s %q:", e.Kind, e.Name)
		for _, v := range e.Variants {
			fmt.Printf(" %q", v.Text)
		}
		fmt.Println()
	}
	// Output:
	// person "Sergey Lavrov": "Sergey Lavrov" "Sergei Lavrov" "Lavrov"
	// org "Council on Foreign Relations": "Council on Foreign Relations" "CFR"
	// person "Richard Haass": "Richard Haass"
}
