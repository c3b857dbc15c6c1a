package source

import (
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// readHTML keeps a page for extract, converted to UTF-8 so that later
// stages never see a legacy encoding.
func (p *parser) readHTML(data []byte) {
	p.out(&news.Article{Source: p.name, Format: "html", HTML: extract.DecodeHTML(data, "")})
}
