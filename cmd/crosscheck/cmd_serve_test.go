package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRunServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan string, 1)
	opts := serveOptions{db: filepath.Join(t.TempDir(), "serve.db"), addr: "127.0.0.1:0", token: "tok",
		ready: func(a string) { addrc <- a }}
	var stdout, stderr bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, opts, &stdout, &stderr) }()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("runServe returned early: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("server did not start")
	}
	tests := []struct {
		method, path string
		auth         string
		want         int
	}{
		{"GET", "/api/stories", "", http.StatusOK},
		{"GET", "/", "", http.StatusOK},
		{"POST", "/api/articles", "", http.StatusUnauthorized},
		{"POST", "/api/articles", "Bearer tok", http.StatusCreated},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path+" "+tc.auth, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, "http://"+addr+tc.path,
				strings.NewReader(`{"outlet":"Test Wire","title":"A quiet day","text":"Nothing much happened in the town of Elsby on Tuesday, the mayor said."}`))
			if err != nil {
				t.Fatal(err)
			}
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("%s %s = %d, want %d; %s", tc.method, tc.path, resp.StatusCode, tc.want, body)
			}
		})
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("runServe after cancel = %v, want nil", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not shut down")
	}
	if !strings.Contains(stdout.String(), "serving") {
		t.Errorf("stdout = %q, want the serving line", stdout.String())
	}
}
