"""The workload figure: tickets assigned and closed per assignee, beside their median
resolution and first response."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis.charts._palette import SERIES
from analysis.charts._request import ChartData


def workload(fig: Figure, data: ChartData) -> None:
    """Two panels sharing the assignees (busiest on top): tickets, and median hours."""
    frame = data.frames["workload"]
    tickets, hours = fig.subplots(1, 2, sharey=True)
    positions = list(range(frame.height))[::-1]
    names = frame["assignee"].to_list()
    _paired(tickets, positions, frame["assigned"].to_list(), frame["closed"].to_list(),
            ("Assigned", "Closed"), (SERIES["created"], SERIES["closed"]))
    tickets.set_yticks(positions, names)
    note = f" ({data.note[0].lower()}{data.note[1:-1]})" if data.note else ""
    tickets.set_xlabel(f"Tickets{note}")
    tickets.set_title("Tickets", fontsize=14)
    _paired(hours, positions, _zeros(frame["median_resolution_hours"].to_list()),
            _zeros(frame["median_response_hours"].to_list()),
            ("Median resolution", "Median first response"),
            (SERIES["resolution"], SERIES["response"]))
    hours.set_xlabel(f"Hours ({data.clock})")
    hours.set_title("Median hours", fontsize=14)
    handles = [h for axes in (tickets, hours) for h in axes.get_legend_handles_labels()[0]]
    fig.legend(handles, [h.get_label() for h in handles], loc="outside lower center", ncols=4,
               frameon=False)
    fig.suptitle(data.title, fontsize=18, fontweight="bold")


def _paired(axes: Axes, positions: list[int], first: list[float], second: list[float],
            words: tuple[str, str], colours: tuple[str, str]) -> None:
    """Two thin horizontal bars per position."""
    for offset, values, word, colour in ((0.2, first, words[0], colours[0]),
                                         (-0.2, second, words[1], colours[1])):
        axes.barh([p + offset for p in positions], values, height=0.38, color=colour,
                  label=word)
    axes.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    axes.set_axisbelow(True)


def _zeros(values: list[float | None]) -> list[float]:
    """Unmeasured medians drawn as no bar."""
    return [value or 0.0 for value in values]
