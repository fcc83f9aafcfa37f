"""The PNG renderer: any chart of the catalogue as a 1600 x 900 matplotlib figure (Agg, object
API), saved without timestamps so the same data gives the same bytes."""

from analysis.charts.png._figure import (
    DRAWERS,
    FILE_NAMES,
    figure,
    png_bytes,
    save_png,
    write_figures,
)

__all__ = ["DRAWERS", "FILE_NAMES", "figure", "png_bytes", "save_png", "write_figures"]
