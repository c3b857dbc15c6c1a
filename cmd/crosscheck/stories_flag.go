package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// storiesFlag is --stories, which says what a story is: "events" (the
// default) keeps one story per event (cluster.Options.Events) and names
// the other stories of its topic; "topics" joins the events of one subject
// over days into one story.
type storiesFlag string

func addStoriesFlag(cmd *cobra.Command, v *storiesFlag) {
	*v = "events"
	cmd.Flags().Var(v, "stories", `what a story is: "events" keeps one story per event and lists the related stories of its topic; "topics" joins the events of one subject over days into one story`)
}

func (s *storiesFlag) String() string { return string(*s) }
func (s *storiesFlag) Type() string   { return "events|topics" }

func (s *storiesFlag) Set(v string) error {
	switch v {
	case "topics", "events":
		*s = storiesFlag(v)
		return nil
	}
	return fmt.Errorf("%q is neither events nor topics", v)
}

// topics reports whether the flag asks for one story per topic; unset
// means events, the default.
func (s storiesFlag) topics() bool { return s == "topics" }
