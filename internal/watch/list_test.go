package watch

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseListFiles(t *testing.T) {
	want := []string{
		"https://ledger.example/rss.xml",
		"https://nordkamm.example/atom.xml?lang=de&full=1",
		"https://saltmarsh.example/feed.json",
	}
	tests := []struct {
		file string
		want []string
	}{
		{"feeds.opml", want},
		{"feeds.txt", []string{want[0], "https://nordkamm.example/atom.xml", "https://saltmarsh.example/feed.json#main"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := ParseList(f, tc.file)
			if err != nil {
				t.Fatalf("ParseList(%s) error %v", tc.file, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseList(%s) mismatch (-want +got):\n%s", tc.file, diff)
			}
		})
	}
}

func TestParseList(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string
		wantErr []string // substrings of the error, "" entries none
	}{
		{
			name: "plain with comments, blanks, duplicates, CRLF and BOM",
			in:   "\ufeff# mine\r\n\r\nhttp://a.example/feed\r\n  https://b.example/rss#x   # trailing\r\nhttp://a.example/feed\n",
			want: []string{"http://a.example/feed", "https://b.example/rss#x"},
		},
		{
			name:    "plain with bad lines keeps the good ones",
			in:      "https://ok.example/feed\nftp://files.example/feed\nnot a url\n/relative/feed.xml\n",
			want:    []string{"https://ok.example/feed"},
			wantErr: []string{"list.txt:2:", "ftp://files.example/feed", "list.txt:3:", "one URL per line", "list.txt:4:"},
		},
		{
			name:    "empty",
			in:      "# nothing here\n\n",
			wantErr: []string{"list.txt: no feed URLs"},
		},
		{
			name: "opml nested and attribute case",
			in: `<opml version="1.0"><body><outline text="x"><outline XMLURL="https://n.example/a.xml"/></outline>
<outline xmlUrl="https://n.example/b.xml" type="rss"></outline></body></opml>`,
			want: []string{"https://n.example/a.xml", "https://n.example/b.xml"},
		},
		{
			name:    "opml with a bad url names its line",
			in:      "<?xml version=\"1.0\"?>\n<opml>\n<body>\n<outline xmlUrl=\"javascript:alert(1)\"/>\n<outline xmlUrl=\"https://fine.example/feed\"/>\n</body></opml>",
			want:    []string{"https://fine.example/feed"},
			wantErr: []string{"list.txt:4:", "javascript:alert(1)"},
		},
		{
			name:    "opml syntax error names its line",
			in:      "<opml>\n<body>\n<outline xmlUrl=\"https://a.example/f\"/>\n<outline xmlUrl=\"https://b.exa",
			want:    []string{"https://a.example/f"},
			wantErr: []string{"list.txt:4:", "invalid OPML"},
		},
		{
			name:    "a feed is not a feeds list",
			in:      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>",
			wantErr: []string{"list.txt:2:", "<rss> is not <opml>"},
		},
		{
			name: "sloppy opml with a bare ampersand",
			in:   `<opml><body><outline xmlUrl="https://s.example/f?a=1&b=2"/></body></opml>`,
			want: []string{"https://s.example/f?a=1&b=2"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseList(strings.NewReader(tc.in), "list.txt")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseList(%q) URLs mismatch (-want +got):\n%s", tc.in, diff)
			}
			if len(tc.wantErr) == 0 {
				if err != nil {
					t.Errorf("ParseList(%q) error %v, want nil", tc.in, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("ParseList(%q) error nil, want one with %q", tc.in, tc.wantErr)
			}
			for _, s := range tc.wantErr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("ParseList(%q) error %q, want it to contain %q", tc.in, err, s)
				}
			}
		})
	}
}

func TestParseListReadError(t *testing.T) {
	_, err := ParseList(iotestErrReader{}, "feeds.txt")
	if err == nil || !strings.Contains(err.Error(), "feeds.txt") || !errors.Is(err, errBrokenDisk) {
		t.Errorf("ParseList(broken reader) error %v, want one naming feeds.txt wrapping the read error", err)
	}
}

var errBrokenDisk = errors.New("broken disk")

type iotestErrReader struct{}

func (iotestErrReader) Read([]byte) (int, error) { return 0, errBrokenDisk }

func FuzzParseList(f *testing.F) {
	for _, name := range []string{"feeds.opml", "feeds.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("https://a.example/x # c\nftp://b\n"))
	f.Add([]byte("<opml><body><outline xmlUrl=\"http://x.example/\"/>"))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"latin1\"?><opml>&bogus;</opml>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		urls, err := ParseList(bytes.NewReader(data), "fuzz.txt")
		if len(urls) == 0 && err == nil {
			t.Fatalf("ParseList(%q) = no URLs and no error", data)
		}
		if err != nil && !strings.Contains(err.Error(), "fuzz.txt") {
			t.Errorf("ParseList(%q) error %q does not name the file", data, err)
		}
		seen := map[string]bool{}
		for _, s := range urls {
			u, perr := url.Parse(s)
			if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Errorf("ParseList(%q) returned %q, not an absolute http(s) URL", data, s)
			}
			if seen[s] {
				t.Errorf("ParseList(%q) returned %q twice", data, s)
			}
			seen[s] = true
		}
	})
}
