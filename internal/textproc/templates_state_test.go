package textproc

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestTemplatesRoundTrip(t *testing.T) {
	const tagline = "Lakeside Ledger: independent news from the eastern shore"
	learned := NewTemplates()
	for n := range 4 {
		learned.Learn(&news.Article{Outlet: "Lakeside Ledger", Text: fmt.Sprintf("The harbour of Brannock reopened after %d weeks.\n%s", n, tagline)})
	}
	data, err := learned.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		outlet   string
		wantGone bool
	}{
		{"learned outlet", "Lakeside Ledger", true},
		{"unknown outlet", "Summit Wire", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			restored := NewTemplates()
			if err := restored.UnmarshalBinary(data); err != nil {
				t.Fatalf("UnmarshalBinary(MarshalBinary()) = %v", err)
			}
			a := &news.Article{Outlet: tc.outlet, Text: "A new ferry line to Brannock opens in May.\n" + tagline}
			Analyze(a)
			restored.Strip(a)
			if gone := !strings.Contains(a.Text, tagline); gone != tc.wantGone {
				t.Errorf("after restore, Strip left %q; tagline gone = %v, want %v", a.Text, gone, tc.wantGone)
			}
		})
	}
	again := NewTemplates()
	if err := again.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if data2, _ := again.MarshalBinary(); !bytes.Equal(data, data2) {
		t.Errorf("MarshalBinary after a round trip = %x, want %x", data2, data)
	}
}

func TestTemplatesEncodingBounded(t *testing.T) {
	tr := NewTemplates()
	// One outlet repeating many distinct lines twice each: only the most
	// repeated maxSavedLines are kept.
	for n := range 2 * maxSavedLines {
		for range 2 {
			tr.Learn(&news.Article{Outlet: "Border Gazette", Text: fmt.Sprintf("Line number %d of the archive.", n)})
		}
	}
	data, err := tr.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if max := 64 + maxSavedLines*(8+2); len(data) > max {
		t.Errorf("MarshalBinary of %d repeated lines = %d bytes, want at most %d", 2*maxSavedLines, len(data), max)
	}
}

func TestTemplatesUnmarshalErrors(t *testing.T) {
	good, err := NewTemplates().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other version", []byte{9, 0}},
		{"truncated outlet", []byte{templatesVersion, 1, 5, 'a'}},
		{"huge count", []byte{templatesVersion, 0xff, 0xff, 0xff, 0xff, 0x0f}},
		{"trailing bytes", append(good, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := NewTemplates()
			tr.Learn(&news.Article{Outlet: "Kept", Text: "kept line"})
			if err := tr.UnmarshalBinary(tc.data); err == nil {
				t.Errorf("UnmarshalBinary(%x) = nil, want an error", tc.data)
			}
			if len(tr.outlets) != 1 {
				t.Errorf("UnmarshalBinary(%x) failed but changed the state", tc.data)
			}
		})
	}
}

func FuzzTemplatesUnmarshal(f *testing.F) {
	tr := NewTemplates()
	for n := range 3 {
		tr.Learn(&news.Article{Outlet: "Prairie Radio", Text: fmt.Sprintf("Story %d.\nFooter line\nFooter two", n)})
	}
	seed, _ := tr.MarshalBinary()
	f.Add(seed)
	f.Add([]byte{templatesVersion, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		tr := NewTemplates()
		if err := tr.UnmarshalBinary(data); err != nil {
			return
		}
		out, err := tr.MarshalBinary()
		if err != nil {
			t.Fatalf("MarshalBinary after UnmarshalBinary(%x) = %v", data, err)
		}
		if err := NewTemplates().UnmarshalBinary(out); err != nil {
			t.Fatalf("UnmarshalBinary(MarshalBinary()) = %v", err)
		}
	})
}
