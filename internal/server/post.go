package server

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// postArticle is one article of a POST /api/articles body.
type postArticle struct {
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Language  string `json:"language"`
}

type postResult struct {
	ID          string `json:"id,omitempty"`
	Story       string `json:"story,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Error       string `json:"error,omitempty"`
}

// authorized checks the bearer token. Both sides are hashed first so the
// comparison takes the same time whatever the length of the guess.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(got))), sha256.Sum256([]byte(s.cfg.Token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

func (s *Server) apiPostArticles(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="crosscheck"`)
		s.apiError(w, r, http.StatusUnauthorized, "missing or wrong bearer token", nil)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.apiError(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", tooBig.Limit), nil)
		return
	case err != nil:
		s.apiError(w, r, http.StatusBadRequest, "reading body: "+err.Error(), nil)
		return
	}
	posted, err := decodeArticles(body)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error(), nil)
		return
	}
	arts := make([]*news.Article, len(posted))
	for i, p := range posted {
		if arts[i], err = p.article(i); err != nil {
			s.apiError(w, r, http.StatusBadRequest, err.Error(), nil)
			return
		}
	}
	results, err := s.ingestArticles(r, arts)
	if err != nil {
		s.apiError(w, r, http.StatusInternalServerError, "", err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"articles": results})
}

// decodeArticles reads one article object or an array of them, naming
// where in the body a syntax or type error is.
func decodeArticles(body []byte) ([]postArticle, error) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, errors.New("empty body (want an article object or an array of them)")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var out []postArticle
	var err error
	if trimmed[0] == '[' {
		err = dec.Decode(&out)
	} else {
		var one postArticle
		err = dec.Decode(&one)
		out = []postArticle{one}
	}
	if err != nil {
		return nil, jsonError(body, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("bad JSON at byte %d: extra data after the value", dec.InputOffset())
	}
	if len(out) == 0 {
		return nil, errors.New("empty array (want at least one article)")
	}
	return out, nil
}

func jsonError(body []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(body, syn.Offset)
		return fmt.Errorf("bad JSON at byte %d (line %d, column %d): %w", syn.Offset, line, col, err)
	case errors.As(err, &typ):
		line, col := position(body, typ.Offset)
		return fmt.Errorf("bad JSON at byte %d (line %d, column %d): field %q must be %s, not %s", typ.Offset, line, col, typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("bad JSON at byte %d: unexpected end of body", len(body))
	}
	return fmt.Errorf("bad JSON: %w", err)
}

// position turns a byte offset into a 1-based line and column.
func position(body []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(body)))
	before := body[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// article validates a posted article and turns it into the pipeline's
// input form.
func (p postArticle) article(i int) (*news.Article, error) {
	name := fmt.Sprintf("article %d", i+1)
	if p.URL != "" {
		name += " (" + p.URL + ")"
	}
	a := &news.Article{URL: p.URL, Outlet: strings.TrimSpace(p.Outlet), Title: strings.TrimSpace(p.Title), Language: p.Language}
	switch {
	case strings.TrimSpace(p.Text) != "" && strings.TrimSpace(p.HTML) != "":
		return nil, fmt.Errorf("%s: give text or html, not both", name)
	case strings.TrimSpace(p.Text) != "":
		a.Text, a.Format = p.Text, "text"
	case strings.TrimSpace(p.HTML) != "":
		a.HTML, a.Format = []byte(p.HTML), "html"
	default:
		return nil, fmt.Errorf("%s: missing text or html", name)
	}
	if p.Published != "" {
		t, err := parsePublished(p.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		a.Published = t
	}
	a.Source = "api:" + p.URL
	if p.URL == "" {
		a.Source = fmt.Sprintf("api#%d", i+1)
	}
	return a, nil
}

func parsePublished(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad published date %q (want RFC 3339, e.g. 2026-03-01T09:30:00Z, or YYYY-MM-DD)", s)
}

// ingestArticles adds the articles, commits them and re-analyses the
// stories they touched, so the response names live, analysed stories.
func (s *Server) ingestArticles(r *http.Request, arts []*news.Article) ([]postResult, error) {
	ctx := r.Context()
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	outs := make([]ingest.Outcome, len(arts))
	for i, a := range arts {
		o, err := s.in.Add(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Source, err)
		}
		outs[i] = o
	}
	if err := s.in.Flush(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	results := make([]postResult, len(arts))
	touched := map[string]bool{}
	var order []string
	for i, o := range outs {
		res := &results[i]
		switch {
		case o.Err != nil:
			res.Error = o.Err.Error()
			continue
		case o.Duplicate != "":
			// o.Duplicate may name an article queued earlier in this same
			// body; the store lookup below corrects it when that one was
			// only a same-URL copy.
			res.ID, res.DuplicateOf = o.ID, o.Duplicate
		default:
			res.ID = o.ID
		}
		// The store is the judge of where an article ended up: the
		// grouping may have merged its story, and another writer may have
		// stored the same content first.
		stored, err := s.st.Article(ctx, res.ID)
		switch {
		case errors.Is(err, store.ErrNotFound) && arts[i].URL != "":
			dup, err := s.st.Seen(ctx, arts[i].URL, res.ID)
			if err != nil {
				return nil, fmt.Errorf("find %s: %w", res.ID, err)
			}
			res.DuplicateOf = dup
			if stored, err = s.st.Article(ctx, dup); err != nil {
				return nil, fmt.Errorf("find %s: %w", dup, err)
			}
		case err != nil:
			return nil, fmt.Errorf("find %s: %w", res.ID, err)
		}
		live, err := s.st.Story(ctx, stored.Story)
		if err != nil {
			return nil, fmt.Errorf("story of %s: %w", res.ID, err)
		}
		res.Story = live.ID
		if res.DuplicateOf == "" && !touched[live.ID] {
			touched[live.ID] = true
			order = append(order, live.ID)
		}
	}
	for _, id := range order {
		if err := s.in.Reanalyse(ctx, id); err != nil {
			return nil, fmt.Errorf("analyse story %s: %w", id, err)
		}
	}
	return results, nil
}
