"""Terminal charts: plotext text for every chart of the catalogue; strings out, never printed."""

from __future__ import annotations

from collections.abc import Callable

from analysis.charts._catalogue import complete_renderers
from analysis.charts._request import ChartData
from analysis.charts.terminal import _bar_charts, _effort, _series, _status, _tables
from analysis.charts.terminal._base import title_lines

Renderer = Callable[[ChartData, int, int, bool], list[str]]

RENDERERS: dict[str, Renderer] = complete_renderers("terminal", {
    "teams": _bar_charts.teams, "weekly-by-team": _series.weekly_by_team,
    "average-by-team": _bar_charts.average_by_team, "created-closed": _series.created_closed,
    "flow": _series.flow, "crosstab": _tables.crosstab, "resolution": _bar_charts.resolution,
    "targets": _bar_charts.targets, "scores": _tables.scores, "coverage": _series.coverage,
    "time-in-status": _status.time_in_status, "effort": _effort.effort,
})


def render(data: ChartData, width: int = 80, height: int = 24, color: bool = True) -> str:
    """One chart as text of at most width x height cells (ANSI colours unless color=False)."""
    note = title_lines(data.window_note, width) if data.window_note else []
    return "\n".join(RENDERERS[data.name](data, width, height - len(note), color) + note)
