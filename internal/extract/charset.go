package extract

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// DecodeHTML returns page as UTF-8. Bytes that are already valid UTF-8
// are kept as they are, whatever the page declares: a legacy encoding
// almost never produces valid UTF-8 by accident, while wrong <meta
// charset> declarations are common. Otherwise the encoding comes from the
// BOM, contentType (an HTTP Content-Type header, may be ""), the page's
// <meta charset>, or defaults to windows-1252. Running it twice is
// harmless.
func DecodeHTML(page []byte, contentType string) []byte {
	page = bytes.TrimPrefix(page, utf8BOM)
	if utf8.Valid(page) {
		return page
	}
	enc, _, _ := charset.DetermineEncoding(page, contentType)
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil || !utf8.Valid(out) {
		return bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	// Some decoders keep the byte order mark as U+FEFF.
	return bytes.TrimPrefix(out, utf8BOM)
}
