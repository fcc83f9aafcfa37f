"""analysis.report._build."""
