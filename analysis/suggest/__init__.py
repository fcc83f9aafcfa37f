"""analysis.suggest._suggester."""
