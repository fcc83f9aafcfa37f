"""The figures a support lead asks for next: cross-tab heat map, resolution and first response
times, targets met, case scores and label coverage."""

from __future__ import annotations

import numpy as np
import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from analysis.charts._compute import heated
from analysis.charts._palette import SERIES, colours_for
from analysis.charts._request import ChartData
from analysis.charts.png._brief import percent_axis, period_axis
from analysis.metrics import in_sentence


def crosstab(fig: Figure, data: ChartData) -> None:
    """Heat map of tickets per row value x column value, with a grey Total row and column."""
    table = data.frames["table"]
    row_name = table.columns[0]
    columns = table.columns[1:]
    full = table.select(columns).to_numpy().astype(float)
    rows, cols = full.shape
    row_values = [str(value) for value in table[row_name]]
    cold = np.array([[not heated(value, column) for column in columns] for value in row_values])
    heat = np.ma.masked_array(full, mask=cold)
    axes = fig.add_subplot()
    image = axes.imshow(heat, cmap="Blues", aspect="auto", vmin=0)
    peak = heat.max() if heat.count() else 0
    for row in range(rows):
        for column in range(cols):
            value = int(full[row, column])
            is_total = row == rows - 1 or column == cols - 1
            if is_total:
                axes.add_patch(Rectangle((column - 0.5, row - 0.5), 1, 1, color="#EEEEEE"))
            dark = not cold[row, column] and peak and value > peak * 0.6
            axes.text(column, row, f"{value:,}", ha="center", va="center", fontsize=11,
                      color="white" if dark else "black",
                      fontweight="bold" if is_total else "normal")
    axes.set_xticks(range(cols), columns, rotation=35, ha="right", rotation_mode="anchor")
    axes.set_yticks(range(rows), table[row_name].to_list())
    axes.set_xlabel(f"{data.against_title} (totals count distinct tickets)")
    axes.set_ylabel(data.by_title)
    axes.spines[:].set_visible(False)
    fig.colorbar(image, ax=axes, label="Tickets", shrink=0.8)
    axes.set_title(data.title)


def _duration_panel(axes: Axes, summary: pl.DataFrame, title: str) -> None:
    """Horizontal bars: p90 (light) behind the median (dark), hours, most tickets on top."""
    summary = summary.head(10)
    labels = [f"{v} (n={n:,})" for v, n in zip(summary["value"], summary["tickets"], strict=True)]
    positions = list(range(len(labels)))[::-1]
    axes.barh(positions, summary["p90_hours"].to_list(), height=0.7, color=SERIES["p90"],
              alpha=0.35, label="p90")
    axes.barh(positions, summary["median_hours"].to_list(), height=0.45,
              color=SERIES["median"], label="median")
    axes.set_yticks(positions, labels)
    axes.set_xlabel("Hours")
    axes.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    axes.set_axisbelow(True)
    axes.set_title(title, fontsize=14)
    if not labels:
        axes.text(0.5, 0.5, "no tickets measured", transform=axes.transAxes, ha="center")


def resolution(fig: Figure, data: ChartData) -> None:
    """2 x 2 panels: resolution and first response time, by the chosen dimension and by
    priority, each with the median over the p90."""
    grid = fig.subplots(2, 2)
    for row, (measure, words) in enumerate((("resolution", "Resolution time"),
                                            ("response", "First response"))):
        _duration_panel(grid[row][0], data.frames[f"{measure}_by"],
                        f"{words} by {in_sentence(data.by_title)}")
        _duration_panel(grid[row][1], data.frames[f"{measure}_priority"],
                        f"{words} by priority")
    handles, _labels = grid[0][0].get_legend_handles_labels()
    fig.legend(handles[::-1], ["median", "90th percentile (p90)"], loc="outside lower center",
               ncols=2, frameon=False)
    fig.suptitle(data.title, fontsize=18, fontweight="bold")


def targets(fig: Figure, data: ChartData) -> None:
    """Grouped bars per priority: share resolved and share first answered within target."""
    met = data.frames["targets"]
    axes = fig.add_subplot()
    positions = list(range(met.height))
    width = 0.38
    for offset, share, count, words, colour in (
        (-width / 2, "resolution_share", "resolved", "Resolved within target",
         SERIES["resolution"]),
        (width / 2, "response_share", "answered", "First answered within target",
         SERIES["response"]),
    ):
        shares = [s if s is not None else 0 for s in met[share]]
        bars = axes.bar([p + offset for p in positions], shares, width, color=colour,
                        label=words)
        axes.bar_label(bars, [f"{s * 100:.0f}%\nof {n:,}" if s is not None else "n/a"
                              for s, n in zip(met[share], met[count], strict=True)],
                       padding=3, fontsize=10)
    labels = [f"{p}\n≤{_hours(r)} / ≤{_hours(f)}" for p, r, f in met.select(
        "priority", "resolution_target_hours", "response_target_hours").iter_rows()]
    axes.set_xticks(positions, labels)
    axes.set_xlabel("Priority (resolution target / first response target)")
    percent_axis(axes, "y", "Share of tickets within target")
    axes.set_ylim(0, 1.15)
    axes.legend(loc="upper left", frameon=False, ncols=2)
    axes.set_title(data.title)


def _hours(value: float | None) -> str:
    """Target hours in short words: 8h, 3d."""
    if value is None:
        return "-"
    return f"{value / 24:g}d" if value >= 48 else f"{value:g}h"


def scores(fig: Figure, data: ChartData) -> None:
    """Bubble scatter of product vs process score (bubble area = tickets) beside the list of
    the highest-scoring cases."""
    grid, cases = data.frames["grid"], data.frames["scores"]
    axes, listing = fig.subplots(1, 2, width_ratios=(3, 2))
    counts = grid["tickets"].to_list()
    peak = max(counts, default=1)
    axes.scatter(grid["product_score"].to_list(), grid["process_score"].to_list(),
                 s=[200 + 3000 * c / peak for c in counts], color=SERIES["backlog"], alpha=0.55,
                 edgecolors="white", linewidths=1.5)
    for product, process, count in grid.iter_rows():
        axes.annotate(f"{count:,}", (product, process), ha="center", va="center", fontsize=11,
                      color="black")
    axes.set_xlabel("Product score (severity for the product)")
    axes.set_ylabel("Process score (room to improve the process)")
    axes.margins(0.2)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(color="#E5E5E5", linewidth=0.8)
    axes.set_axisbelow(True)
    axes.set_title("Bubble area and number: tickets", fontsize=14)
    lines = [f"{key}  {total} ({product}+{process})\n    {_cut(summary, 44)}"
             for key, summary, product, process, total in cases.head(8).iter_rows()]
    listing.axis("off")
    listing.set_title("Highest-scoring cases (product + process)", fontsize=14)
    listing.text(0.0, 1.0, "\n".join(lines), va="top", ha="left", fontsize=11,
                 family="DejaVu Sans Mono", transform=listing.transAxes, linespacing=1.5)
    fig.suptitle(data.title, fontsize=18, fontweight="bold")


def _cut(text: str, limit: int) -> str:
    """Text cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def coverage(fig: Figure, data: ChartData) -> None:
    """One line per dimension: share of the tickets created in each period that carry a label."""
    series = data.frames["series"]
    keys = series["period"].unique(maintain_order=True).to_list()
    dimensions = series["dimension"].unique(maintain_order=True).to_list()
    names = [data.labels.get(d, d) for d in dimensions]
    now = dict(zip(data.frames["now"]["dimension"], data.frames["now"]["share"], strict=True))
    colours = colours_for(names, dict(data.colours))
    axes = fig.add_subplot()
    styles = ("-", "--", "-.", ":")
    for index, (dimension, name, colour) in enumerate(zip(dimensions, names, colours,
                                                          strict=True)):
        shares = series.filter(pl.col("dimension") == dimension)["share"].to_list()
        axes.plot(range(len(keys)), [s if s is not None else float("nan") for s in shares],
                  color=colour, linewidth=2.5, marker="o", markersize=3,
                  linestyle=styles[index % len(styles)],
                  label=f"{name} ({(now.get(dimension) or 0) * 100:.0f}% overall)")
    period_axis(axes, keys, data.period)
    percent_axis(axes, "y", f"Share of tickets created that {data.period} with a label")
    fig.legend(loc="outside lower center", ncols=3, frameon=False,
               title="Dimension (share labelled over the whole window)")
    axes.set_title(data.title)
