package ingest

import (
	"fmt"
	"testing"
)

func TestSeenFilter(t *testing.T) {
	f := newSeenFilter(10000)
	for i := range 10000 {
		f.add(fmt.Sprintf("id-%d", i))
	}
	for i := range 10000 {
		if !f.mayHave(fmt.Sprintf("id-%d", i)) {
			t.Fatalf("mayHave(id-%d) = false for an added key", i)
		}
	}
	falsePos := 0
	for i := range 10000 {
		if f.mayHave(fmt.Sprintf("other-%d", i)) {
			falsePos++
		}
	}
	// Sized for 65,536 keys (the minimum), 10,000 in: false positives rare.
	if falsePos > 100 {
		t.Errorf("%d false positives in 10,000, want about 1%% or fewer", falsePos)
	}
	if f.mayHave("") {
		t.Error("mayHave(\"\") = true")
	}
	if f.full() {
		t.Error("full() = true below capacity")
	}
}
