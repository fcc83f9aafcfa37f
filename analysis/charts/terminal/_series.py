"""Terminal charts over time: stacked created per value, created vs closed, flow, coverage."""

from __future__ import annotations

import polars as pl

from analysis.charts._palette import SERIES, colours_for
from analysis.charts._request import ChartData
from analysis.charts.terminal._base import (
    as_number,
    bar_width,
    build,
    legend,
    line_marker,
    marker,
    new_figure,
    period_axis,
    set_title,
    value_axis,
)


def weekly_by_team(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Tickets created per period per value as stacked columns, one column per period."""
    return stacked_periods(data, "created", "tickets", width, height, color)


def stacked_periods(data: ChartData, measure: str, unit: str, width: int, height: int,
                    color: bool) -> list[str]:
    """The `series` frame's `measure` per period per value as stacked columns, one column per
    period, with the values' legend below; `unit` ends the title."""
    series = data.frames["series"]
    keys = series["period"].unique(maintain_order=True).to_list()
    values = series["value"].unique(maintain_order=True).to_list()
    layers = [
        series.filter(pl.col("value") == value)[measure].to_list() for value in values
    ]
    colours = colours_for(values, dict(data.colours))
    legend_lines = legend(values, colours, width, color)
    figure = new_figure(width, height - len(legend_lines))
    positions = list(range(1, len(keys) + 1))
    if keys and values:
        figure.draw(figure.bar(positions, layers, stacked=True,
                               width=bar_width(len(keys), width),
                               marker=[marker(i, c, color) for i, c in enumerate(colours)]))
    totals = series.group_by("period").agg(pl.col(measure).sum())[measure]
    value_axis(figure, 0, max(as_number(totals.max()), 1))
    period_axis(figure, keys, width)
    set_title(figure, f"{data.title} ({unit})", width)
    return build(figure, color) + legend_lines


def created_closed(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Tickets created and closed per period, side by side; when a period has under six
    cells, created stays as bars and closed becomes a line over them, so neither hides."""
    series = data.frames["series"]
    keys = series["period"].to_list()
    colours = [SERIES["created"], SERIES["closed"]]
    side_by_side = (width - 8) / max(len(keys), 1) >= 6
    glyphs = None if color or side_by_side else ["█", "•"]
    names = ["created", "closed"] if side_by_side else ["created (bars)", "closed (line)"]
    legend_lines = legend(names, colours, width, color, glyphs)
    figure = new_figure(width, height - len(legend_lines))
    positions = list(range(1, len(keys) + 1))
    if side_by_side:
        slot = bar_width(len(keys), width, groups=2)
        for index, (column, offset) in enumerate((("created", -0.2), ("closed", 0.2))):
            figure.draw(figure.bar([p + offset for p in positions], series[column].to_list(),
                                   width=slot * 0.5,
                                   marker=marker(index, colours[index], color)))
    else:
        figure.draw(figure.bar(positions, series["created"].to_list(),
                               width=bar_width(len(keys), width),
                               marker=marker(0, colours[0], color)))
        line = figure.signal(positions, series["closed"].to_list(),
                             marker=line_marker(0, colours[1], color))
        line.lines()
        figure.draw(line)
    top = max(as_number(series["created"].max()), as_number(series["closed"].max()), 1)
    value_axis(figure, 0, top)
    period_axis(figure, keys, width)
    set_title(figure, data.title, width)
    return build(figure, color) + legend_lines


def flow(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Opened in period N minus closed in period N-1 (bars about zero), then the backlog line."""
    series = data.frames["series"]
    keys = series["period"].to_list()
    positions = list(range(1, len(keys) + 1))
    figure = new_figure(width, height)
    figure.subplots(2, 1)
    upper, lower = figure.subplot(1, 1), figure.subplot(2, 1)
    flows = series["flow"].to_list()
    known = [(p, f) for p, f in zip(positions, flows, strict=True) if f is not None]
    if known:
        upper.draw(upper.bar([p for p, _ in known], [f for _, f in known],
                             width=bar_width(len(keys), width),
                             marker=marker(0, SERIES["flow"], color)))
    low = min([f for _, f in known] + [0])
    high = max([f for _, f in known] + [1])
    value_axis(upper, low, high)
    period_axis(upper, keys, width)
    upper.line(0, orientation="h")
    period = data.period
    set_title(upper, f"Opened in {period} N minus closed in {period} N-1 (tickets)", width)
    backlog = series["backlog"].to_list()
    line = lower.signal(positions, backlog, marker=line_marker(0, SERIES["backlog"], color))
    line.lines()
    lower.draw(line)
    value_axis(lower, 0, max(max(backlog, default=0), 1))
    period_axis(lower, keys, width)
    set_title(lower, f"Open backlog at the end of each {period} (tickets)", width)
    return build(figure, color)


def coverage(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Share of tickets labelled per dimension over time, one line per dimension."""
    series = data.frames["series"]
    keys = series["period"].unique(maintain_order=True).to_list()
    dimensions = series["dimension"].unique(maintain_order=True).to_list()
    names = [data.labels.get(d, d) for d in dimensions]
    now = dict(zip(data.frames["now"]["dimension"], data.frames["now"]["share"], strict=True))
    entries = [f"{name} {(now.get(d) or 0) * 100:.0f}%"
               for d, name in zip(dimensions, names, strict=True)]
    colours = colours_for(names, dict(data.colours))
    glyphs = None if color else ["•+x*o#"[index % 6] for index in range(len(names))]
    legend_lines = legend(entries, colours, width, color, glyphs)
    figure = new_figure(width, height - len(legend_lines))
    positions = list(range(1, len(keys) + 1))
    for index, dimension in enumerate(dimensions):
        shares = series.filter(pl.col("dimension") == dimension)["share"]
        points = [(p, s * 100) for p, s in zip(positions, shares, strict=True) if s is not None]
        if not points:
            continue
        line = figure.signal([p for p, _ in points], [s for _, s in points],
                             marker=line_marker(index, colours[index], color))
        line.lines()
        figure.draw(line)
    value_axis(figure, 0, 100, suffix="%")
    period_axis(figure, keys, width)
    set_title(figure, data.title, width)
    return build(figure, color) + legend_lines
