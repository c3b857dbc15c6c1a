package source

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/google/go-cmp/cmp"
)

const warcPage = `<html><head><title>Quarry lake declared safe for swimming</title></head><body><article><h1>Quarry lake declared safe</h1><p>The flooded quarry at Holt Edge has been declared safe for swimming after a year of water tests, the county environment office said.</p></article></body></html>`

// warcRecord writes one WARC record with the given block.
func warcRecord(typ, uri, id, date, contentType, block string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		date, id, contentType, len(block), block)
	return b.String()
}

// httpResponse writes an HTTP/1.1 response with a body.
func httpResponse(status, contentType, extra, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n%s", status, contentType, extra, len(body), body)
}

// testWARC returns a small crawl: the records and their WARC concatenation.
func testWARC(t testing.TB) []string {
	const d = "2026-02-20T08:00:00Z"
	zipped := string(gz(t, []byte(warcPage)))
	return []string{
		warcRecord("warcinfo", "", "0000", d, "application/warc-fields", "software: fictional-crawler/1.0\r\n"),
		warcRecord("request", "https://holt.example/lake", "0001", d, "application/http; msgtype=request", "GET /lake HTTP/1.1\r\nHost: holt.example\r\n\r\n"),
		warcRecord("response", "https://holt.example/lake", "0002", d, "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", "", warcPage)),
		warcRecord("response", "https://holt.example/gone", "0003", d, "application/http; msgtype=response", httpResponse("404 Not Found", "text/html", "", "<p>gone</p>")),
		warcRecord("response", "https://holt.example/logo.png", "0004", d, "application/http; msgtype=response", httpResponse("200 OK", "image/png", "", "\x89PNG....")),
		warcRecord("response", "https://holt.example/zipped", "0005", d, "application/http; msgtype=response", httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\n", zipped)),
		warcRecord("response", "https://holt.example/latin", "0006", d, "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=windows-1252", "", "<p>Caf\xe9 on the lake</p>")),
		warcRecord("resource", "https://holt.example/saved", "0007", d, "text/html", warcPage),
	}
}

func TestReadWARC(t *testing.T) {
	recs := testWARC(t)
	plain := []byte(strings.Join(recs, ""))
	var perRecord []byte // .warc.gz as crawlers write it: one gzip member per record
	for _, r := range recs {
		perRecord = append(perRecord, gz(t, []byte(r))...)
	}
	wantSources := []string{"#urn:uuid:0002", "#urn:uuid:0005", "#urn:uuid:0006", "#urn:uuid:0007"}
	for _, tc := range []struct {
		name string
		data []byte
	}{{"crawl.warc", plain}, {"crawl.warc.gz", perRecord}, {"whole.warc.gz", gz(t, plain)}} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			var pages [][]byte
			err := Options{}.Parse(t.Context(), tc.name, bytes.NewReader(tc.data), func(a *news.Article) {
				got = append(got, strings.TrimPrefix(a.Source, tc.name))
				pages = append(pages, a.HTML)
				if a.Format != "warc" || a.URL == "" || a.Published.IsZero() {
					t.Errorf("Parse(%s) article %s: format %q, URL %q, published %v; want warc, a URL and the WARC date", tc.name, a.Source, a.Format, a.URL, a.Published)
				}
			})
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", tc.name, err)
			}
			if diff := cmp.Diff(wantSources, got); diff != "" {
				t.Fatalf("Parse(%s) sources mismatch (-want +got):\n%s", tc.name, diff)
			}
			if string(pages[1]) != warcPage {
				t.Errorf("Parse(%s) gzip-encoded body = %.40q, want the decoded page", tc.name, pages[1])
			}
			if !strings.Contains(string(pages[2]), "Café on the lake") {
				t.Errorf("Parse(%s) windows-1252 body = %q, want it in UTF-8", tc.name, pages[2])
			}
		})
	}
}

func TestReadWARCTruncated(t *testing.T) {
	recs := testWARC(t)
	data := []byte(strings.Join(recs[:3], "") + recs[3][:len(recs[3])/2])
	for _, tc := range []struct {
		name string
		data []byte
	}{{"cut.warc", data}, {"cut.warc.gz", gz(t, []byte(strings.Join(recs, "")))[:len(gz(t, []byte(strings.Join(recs, ""))))*2/3]}} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := parse(t, Options{}, tc.name, tc.data)
			if len(got) < 1 || got[0].URL != "https://holt.example/lake" {
				t.Errorf("Parse(%s) = %+v, want the first page kept", tc.name, got)
			}
			if len(errs) != 1 || !strings.HasPrefix(errs[0], tc.name+": record ") || !strings.Contains(errs[0], "truncated") {
				t.Errorf("Parse(%s) errors = %q, want one truncated-record error", tc.name, errs)
			}
		})
	}
}
