//go:build race

package cluster

// raceEnabled is set when the race detector runs, which slows the
// measurement tests on shared data several times over; they check scores,
// not concurrency, so the slowest skip.
const raceEnabled = true
