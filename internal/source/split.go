package source

// Split undoes errors.Join on what Read returns, so that each failed input
// or record can be listed on its own line.
func Split(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
