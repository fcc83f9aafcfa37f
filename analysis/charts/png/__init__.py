"""analysis.charts.png."""
