"""Terminal charts: plotext text for every chart of the catalogue; strings out, never printed.

`render(data, width, height, color)` draws one `metrics_charts.ChartData` at an explicit size.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.metrics_charts import ChartData
from analysis.palette import SERIES, colours_for
from analysis.terminal_base import (
    build,
    legend,
    marker,
    new_figure,
    set_title,
    shorten,
    value_axis,
)
from analysis.terminal_series import coverage, created_closed, flow, weekly_by_team
from analysis.terminal_tables import crosstab, scores


def render(data: ChartData, width: int = 80, height: int = 24, color: bool = True) -> str:
    """One chart as text of at most width x height cells (ANSI colours unless color=False)."""
    return "\n".join(_RENDERERS[data.name](data, width, height, color))


def _horizontal_bars(
    title: str, labels: list[str], groups: list[list[float]], colours: list[str], width: int,
    height: int, color: bool, suffix: str = "", upper: float | None = None,
    names: list[str] | None = None,
) -> list[str]:
    """Horizontal bars, first label on top; several groups are drawn side by side."""
    legend_lines = legend(names, colours, width, color) if names else []
    figure = new_figure(width, height - len(legend_lines))
    positions = list(range(len(labels), 0, -1))
    bars = figure.bar(
        positions, groups if len(groups) > 1 else groups[0], orientation="h",
        width=0.8 if len(groups) > 1 else 0.6,
        marker=[marker(i, c, color) for i, c in enumerate(colours)],
    )
    figure.draw(bars)
    top = upper if upper is not None else max((max(g, default=0) for g in groups), default=0)
    value_axis(figure, 0, max(top, 1), axis="x", suffix=suffix)
    figure.ruler("y").ticks(positions, labels)
    figure.ruler("y").lim(0.4, len(labels) + 0.6)
    set_title(figure, title, width)
    return build(figure, color) + legend_lines


def teams(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Share per value as horizontal percentage bars (the terminal's pie)."""
    share = data.frames["share"]
    values = share["value"].to_list()
    label_room = max(10, width // 3 - 8)
    labels = [f"{shorten(v, label_room)} {s * 100:5.1f}%"
              for v, s in zip(values, share["share"], strict=True)]
    percents = [s * 100 for s in share["share"]]
    colours = colours_for(values, dict(data.colours))
    note = data.notes[0].split(";")[0] if data.notes else ""
    title = f"{data.title} ({note})" if note else data.title
    return _bars_per_value(title, labels, percents, colours, width, height, color, "%")


def _bars_per_value(title, labels, values, colours, width, height, color, suffix=""):
    """One bar per value, each in its own colour."""
    figure = new_figure(width, height)
    positions = list(range(len(labels), 0, -1))
    figure.draw(figure.bar(positions, values, orientation="h", width=0.6,
                           marker=[marker(i, c, color) for i, c in enumerate(colours)]))
    value_axis(figure, 0, max(max(values, default=0), 1), axis="x", suffix=suffix)
    figure.ruler("y").ticks(positions, labels)
    figure.ruler("y").lim(0.4, len(labels) + 0.6)
    set_title(figure, title, width)
    return build(figure, color)


def average_by_team(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Average tickets per period per value as horizontal bars."""
    average = data.frames["average"]
    values = average["value"].to_list()
    label_room = max(10, width // 3 - 10)
    unit = {"week": "/wk", "month": "/mo", "quarter": "/q"}[data.period]
    labels = [f"{shorten(v, label_room)} {a:6.1f}{unit}"
              for v, a in zip(values, average["average"], strict=True)]
    colours = colours_for(values, dict(data.colours))
    periods = average["periods"][0] if average.height else 0
    title = f"{data.title} ({periods} {data.period}s)"
    return _bars_per_value(title, labels, average["average"].to_list(), colours, width, height,
                           color)


def resolution(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Resolution and first response hours per value, two panels; each bar shows the median
    (solid) over the p90 (light), one row per value."""
    lines: list[str] = []
    names = ["median", "p90"]
    colours = [SERIES["median"], SERIES["p90"]]
    lines_per_panel = height // 2
    for measure, words in (("resolution", "Resolution time"), ("response", "First response")):
        summary = data.frames[f"{measure}_by"].head(max(1, lines_per_panel - 5))
        if summary.height == 0:
            lines += [f"{words}: no tickets measured in {data.window}.", ""]
            continue
        label_room = max(10, width // 3 - 8)
        labels = [f"{shorten(v, label_room)} n={n}"
                  for v, n in zip(summary["value"], summary["tickets"], strict=True)]
        legend_lines = legend(names, colours, width, color, None if color else ["█", "░"])
        figure = new_figure(width, len(labels) + 4)
        positions = list(range(len(labels), 0, -1))
        for series, glyph_index in (("p90_hours", 2), ("median_hours", 0)):
            colour = colours[0] if series == "median_hours" else colours[1]
            figure.draw(figure.bar(positions, summary[series].to_list(), orientation="h",
                                   width=0.5, marker=marker(glyph_index, colour, color)))
        value_axis(figure, 0, max(summary["p90_hours"].max() or 0, 1), axis="x", suffix="h")
        figure.ruler("y").ticks(positions, labels)
        figure.ruler("y").lim(0.5, len(labels) + 0.5)
        set_title(figure, f"{words} by {data.by_title.lower()} ({data.notes[0]})", width)
        lines += build(figure, color) + legend_lines
    return lines


def targets(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Share resolved and first answered within target per priority, as percentage bars."""
    met = data.frames["targets"]
    labels = [
        f"{p} (≤{_hours(r)} / ≤{_hours(f)})"
        for p, r, f in met.select("priority", "resolution_target_hours",
                                  "response_target_hours").iter_rows()
    ]
    shares = [[(s or 0) * 100 for s in met["resolution_share"]],
              [(s or 0) * 100 for s in met["response_share"]]]
    return _horizontal_bars(
        data.title, labels, shares, [SERIES["resolution"], SERIES["response"]], width, height,
        color, suffix="%", upper=100, names=["resolved within target", "answered within target"],
    )


def _hours(value: float | None) -> str:
    """Target hours in short words: 8h, 3d."""
    if value is None:
        return "-"
    return f"{value / 24:g}d" if value >= 48 else f"{value:g}h"


_RENDERERS: dict[str, Callable[[ChartData, int, int, bool], list[str]]] = {
    "teams": teams, "weekly-by-team": weekly_by_team, "average-by-team": average_by_team,
    "created-closed": created_closed, "flow": flow, "crosstab": crosstab,
    "resolution": resolution, "targets": targets, "scores": scores, "coverage": coverage,
}
