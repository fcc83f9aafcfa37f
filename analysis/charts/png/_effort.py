"""The effort figure: effort per period stacked by value (with a cost axis when the board
records time and [cost] sets a rate), above the intensive tickets closed per period."""

from __future__ import annotations

import polars as pl
from matplotlib.figure import Figure

from analysis.charts._palette import SERIES, colours_for
from analysis.charts._request import ChartData
from analysis.charts.png._brief import count_axis, period_axis


def effort(fig: Figure, data: ChartData) -> None:
    """Stacked bars of effort per period per value, and bars of intensive tickets below."""
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(2, 1))
    series = data.frames["series"]
    keys = series["period"].unique(maintain_order=True).to_list()
    values = series["value"].unique(maintain_order=True).to_list()
    colours = colours_for(values, dict(data.colours))
    base = [0.0] * len(keys)
    for value, colour in zip(values, colours, strict=True):
        heights = series.filter(pl.col("value") == value)["effort"].to_list()
        top.bar(range(len(keys)), heights, bottom=base, color=colour, label=value, width=0.8)
        base = [b + h for b, h in zip(base, heights, strict=True)]
    measure = data.labels["measure"]
    top.set_ylabel("Hours" if measure == "hours" else "Proxy score")
    top.grid(axis="y", color="#E5E5E5", linewidth=0.8)
    top.set_axisbelow(True)
    if "rate" in data.labels:
        rate = float(data.labels["rate"])
        cost = top.secondary_yaxis("right", functions=(lambda h: h * rate,
                                                       lambda c: c / rate))
        cost.set_ylabel(f"Cost ({data.labels['currency']})")
    handles, labels = top.get_legend_handles_labels()
    top.legend(handles[::-1], labels[::-1], title=data.by_title, loc="upper left",
               bbox_to_anchor=(1.12, 1.0), frameon=False)
    fig.suptitle(data.title, fontsize=18, fontweight="bold")
    top.set_title(data.note, fontsize=11, color="#555555")
    intensive = data.frames["intensive"]
    bottom.bar(range(intensive.height), intensive["intensive"].to_list(),
               color=SERIES["created"], width=0.8)
    count_axis(bottom, "Intensive tickets")
    period_axis(bottom, keys, data.period)
