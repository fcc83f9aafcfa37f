"""The effort chart as text: effort per period stacked by value, then intensive tickets."""

from __future__ import annotations

import polars as pl

from analysis.charts._palette import SERIES, colours_for
from analysis.charts._request import ChartData
from analysis.charts.terminal._base import (
    as_number,
    bar_width,
    build,
    legend,
    marker,
    new_figure,
    period_axis,
    set_title,
    title_lines,
    value_axis,
)


def effort(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Two panels: effort per period stacked by value (two thirds), intensive tickets per
    period, then the note saying what effort measures."""
    note = title_lines(data.note, width)
    room = height - len(note)
    first = max(8, room * 2 // 3)
    return (_stacked(data, width, first, color)
            + _intensive(data, width, room - first, color) + note)


def _stacked(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    series = data.frames["series"]
    keys = series["period"].unique(maintain_order=True).to_list()
    values = series["value"].unique(maintain_order=True).to_list()
    layers = [series.filter(pl.col("value") == value)["effort"].to_list() for value in values]
    colours = colours_for(values, dict(data.colours))
    legend_lines = legend(values, colours, width, color)
    figure = new_figure(width, height - len(legend_lines))
    positions = list(range(1, len(keys) + 1))
    if keys and values:
        figure.draw(figure.bar(positions, layers, stacked=True,
                               width=bar_width(len(keys), width),
                               marker=[marker(i, c, color) for i, c in enumerate(colours)]))
    totals = series.group_by("period").agg(pl.col("effort").sum())["effort"]
    value_axis(figure, 0, max(as_number(totals.max()), 1))
    period_axis(figure, keys, width)
    set_title(figure, f"{data.title} ({data.labels['measure']})", width)
    return build(figure, color) + legend_lines


def _intensive(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    intensive = data.frames["intensive"]
    keys = intensive["period"].to_list()
    figure = new_figure(width, height)
    positions = list(range(1, len(keys) + 1))
    if keys:
        figure.draw(figure.bar(positions, intensive["intensive"].to_list(),
                               width=bar_width(len(keys), width),
                               marker=marker(0, SERIES["created"], color)))
    value_axis(figure, 0, max(as_number(intensive["intensive"].max()), 1))
    period_axis(figure, keys, width)
    set_title(figure, f"Intensive tickets closed per {data.period} "
                      f"({int(intensive['intensive'].sum()):,} of "
                      f"{int(intensive['closed'].sum()):,})", width)
    return build(figure, color)
