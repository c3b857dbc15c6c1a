// Package source reads crosscheck's inputs — plain text, HTML pages, JSON
// Lines, RSS/Atom/JSON feeds and WARC archives, gzipped or not — into
// news.Article values. It is the first pipeline stage: HTML is left in
// Article.HTML for extract, everything else arrives with its Text filled.
//
// Formats are recognised by content; a file's extension only settles
// ties. Problems with one record (a broken JSON line, a truncated WARC
// record) are reported as *Error naming the file and the record, and do
// not stop the records around them.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// DefaultMaxSize is the default limit on the size of one input file, or of
// one record in a container file (a JSON line, a WARC record).
const DefaultMaxSize = 50 << 20

// maxErrors caps the per-record errors kept for one file, so a file that
// is broken throughout yields a readable report rather than a flood.
const maxErrors = 100

// Input is one input to read.
type Input struct {
	Path string // "-" means standard input
	Size int64  // bytes on disk, 0 for standard input
}

// Options tune reading. The zero value is ready to use.
type Options struct {
	// MaxSize limits whole-file formats (text, HTML, feeds) to this many
	// bytes, after decompression, and container formats (JSON Lines,
	// WARC) to this many bytes per record, so that large archives still
	// stream in constant memory. 0 means DefaultMaxSize.
	MaxSize int64
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

// ErrLegacyEncoding marks a note rather than a failure: the text was not
// valid UTF-8 and was read as windows-1252. The article was emitted.
var ErrLegacyEncoding = errors.New("not valid UTF-8; read as windows-1252")

// Error is a problem with one input, or one record of it.
type Error struct {
	Input  string // the path as given, or "-"
	Line   int    // 1-based line of a JSON Lines file, 0 when not known
	Record int    // 1-based record of a feed, JSON array or WARC file, 0 when not known
	Err    error
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s: line %d: %v", e.Input, e.Line, e.Err)
	case e.Record > 0:
		return fmt.Sprintf("%s: record %d: %v", e.Input, e.Record, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Expand turns command-line paths into inputs: files as they are,
// directories walked recursively in lexical order (hidden files and
// directories skipped), and "-" for standard input. Paths that cannot be
// read are reported, one *Error each, and the rest are still returned.
func Expand(paths []string) ([]Input, []error) {
	var ins []Input
	var errs []error
	for _, p := range paths {
		if p == "-" {
			ins = append(ins, Input{Path: "-"})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Input: p, Err: statErr(err)})
			continue
		}
		if !fi.IsDir() {
			ins = append(ins, Input{Path: p, Size: fi.Size()})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Input: path, Err: statErr(err)})
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if isCorpusNote(d.Name()) {
				return nil
			}
			// Stat rather than d.Info so that symlinks to files count.
			fi, err := os.Stat(path)
			if err != nil {
				errs = append(errs, &Error{Input: path, Err: statErr(err)})
				return nil
			}
			if fi.Mode().IsRegular() {
				ins = append(ins, Input{Path: path, Size: fi.Size()})
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Input: p, Err: err})
		}
	}
	return ins, errs
}

// statErr drops the "stat PATH:" prefix of a *fs.PathError, since Error
// names the path already.
func statErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads one input with default Options and calls emit for every
// article in it, in order. It returns nil, one *Error, or several joined
// with errors.Join.
func Read(ctx context.Context, in Input, emit func(*news.Article)) error {
	return Options{}.Read(ctx, in, emit)
}

// Read reads one input and calls emit for every article in it, in order.
// It returns nil, one *Error, or several joined with errors.Join.
func (o Options) Read(ctx context.Context, in Input, emit func(*news.Article)) error {
	if in.Path == "-" {
		r := o.Stdin
		if r == nil {
			r = os.Stdin
		}
		return o.Parse(ctx, "-", r, emit)
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return &Error{Input: in.Path, Err: statErr(err)}
	}
	defer f.Close()
	size := in.Size
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return &Error{Input: in.Path, Err: errors.New("is a directory")}
		}
		size = fi.Size()
	}
	p := o.parser(ctx, in.Path, emit)
	p.size = size
	return p.run(f)
}

// Parse reads one input from r; name is used in errors, in Article.Source
// and, through its extension, as a hint for the format.
func (o Options) Parse(ctx context.Context, name string, r io.Reader, emit func(*news.Article)) error {
	return o.parser(ctx, name, emit).run(r)
}

func (o Options) parser(ctx context.Context, name string, emit func(*news.Article)) *parser {
	limit := o.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	return &parser{ctx: ctx, name: name, emit: emit, limit: limit, size: -1}
}

// isCorpusNote reports whether a file found while walking a directory is
// the corpus's own documentation (README, LICENSE, NOTICE, …) rather than
// an article. Named explicitly on the command line, it is still read.
func isCorpusNote(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "CHANGELOG", "AUTHORS":
		return true
	}
	return false
}
