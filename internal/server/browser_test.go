package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds a headless-capable Chromium: CROSSCHECK_CHROMIUM,
// else Debian's /usr/bin/chromium or another on PATH.
func chromiumPath() string {
	if p := os.Getenv("CROSSCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// screenshotDir is where the end-to-end test keeps its screenshots:
// CROSSCHECK_SCREENSHOTS when set, else testout/screenshots at the
// repository root (ignored by git), kept after the run to be looked at.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("CROSSCHECK_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "testout", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowser drives a real headless Chromium through the UI: the stories
// list, a story with its claims matrix and provenance graph, an article and
// the outlets page, checking the DOM the browser built and saving
// screenshots.
func TestBrowser(t *testing.T) {
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; CI must install it (Debian package: chromium)")
		}
		t.Skip("chromium not installed (apt-get install chromium, or set CROSSCHECK_CHROMIUM): skipping the end-to-end browser test")
	}
	f := newFixture(t, Config{})
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	shots := screenshotDir(t)

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
	)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	// The first run starts the browser and must not carry a timeout (it
	// would stop the browser); the steps after it do.
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start chromium %s: %v", path, err)
	}
	ctx, cancel := context.WithTimeout(browser, 2*time.Minute)
	defer cancel()

	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name), buf, 0o644)
		})
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll(%q).length`, sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}
	eval := func(expr string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return v
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	bridge := f.storyOf(t, bridgeURL)
	do("stories list", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`table.stories`)), shot("stories.png"))
	lede, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.intro .lede`)))
	if err != nil {
		t.Fatal(err)
	}
	if rows := count(`table.stories tbody tr`); rows != 4 || !strings.Contains(lede, "4 stories from 5 outlets") {
		t.Errorf("stories list: %d rows, lede %q; want 4 rows and the explainer", rows, lede)
	}

	do("story page", chromedp.Click(chromedp.CSS(`a[href="/stories/`+bridge+`"]`)), chromedp.WaitVisible(chromedp.CSS(`#matrix`)), shot("story.png"))
	if cols, rows := count(`#matrix thead th.art`), count(`#matrix tbody tr`); cols != 3 || rows == 0 {
		t.Errorf("matrix: %d article columns, %d claim rows; want 3 columns and some rows", cols, rows)
	}
	nodes, edges := count(`#provenance-graph g.node`), count(`#provenance-graph g.edge`)
	width, _ := eval(`document.getElementById("provenance-graph").getBoundingClientRect().width`).(float64)
	if nodes < 3 || width <= 0 {
		t.Errorf("provenance svg: %d nodes, %d edges, width %v; want at least the 3 articles, rendered", nodes, edges, width)
	}
	do("facts-only toggle", chromedp.Click(chromedp.CSS(`[data-toggle-facts]`)))
	if on, _ := eval(`document.getElementById("matrix").classList.contains("facts-only")`).(bool); !on {
		t.Errorf("the facts-only toggle did not switch the matrix")
	}

	library := f.storyOf(t, libraryURL)
	do("divergences", chromedp.Navigate(ts.URL+"/stories/"+library+"#divergences"), chromedp.WaitVisible(chromedp.CSS(`#divergences`)), shot("story-library.png"))

	art := f.article(t, bridgeURL)
	do("article page", chromedp.Navigate(ts.URL+"/articles/"+art.ID), chromedp.WaitVisible(chromedp.CSS(`#article-text`)))
	marks := count(`#article-text mark.claim`)
	if marks == 0 {
		t.Errorf("article page: no highlighted claim sentence")
	}
	if count(`details.boilerplate`) > 0 {
		do("open boilerplate", chromedp.Click(chromedp.CSS(`details.boilerplate summary`)))
		if shown, _ := eval(`document.querySelector("details.boilerplate del").getBoundingClientRect().height > 0`).(bool); !shown {
			t.Errorf("article page: removed boilerplate not shown after opening its <details>")
		}
	}
	do("article screenshot", shot("article.png"))
	do("outlets page", chromedp.Navigate(ts.URL+"/outlets"), chromedp.WaitVisible(chromedp.CSS(`table.outlets`)), shot("outlets.png"))
	do("search page", chromedp.Navigate(ts.URL+"/search?q=bridge"), chromedp.WaitVisible(chromedp.CSS(`main`)), shot("search.png"))
	t.Logf("screenshots in %s", shots)
}
