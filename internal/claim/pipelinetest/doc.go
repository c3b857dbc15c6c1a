// Package pipelinetest runs claim on stories as the real pipeline prepares
// them (extract, textproc, entity mentions and resolution, provenance): the
// shared seed story and the example corpus's Merrow Dam story. It holds
// only tests; it is a package of its own so that claim's unit tests do not
// depend on those stages building.
package pipelinetest
