"""analysis.sample._writer."""
