"""analysis.metrics._counts."""
