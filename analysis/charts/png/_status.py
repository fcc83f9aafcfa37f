"""The time-in-status figure: median time per status beside the mean time per ticket in each
status category per value of the chosen dimension, stacked."""

from __future__ import annotations

import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.charts._palette import CATEGORY_COLOURS
from analysis.charts._request import ChartData
from analysis.charts._status import duration_text, stacked_hours, time_unit
from analysis.metrics import in_sentence

_UNIT_WORDS = {"h": "hours", "d": "days"}


def time_in_status(fig: Figure, data: ChartData) -> None:
    """Two panels side by side above one legend of the status categories, titled by the
    note on which tickets are timed."""
    left, right = fig.subplots(1, 2)
    _statuses(left, data.frames["statuses"])
    categories = _stacked(right, data.frames["by"], data.by_title)
    order = list(CATEGORY_COLOURS)
    shown = sorted(set(data.frames["statuses"]["category"]) | set(categories),
                   key=lambda c: (order.index(c) if c in order else len(order), c))
    fig.legend(handles=[Patch(color=_colour(c), label=c) for c in shown],
               loc="outside lower center", ncols=len(shown), frameon=False,
               title=data.note or None, title_fontsize=11)
    fig.suptitle(data.title, fontsize=18, fontweight="bold")


def _colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["Unknown"])


def _statuses(axes: Axes, statuses: pl.DataFrame) -> None:
    """Median per status, its total and share at the bar's end; most time on top."""
    per_unit, suffix = time_unit(max(statuses["median_hours"].fill_null(0.0), default=0.0))
    positions = list(range(statuses.height))[::-1]
    medians = [hours / per_unit for hours in statuses["median_hours"]]
    bars = axes.barh(positions, medians, height=0.6,
                     color=[_colour(c) for c in statuses["category"]])
    axes.bar_label(bars, [f"{duration_text(m, per_unit, suffix)} (total "
                          f"{duration_text(t, per_unit, suffix)}, {s * 100:.0f}%)"
                          for m, t, s in statuses.select("median_hours", "total_hours",
                                                         "share").iter_rows()],
                   padding=4, fontsize=10)
    axes.set_yticks(positions, [f"{s} (n={n:,})" for s, n in
                                zip(statuses["status"], statuses["tickets"], strict=True)])
    axes.set_xlabel(f"Median {_UNIT_WORDS[suffix]} per ticket (total, share of all time)")
    axes.set_title("Per status", fontsize=14)
    axes.margins(x=0.35)


def _stacked(axes: Axes, by: pl.DataFrame, by_title: str) -> list[str]:
    """Mean time per ticket per value, categories stacked in workflow order; returns them."""
    wide, categories, totals = stacked_hours(by)
    per_unit, suffix = time_unit(max(totals, default=0.0))
    positions = list(range(wide.height))[::-1]
    left = [0.0] * wide.height
    for category in categories:
        widths = [hours / per_unit for hours in wide[category]]
        axes.barh(positions, widths, left=left, height=0.6, color=_colour(category))
        left = [start + size for start, size in zip(left, widths, strict=True)]
    for position, end, total in zip(positions, left, totals, strict=True):
        axes.text(end, position, f" {duration_text(total, per_unit, suffix)}", va="center",
                  fontsize=10)
    axes.set_yticks(positions, [f"{v} (n={n:,})" for v, n in
                                zip(wide["value"], wide["tickets"], strict=True)])
    axes.set_xlabel(f"Mean {_UNIT_WORDS[suffix]} per ticket")
    axes.set_title(f"Per {in_sentence(by_title)}", fontsize=14)
    axes.margins(x=0.15)
    return categories
