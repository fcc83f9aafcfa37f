"""The terminal workload chart: tickets assigned and closed per assignee as paired bars."""

from __future__ import annotations

from analysis.charts._palette import SERIES
from analysis.charts._request import ChartData
from analysis.charts.terminal._bars import Series, horizontal_bars
from analysis.charts.terminal._base import legend, shorten

_MEDIANS = "After the closed count: median resolution / median first response."


def workload(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Two bars per assignee (assigned, closed), the closed bar ending with the medians."""
    frame = data.frames["workload"]
    labels = [shorten(name, max(10, width // 4)) for name in frame["assignee"]]
    colours = [SERIES["created"], SERIES["closed"]]
    series = [Series(frame[column].cast(float).to_list(), [colour] * frame.height, glyph)
              for column, colour, glyph in (("assigned", colours[0], "█"),
                                            ("closed", colours[1], "▒"))]
    ends = [[f"{n:,} assigned" for n in frame["assigned"]],
            [f"{n:,} closed, {_hours(r)} / {_hours(f)}"
             for n, r, f in frame.select("closed", "median_resolution_hours",
                                         "median_response_hours").iter_rows()]]
    return horizontal_bars(data.title, labels, series, width, height, color, ends=ends,
                           legend_lines=legend(["assigned", "closed"], colours, width, color,
                                               None if color else ["█", "▒"]),
                           notes=[_MEDIANS, *([data.note] if data.note else [])])


def _hours(hours: float | None) -> str:
    """Hours for a bar end: "–" when unmeasured, days from two days up."""
    if hours is None:
        return "–"
    return f"{hours:.1f}h" if hours < 48 else f"{hours / 24:.1f}d"
