// Package pipelinetest runs claim on the seed story as the real pipeline
// prepares it (textproc, then entity mentions and resolution). It holds
// only tests; it is a package of its own so that claim's unit tests do not
// depend on those stages building.
package pipelinetest
