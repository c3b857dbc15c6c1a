package locate

import (
	"os"
	"path/filepath"
	"testing"
)

type recorder struct {
	skipped bool
	msg     string
}

func (r *recorder) Helper() {}
func (r *recorder) Skip(args ...any) {
	r.skipped = true
	if len(args) > 0 {
		r.msg, _ = args[0].(string)
	}
}

func TestUpAndShared(t *testing.T) {
	root := t.TempDir()
	pkg := filepath.Join(root, "repo", "internal", "x")
	for _, d := range []string{pkg, filepath.Join(root, "shared", "seeds"), filepath.Join(root, "repo", "examples", "corpus")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(pkg)
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"example corpus above", Up(filepath.Join("examples", "corpus")), filepath.Join(root, "repo", "examples", "corpus")},
		{"shared beside the repository", Shared(), filepath.Join(root, "shared")},
		{"missing", Up("no-such-folder"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
	t.Run("SharedOrSkip", func(t *testing.T) {
		var r recorder
		if got := SharedOrSkip(&r, "seeds"); got != filepath.Join(root, "shared", "seeds") || r.skipped {
			t.Errorf("SharedOrSkip(seeds) = %q, skipped %v; want the folder, not skipped", got, r.skipped)
		}
		r = recorder{}
		SharedOrSkip(&r, "data")
		if !r.skipped || r.msg == "" {
			t.Errorf("SharedOrSkip(data) with no data folder: skipped %v (%q), want a skip with a message", r.skipped, r.msg)
		}
	})
}
