"""analysis.framework._model."""
