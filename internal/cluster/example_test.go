package cluster

import (
	"fmt"
	"time"
)

func ExampleOnline() {
	day := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	c := New(Options{})
	for _, a := range []struct{ id, text string }{
		{"a1", "The River Tane burst its banks in Marrowby, flooding 200 homes on Mill Street. Boats rescued residents."},
		{"a2", "Scooter maker Quillon recalls 30,000 electric scooters after battery fires during charging."},
		{"a3", "Flood water from the River Tane covered Mill Street in Marrowby; rescue boats took families from 200 homes."},
	} {
		fmt.Println(a.id, "->", c.Add(testArticle(a.id, "", a.text, day)))
	}
	for _, s := range c.Stories() {
		fmt.Println(s.ID, s.Articles)
	}
	// Output:
	// a1 -> s-a1
	// a2 -> s-a2
	// a3 -> s-a1
	// s-a1 [a1 a3]
	// s-a2 [a2]
}
