// Package progress draws a one-line progress bar on a terminal for long runs
// of any pipeline stage. It stays silent when the output is not a terminal,
// when asked to be quiet, and for work that finishes within a second, so that
// scripts and short runs see nothing.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// Bar reports progress over a known total of units (bytes, articles).
type Bar struct {
	mu      sync.Mutex
	w       io.Writer
	label   string
	total   int64
	done    int64
	start   time.Time
	last    time.Time
	shown   bool
	enabled bool
	delay   time.Duration
}

// New returns a bar writing to w, enabled only when w is a terminal and quiet
// is false.
func New(w io.Writer, label string, total int64, quiet bool) *Bar {
	enabled := !quiet
	if f, ok := w.(*os.File); !ok || !term.IsTerminal(int(f.Fd())) {
		enabled = false
	}
	now := time.Now()
	return &Bar{w: w, label: label, total: total, start: now, enabled: enabled, delay: time.Second}
}

// Add records n more units done.
func (b *Bar) Add(n int64) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	if !b.enabled {
		return
	}
	now := time.Now()
	if now.Sub(b.start) < b.delay || now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.last = now
	b.shown = true
	fmt.Fprintf(b.w, "\r%s", Line(b.label, b.done, b.total, now.Sub(b.start)))
}

// Finish clears the bar if it was drawn.
func (b *Bar) Finish() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shown {
		fmt.Fprintf(b.w, "\r%s\r", blank)
		b.shown = false
	}
}

const width = 30

var blank = fmt.Sprintf("%80s", "")

// Line renders the bar text for done of total after elapsed.
func Line(label string, done, total int64, elapsed time.Duration) string {
	frac := 1.0
	if total > 0 {
		frac = float64(done) / float64(total)
	}
	frac = min(max(frac, 0), 1)
	filled := int(frac * width)
	bar := make([]byte, width)
	for i := range bar {
		if i < filled {
			bar[i] = '#'
		} else {
			bar[i] = '.'
		}
	}
	return fmt.Sprintf("%s [%s] %3.0f%% %s", label, bar, frac*100, elapsed.Round(time.Second))
}
