"""Terminal bar charts: team share, averages, resolution and targets as horizontal bars."""

from __future__ import annotations

from analysis.charts._catalogue import average_label
from analysis.charts._palette import SERIES, colours_for
from analysis.charts._request import ChartData
from analysis.charts.terminal._bars import Series, horizontal_bars
from analysis.charts.terminal._base import legend, shorten
from analysis.metrics import in_sentence


def teams(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Share per value as horizontal percentage bars (the terminal's pie)."""
    share = data.frames["share"]
    values = share["value"].to_list()
    label_room = max(10, width // 3 - 8)
    labels = [f"{shorten(v, label_room)} {s * 100:5.1f}%"
              for v, s in zip(values, share["share"], strict=True)]
    percents = [s * 100 for s in share["share"]]
    colours = colours_for(values, dict(data.colours))
    note = data.note
    return horizontal_bars(data.title, labels, [Series(percents, colours)], width, height,
                           color, suffix="%", notes=[note] if note else ())


def average_by_team(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Average tickets per period per value as horizontal bars."""
    average = data.frames["average"]
    values = average["value"].to_list()
    label_room = max(10, width // 3 - 10)
    unit = {"week": "/wk", "month": "/mo", "quarter": "/q"}[data.period]
    labels = [f"{shorten(v, label_room)} {average_label(a):>6}{unit}"
              for v, a in zip(values, average["average"], strict=True)]
    colours = colours_for(values, dict(data.colours))
    periods = average["periods"][0] if average.height else 0
    title = f"{data.title} ({periods} {data.period}s)"
    return horizontal_bars(title, labels, [Series(average["average"].to_list(), colours)],
                           width, height, color)


def resolution(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Resolution and first response hours per value, two panels; each bar shows the median
    (solid) over the p90 (light), one line per value."""
    frames = {measure: data.frames[f"{measure}_by"] for measure in ("resolution", "response")}
    needs = {measure: 3 * frame.height + 3 for measure, frame in frames.items()}
    first = min(needs["resolution"], max(height // 2, height - needs["response"]))
    lines = _resolution_panel(data, "resolution", "Resolution time", width, first, color)
    return lines + _resolution_panel(data, "response", "First response", width,
                                     height - len(lines), color)


def _resolution_panel(data: ChartData, measure: str, words: str, width: int, height: int,
                      color: bool) -> list[str]:
    """One panel of the resolution chart in at most `height` lines."""
    summary = data.frames[f"{measure}_by"]
    if summary.height == 0:
        return [f"{words}: no tickets measured in {data.window}.", ""]
    label_room = max(10, width // 3 - 8)
    labels = [f"{shorten(v, label_room)} n={n}"
              for v, n in zip(summary["value"], summary["tickets"], strict=True)]
    median = [m or 0 for m in summary["median_hours"]]
    p90 = [p or 0 for p in summary["p90_hours"]]
    ends = [[f"{_hours_text(m)} (p90 {_hours_text(p)})" for m, p in zip(median, p90, strict=True)]]
    names, colours = ["median", "p90"], [SERIES["median"], SERIES["p90"]]
    series = [Series(p90, [colours[1]] * len(p90), "░"), Series(median, [colours[0]] * len(median))]
    title = f"{words} by {in_sentence(data.by_title)} ({data.clock})"
    return horizontal_bars(title, labels, series, width, height, color, suffix="h", overlay=True,
                           ends=ends, legend_lines=legend(names, colours, width, color,
                                                          None if color else ["█", "░"]))


def _hours_text(hours: float) -> str:
    """Hours for a bar end: whole hours from 10 up, one decimal below."""
    return f"{hours:.0f}h" if hours >= 10 or hours == 0 else f"{hours:.1f}h"


def targets(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Share resolved and first answered within target per priority, as percentage bars."""
    met = data.frames["targets"]
    labels = [
        f"{p} (≤{_hours(r)} / ≤{_hours(f)})"
        for p, r, f in met.select("priority", "resolution_target_hours",
                                  "response_target_hours").iter_rows()
    ]
    colours = [SERIES["resolution"], SERIES["response"]]
    series = [Series([(s or 0) * 100 for s in met[column]], [colour] * met.height, glyph)
              for column, colour, glyph in (("resolution_share", colours[0], "█"),
                                            ("response_share", colours[1], "▒"))]
    ends = [[f"{s * 100:.0f}% of {n:,}" if s is not None else "none measured"
             for s, n in zip(met[share], met[count], strict=True)]
            for share, count in (("resolution_share", "resolved"), ("response_share", "answered"))]
    names = ["resolved within target", "answered within target"]
    return horizontal_bars(data.title, labels, series, width, height, color, suffix="%",
                           upper=100, ends=ends, legend_lines=legend(names, colours, width, color,
                                                          None if color else ["█", "▒"]))


def _hours(value: float | None) -> str:
    """Target hours in short words: 8h, 3d."""
    if value is None:
        return "-"
    return f"{value / 24:g}d" if value >= 48 else f"{value:g}h"
