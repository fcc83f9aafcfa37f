"""analysis.journal._format."""
