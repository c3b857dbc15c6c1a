package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestStoriesFlag runs analyze through the command line with each value of
// --stories, and a wrong one, which is a usage error.
func TestStoriesFlag(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		stories int
		mode    string
		code    int
	}{
		{"events by default", []string{"analyze", "--quiet", "--format", "json", "../../examples/corpus"}, 5, "events", 0},
		{"topics", []string{"analyze", "--quiet", "--format", "json", "--stories", "topics", "../../examples/corpus"}, 4, "topics", 0},
		{"a wrong value", []string{"analyze", "--quiet", "--stories", "days", "../../examples/corpus"}, 0, "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := newRootCmd()
			var out, errw bytes.Buffer
			cmd.SetOut(&out)
			cmd.SetErr(&errw)
			cmd.SetArgs(tt.args)
			err := cmd.Execute()
			if code := exitCode(err); code != tt.code {
				t.Fatalf("exit code %d (%v), want %d", code, err, tt.code)
			}
			if tt.code != 0 {
				return
			}
			var doc struct {
				Stories []json.RawMessage `json:"stories"`
				Stats   struct {
					Stories string `json:"stories"`
				} `json:"stats"`
			}
			if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Stories) != tt.stories || doc.Stats.Stories != tt.mode {
				t.Errorf("%d stories grouped by %q, want %d by %q", len(doc.Stories), doc.Stats.Stories, tt.stories, tt.mode)
			}
		})
	}
}
