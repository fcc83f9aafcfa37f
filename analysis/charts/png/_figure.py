"""PNG figures of the chart catalogue, through matplotlib's object API on the Agg canvas.

`figure(data)` draws one `ChartData` as a Figure; `save_png` writes it with no
timestamp or version in the metadata, so the same data gives the same bytes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.typing import RcKeyType

from analysis.atomic import ensure_output_folder, write_bytes_atomically
from analysis.charts._catalogue import CATALOGUE, complete_renderers
from analysis.charts._request import ChartData
from analysis.charts.png import _brief, _effort, _more, _status
from analysis.errors import InputError

# Slide size: 16:9 at 12.8 x 7.2 inches and 125 dpi gives 1600 x 900 pixels.
FIGURE_SIZE = (12.8, 7.2)
DPI = 125
STYLE: dict[RcKeyType, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 14,
    "axes.titlesize": 18,
    "axes.titleweight": "bold",
    "axes.labelsize": 14,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "legend.fontsize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "svg.hashsalt": "supp-tui",
    "path.simplify": True,
}
FILE_NAMES = {spec.name: f"{number:02d}-{spec.name}.png"
              for number, spec in enumerate(CATALOGUE, start=1)}
DRAWERS: dict[str, Callable[[Figure, ChartData], None]] = complete_renderers("PNG", {
    "teams": _brief.teams, "weekly-by-team": _brief.weekly_by_team,
    "average-by-team": _brief.average_by_team, "created-closed": _brief.created_closed,
    "flow": _brief.flow, "crosstab": _more.crosstab, "resolution": _more.resolution,
    "targets": _more.targets, "scores": _more.scores, "coverage": _more.coverage,
    "time-in-status": _status.time_in_status, "effort": _effort.effort,
})


@contextlib.contextmanager
def styled() -> Iterator[None]:
    """The house style for figures, applied only while a figure is drawn and saved."""
    with matplotlib.rc_context(STYLE):
        yield


def figure(data: ChartData) -> Figure:
    """One chart as a matplotlib Figure (Agg canvas), titled, with labelled axes and units."""
    with styled():
        fig = Figure(figsize=FIGURE_SIZE, dpi=DPI, layout="constrained")
        FigureCanvasAgg(fig)
        DRAWERS[data.name](fig, data)
        if data.window_note:
            _corner_note(fig, data.window_note)
        return fig


def _corner_note(fig: Figure, note: str) -> None:
    """A small note in the bottom right corner, clear of the axes and of a centred legend."""
    import textwrap

    lines = textwrap.wrap(note, 55)
    engine = fig.get_layout_engine()
    assert isinstance(engine, ConstrainedLayoutEngine)
    engine.set(rect=(0, 0.01 + 0.028 * len(lines), 1, 0.99 - 0.028 * len(lines)))
    fig.text(0.99, 0.008, "\n".join(lines), fontsize=11, color="#555555", ha="right",
             va="bottom")


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes, without any timestamp or software version."""
    import io

    buffer = io.BytesIO()
    with styled():
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def save_png(fig: Figure, path: str | Path) -> Path:
    """Write the figure as a PNG atomically (temporary file beside it, then rename); InputError
    when the place cannot take it."""
    target = Path(path)
    data = png_bytes(fig)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target, data)
    except OSError as error:
        raise InputError(f"Cannot write {target}: {error.strerror or error}; choose another "
                         "folder with -o.") from None
    return target


def write_figures(charts: Sequence[ChartData], folder: str | Path,
                  progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Draw and save each chart as `<folder>/<NN-name>.png`; returns the paths written.

    The folder is checked before any figure is drawn, so a bad -o writes nothing;
    `progress(done, total)` is called after each figure.
    """
    folder = ensure_output_folder(folder, "the figures are written as <folder>/01-teams.png ...")
    written = []
    for data in charts:
        fig = figure(data)
        written.append(save_png(fig, Path(folder) / FILE_NAMES[data.name]))
        fig.clear()
        if progress:
            progress(len(written), len(charts))
    return written
