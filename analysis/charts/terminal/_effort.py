"""The effort chart as text: effort per period stacked by value, then intensive tickets."""

from __future__ import annotations

from analysis.charts._palette import SERIES
from analysis.charts._request import ChartData
from analysis.charts.terminal._base import (
    as_number,
    bar_width,
    build,
    marker,
    new_figure,
    period_axis,
    set_title,
    title_lines,
    value_axis,
)
from analysis.charts.terminal._series import stacked_periods


def effort(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Two panels: effort per period stacked by value (two thirds), intensive tickets per
    period, then the note saying what effort measures."""
    note = title_lines(data.note, width)
    room = height - len(note)
    first = max(8, room * 2 // 3)
    return (_stacked(data, width, first, color)
            + _intensive(data, width, room - first, color) + note)


def _stacked(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    return stacked_periods(data, "effort", data.labels["measure"], width, height, color)


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
