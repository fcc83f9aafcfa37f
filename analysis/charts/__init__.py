"""analysis.charts."""
