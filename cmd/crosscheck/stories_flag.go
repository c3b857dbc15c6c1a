package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// storiesFlag is --stories, which says what a story is: "topics" (the
// default) joins the events of one subject over days, "events" keeps one
// story per event (cluster.Options.Events).
type storiesFlag string

func addStoriesFlag(cmd *cobra.Command, v *storiesFlag) {
	*v = "topics"
	cmd.Flags().Var(v, "stories", `what a story is: "topics" joins the events of one subject over days; "events" keeps one story per event, for feeds of many unrelated articles`)
}

func (s *storiesFlag) String() string { return string(*s) }
func (s *storiesFlag) Type() string   { return "topics|events" }

func (s *storiesFlag) Set(v string) error {
	switch v {
	case "topics", "events":
		*s = storiesFlag(v)
		return nil
	}
	return fmt.Errorf("%q is neither topics nor events", v)
}

// events reports whether the flag asks for one story per event.
func (s storiesFlag) events() bool { return s == "events" }
