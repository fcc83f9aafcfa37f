"""The time-in-status chart as text: median time per status, then the mean time per ticket in
each status category per value of the chosen dimension, stacked."""

from __future__ import annotations

import polars as pl

from analysis.charts._palette import CATEGORY_COLOURS, CATEGORY_GLYPHS
from analysis.charts._request import ChartData
from analysis.charts._status import duration_text, stacked_hours, time_unit
from analysis.charts.terminal._bars import Series, horizontal_bars
from analysis.charts.terminal._base import as_number, legend, shorten
from analysis.metrics import in_sentence


def time_in_status(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Two panels: statuses (median bar, median, total and share at its end), then the
    dimension's values with their categories stacked."""
    statuses, by = data.frames["statuses"], data.frames["by"]
    values = by["value"].unique(maintain_order=True).len()
    needs_by = 3 * values + 5
    first = max(height // 2, height - needs_by)
    lines = _statuses(data, statuses, width, first, color)
    return lines + _stacked(data, by, width, height - len(lines), color)


def _statuses(data: ChartData, statuses: pl.DataFrame, width: int, height: int,
              color: bool) -> list[str]:
    """Median time per status, coloured by the status's category."""
    per_unit, suffix = time_unit(as_number(statuses["median_hours"].max()))
    label_room = max(10, width // 3 - 8)
    labels = [f"{shorten(status, label_room)} n={tickets}"
              for status, tickets in zip(statuses["status"], statuses["tickets"], strict=True)]
    colours = [CATEGORY_COLOURS.get(c, CATEGORY_COLOURS["Unknown"]) for c in statuses["category"]]
    medians = [hours / per_unit for hours in statuses["median_hours"]]
    ends = [[f"{duration_text(m, per_unit, suffix)} (total {duration_text(t, per_unit, suffix)}"
             f", {s * 100:.0f}%)" for m, t, s in statuses.select(
                 "median_hours", "total_hours", "share").iter_rows()]]
    names = list(dict.fromkeys(statuses["category"]))
    title = f"{data.title}: median per ticket (total, share of all time)"
    return horizontal_bars(title, labels, [Series(medians, colours)], width, height, color,
                           suffix=suffix, ends=ends, legend_lines=_legend(names, width, color),
                           notes=[data.note] if data.note else ())


def _stacked(data: ChartData, by: pl.DataFrame, width: int, height: int,
             color: bool) -> list[str]:
    """Mean time per ticket per value, its categories stacked in workflow order."""
    wide, categories, totals = stacked_hours(by)
    per_unit, suffix = time_unit(max(totals, default=0.0))
    label_room = max(10, width // 3 - 8)
    labels = [f"{shorten(value, label_room)} n={tickets}"
              for value, tickets in zip(wide["value"], wide["tickets"], strict=True)]
    series, running = [], [0.0] * wide.height
    for category in categories:
        running = [r + h / per_unit for r, h in zip(running, wide[category], strict=True)]
        colour = CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["Unknown"])
        series.append(Series(running, [colour] * wide.height,
                             CATEGORY_GLYPHS.get(category, "▒")))
    ends = [[duration_text(total, per_unit, suffix) for total in totals]]
    title = (f"Mean time per ticket by {in_sentence(data.by_title)}, stacked by status "
             "category")
    return horizontal_bars(title, labels, series[::-1], width, height, color, suffix=suffix,
                           overlay=True, ends=ends,
                           legend_lines=_legend(categories, width, color))


def _legend(categories: list[str], width: int, color: bool) -> list[str]:
    colours = [CATEGORY_COLOURS.get(c, CATEGORY_COLOURS["Unknown"]) for c in categories]
    glyphs = [CATEGORY_GLYPHS.get(c, "▒") for c in categories]
    return legend(categories, colours, width, color, glyphs)
