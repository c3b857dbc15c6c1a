package extract

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are tried in order by ParseDate. A fixed list is used rather
// than a guessing parser so that a date is either read exactly or not at
// all: a wrong publication date would mislead provenance more than a
// missing one.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 02 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"Monday, 2 January 2006 15:04",
	"Monday, 2 January 2006",
	"Monday, January 2, 2006 3:04 PM",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"2 Jan. 2006",
	"January 2, 2006 3:04 PM MST",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2. January 2006",
	"02.01.2006 15:04",
	"02.01.2006",
	"2.1.2006",
}

// ParseDate reads a date in any of the common layouts of news pages,
// feeds and text headers. Slashed dates like 03/04/2024 are read day
// first unless that is impossible (a first number over 12): the wording
// outside the United States, and the one our inputs mostly use.
func ParseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, plausible(t)
		}
	}
	if t, ok := slashed(s); ok {
		return t, plausible(t)
	}
	return time.Time{}, false
}

// slashed reads dd/mm/yyyy or mm/dd/yyyy, with an optional " hh:mm".
func slashed(s string) (time.Time, bool) {
	date, clock, _ := strings.Cut(s, " ")
	parts := strings.Split(date, "/")
	if len(parts) != 3 {
		return time.Time{}, false
	}
	a, err1 := strconv.Atoi(parts[0])
	b, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || len(parts[2]) != 4 {
		return time.Time{}, false
	}
	day, month := a, b
	if b > 12 && a <= 12 {
		day, month = b, a
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // 31/02 rolled over
		return time.Time{}, false
	}
	if clock != "" {
		c, err := time.Parse("15:04", clock)
		if err != nil {
			return time.Time{}, false
		}
		t = t.Add(time.Duration(c.Hour())*time.Hour + time.Duration(c.Minute())*time.Minute)
	}
	return t, true
}

// plausible rejects years no news article was published in, which are
// what broken markup and placeholder dates produce.
func plausible(t time.Time) bool {
	return t.Year() >= 1800 && t.Year() <= 2200
}
