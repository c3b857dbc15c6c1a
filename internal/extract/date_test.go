package extract

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-03-05T10:20:00Z", utc(2024, 3, 5, 10, 20), true},
		{"2024-03-05T12:20:00+02:00", utc(2024, 3, 5, 10, 20), true},
		{"2024-03-05", utc(2024, 3, 5, 0, 0), true},
		{"Tue, 05 Mar 2024 10:20:00 GMT", utc(2024, 3, 5, 10, 20), true},
		{"Tue, 05 Mar 2024 10:20:00 +0000", utc(2024, 3, 5, 10, 20), true},
		{"5 March 2024", utc(2024, 3, 5, 0, 0), true},
		{"March 5, 2024", utc(2024, 3, 5, 0, 0), true},
		{"  Tuesday, March 5, 2024 ", utc(2024, 3, 5, 0, 0), true},
		{"05/03/2024", utc(2024, 3, 5, 0, 0), true},
		{"03/25/2024", utc(2024, 3, 25, 0, 0), true},
		{"05.03.2024", utc(2024, 3, 5, 0, 0), true},
		{"31/02/2024", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"0001-01-01", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in)
		if ok != tc.ok || (ok && !got.Equal(tc.want)) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
