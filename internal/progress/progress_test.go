package progress

import (
	"bytes"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	tests := []struct {
		name        string
		done, total int64
		want        string
	}{
		{"start", 0, 100, "reading [..............................]   0% 2s"},
		{"half", 50, 100, "reading [###############...............]  50% 2s"},
		{"over", 150, 100, "reading [##############################] 100% 2s"},
		{"unknown total", 7, 0, "reading [##############################] 100% 2s"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Line("reading", tc.done, tc.total, 2*time.Second); got != tc.want {
				t.Errorf("Line(%d, %d) = %q, want %q", tc.done, tc.total, got, tc.want)
			}
		})
	}
}

func TestBarSilentWhenNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "x", 10, false)
	b.delay = 0
	b.Add(5)
	b.Finish()
	if buf.Len() != 0 {
		t.Errorf("bar wrote %q to a non-terminal", buf.String())
	}
}
