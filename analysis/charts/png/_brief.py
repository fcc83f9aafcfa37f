"""The brief's five figures: team pie, created per period per team, average per team,
created vs closed, and flow beside the backlog."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from analysis.charts._catalogue import average_label
from analysis.charts._palette import SERIES, colours_for
from analysis.charts._request import ChartData

PERIOD_WORDS = {"week": "ISO week", "month": "month", "quarter": "quarter"}


def period_axis(axes: Axes, keys: Sequence[str], period: str, max_labels: int = 20) -> None:
    """Period keys on the x axis at 0..n-1, thinned to at most `max_labels`, labelled."""
    step = max(1, math.ceil(len(keys) / max_labels))
    positions = list(range(0, len(keys), step))
    axes.set_xticks(positions, [keys[p] for p in positions], rotation=45, ha="right",
                    rotation_mode="anchor")
    axes.set_xlim(-0.6, len(keys) - 0.4)
    words = PERIOD_WORDS[period]
    axes.set_xlabel(words[0].upper() + words[1:])


def count_axis(axes: Axes, label: str = "Tickets", axis: str = "y") -> None:
    """An integer count axis starting at zero, with a light grid."""
    locator = MaxNLocator(integer=True)
    if axis == "y":
        axes.yaxis.set_major_locator(locator)
        axes.set_ylabel(label)
        axes.grid(axis="y", color="#E5E5E5", linewidth=0.8)
    else:
        axes.xaxis.set_major_locator(locator)
        axes.set_xlabel(label)
        axes.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    axes.set_axisbelow(True)


def teams(fig: Figure, data: ChartData) -> None:
    """Pie of tickets per value; small slices already merged into Other, Unlabelled kept."""
    share = data.frames["share"]
    values = share["value"].to_list()
    colours = colours_for(values, dict(data.colours))
    axes = fig.add_subplot()
    wedges, _texts, autotexts = axes.pie(
        share["tickets"].to_list(), colors=colours, startangle=90, counterclock=False,
        autopct=lambda pct: f"{pct:.0f}%" if pct >= 4 else "", pctdistance=0.78,
        wedgeprops={"linewidth": 1.5, "edgecolor": "white"},
    )
    for text, colour in zip(autotexts, colours, strict=True):
        text.set_color("white" if _is_dark(colour) else "black")
        text.set_fontsize(13)
    labels = [f"{v}: {n:,} ({s * 100:.1f}%)"
              for v, n, s in zip(values, share["tickets"], share["share"], strict=True)]
    axes.legend(wedges, labels, title=data.by_title, loc="center left",
                bbox_to_anchor=(1.0, 0.5), frameon=False)
    axes.set_aspect("equal")
    note = textwrap.wrap(data.note, 70) if data.note else []
    axes.set_title(data.title, pad=8 + 20 * len(note))
    if note:
        axes.annotate("\n".join(note), (0.5, 1.0), xytext=(0, 6), textcoords="offset points",
                      xycoords="axes fraction", ha="center", va="bottom", fontsize=13,
                      color="#333333")


def _is_dark(colour: str) -> bool:
    """Whether white text reads better than black on this colour."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue < 140


def weekly_by_team(fig: Figure, data: ChartData) -> None:
    """Stacked area of tickets created per period per value."""
    series = data.frames["series"]
    keys = series["period"].unique(maintain_order=True).to_list()
    values = series["value"].unique(maintain_order=True).to_list()
    layers = [series.filter(pl.col("value") == v)["created"].to_list() for v in values]
    axes = fig.add_subplot()
    axes.stackplot(range(len(keys)), layers, labels=values,
                   colors=colours_for(values, dict(data.colours)), linewidth=0.4,
                   edgecolor="white")
    period_axis(axes, keys, data.period)
    count_axis(axes, f"Tickets created per {data.period}")
    axes.set_ylim(bottom=0)
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(handles[::-1], labels[::-1], title=data.by_title, loc="upper left",
                bbox_to_anchor=(1.01, 1.0), frameon=False)
    axes.set_title(data.title)


def average_by_team(fig: Figure, data: ChartData) -> None:
    """Horizontal bars of the average tickets per period per value, values written at the end."""
    average = data.frames["average"]
    values = average["value"].to_list()
    axes = fig.add_subplot()
    positions = list(range(len(values)))[::-1]
    bars = axes.barh(positions, average["average"].to_list(),
                     color=colours_for(values, dict(data.colours)), height=0.7)
    axes.bar_label(bars, [average_label(a) for a in average["average"]], padding=4, fontsize=12)
    axes.set_yticks(positions, values)
    periods = average["periods"][0] if average.height else 0
    axes.set_xlabel(f"Tickets per {data.period} (total / {periods} {data.period}s)")
    axes.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    axes.set_axisbelow(True)
    axes.margins(x=0.12)
    axes.set_title(data.title)


def created_closed(fig: Figure, data: ChartData) -> None:
    """Side-by-side bars of tickets created and closed per period."""
    series = data.frames["series"]
    keys = series["period"].to_list()
    axes = fig.add_subplot()
    positions = list(range(len(keys)))
    width = 0.4
    axes.bar([p - width / 2 for p in positions], series["created"].to_list(), width,
             label="Created", color=SERIES["created"])
    axes.bar([p + width / 2 for p in positions], series["closed"].to_list(), width,
             label="Closed", color=SERIES["closed"])
    period_axis(axes, keys, data.period)
    count_axis(axes, f"Tickets per {data.period}")
    axes.legend(loc="upper left", frameon=False, ncols=2)
    axes.set_title(data.title)


def flow(fig: Figure, data: ChartData) -> None:
    """Top: opened in period N minus closed in N-1 as bars about zero; bottom: the backlog."""
    series = data.frames["series"]
    keys = series["period"].to_list()
    positions = list(range(len(keys)))
    upper, lower = fig.subplots(2, 1, sharex=True, height_ratios=(1, 1))
    flows = series["flow"].to_list()
    colours = [SERIES["flow"] if (f or 0) >= 0 else SERIES["median"] for f in flows]
    upper.bar(positions, [f or 0 for f in flows], color=colours, width=0.7)
    upper.axhline(0, color="#404040", linewidth=1)
    count_axis(upper, "Tickets")
    upper.set_title(f"Above zero: more opened than were closed the {data.period} before",
                    fontsize=15)
    backlog = series["backlog"].to_list()
    lower.plot(positions, backlog, color=SERIES["backlog"], linewidth=2.5, marker="o",
               markersize=4)
    lower.fill_between(positions, backlog, color=SERIES["backlog"], alpha=0.12)
    lower.set_ylim(bottom=0)
    count_axis(lower, "Open tickets")
    lower.set_title(f"Open backlog at the end of each {data.period} "
                    "(previous + created − closed)", fontsize=15)
    period_axis(lower, keys, data.period)
    fig.suptitle(data.title, fontsize=18, fontweight="bold")


def percent_axis(axes: Axes, axis: str = "y", label: str = "Share of tickets") -> None:
    """A 0-100% axis."""
    if axis == "y":
        axes.set_ylim(0, 1.02)
        axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        axes.set_ylabel(label)
        axes.grid(axis="y", color="#E5E5E5", linewidth=0.8)
    else:
        axes.set_xlim(0, 1.02)
        axes.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        axes.set_xlabel(label)
        axes.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    axes.set_axisbelow(True)
