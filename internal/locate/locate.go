// Package locate finds what lives outside the package at hand: the shared/
// folder beside the repository (the seed story and the public benchmark
// data that tests, `crosscheck eval` and `crosscheck bench` read) and the
// repository's own example corpus. It uses only the standard library, so
// the tests of every pipeline package can import it.
package locate

import (
	"os"
	"path/filepath"
)

// Up walks up from the working directory and returns the first dir/rel
// that exists, or "" when no ancestor holds one.
func Up(rel string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Shared returns the shared/ folder beside the repository, or "".
func Shared() string {
	p := Up("shared")
	if fi, err := os.Stat(p); p == "" || err != nil || !fi.IsDir() {
		return ""
	}
	return p
}

// Skipper is the part of testing.TB that SharedOrSkip needs.
type Skipper interface {
	Helper()
	Skip(args ...any)
}

// SharedOrSkip returns shared/rel, or skips the test, naming what it looked
// for, when that is not there (a checkout without the shared data).
func SharedOrSkip(t Skipper, rel string) string {
	t.Helper()
	if s := Shared(); s != "" {
		p := filepath.Join(s, rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("shared/" + filepath.ToSlash(rel) + " not found beside the repository: skipping a test that needs the shared seeds or benchmark data")
	return ""
}
