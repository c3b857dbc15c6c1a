package brief_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/brief"
)

func ExampleRouge() {
	refs := []string{"The bridge closed for six weeks.", "Cracked cables shut the bridge."}
	r1, _ := brief.Rouge("The bridge was closed after cables cracked.", refs, 1)
	fmt.Printf("ROUGE-1 recall %.2f\n", r1) // 7 of the references' 11 stemmed words
	// Output:
	// ROUGE-1 recall 0.64
}
