"""analysis.charts.terminal."""
