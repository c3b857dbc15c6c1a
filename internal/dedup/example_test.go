package dedup_test

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/dedup"
)

func Example() {
	wire := "the harbour authority said on tuesday that the old grain pier will close for eighteen months while engineers replace its timber piles"
	reprint := "the harbour authority said on tuesday that the old grain pier will close for eighteen months while engineers replace its timber piles subscribe now"
	other := "a choir of retired miners won the national amateur singing contest on saturday with a programme of old work songs"

	ix := dedup.NewIndex(dedup.Options{})
	var pairs []dedup.Pair
	for _, d := range []struct{ id, text string }{{"wire", wire}, {"reprint", reprint}, {"other", other}} {
		pairs = append(pairs, dedup.PairsOf(d.id, ix.Add(d.id, strings.Fields(d.text)))...)
	}
	fmt.Println(dedup.Groups(pairs))
	// Output: [[reprint wire]]
}
