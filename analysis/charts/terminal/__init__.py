"""The terminal renderer: any chart of the catalogue as plotext text at an explicit size."""

from analysis.charts.terminal._render import RENDERERS, render

__all__ = ["RENDERERS", "render"]
