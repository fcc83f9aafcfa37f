"""The time-in-status chart's frames: median and total time per status, and mean time per
ticket in each status category per value of the chosen dimension."""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from analysis import metrics
from analysis.charts._palette import CATEGORY_COLOURS
from analysis.charts._request import ChartContext, ChartData
from analysis.charts._window import ChartWindow
from analysis.errors import InputError

SHOWN_STATUSES = 12
_DAYS_FROM_HOURS = 72


def time_in_status(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
                   window: ChartWindow) -> ChartData:
    metrics.check_status_history(tickets)
    as_of = metrics.status_as_of(tickets)
    inside = window.tickets(tickets)
    times = metrics.time_in_status(inside, as_of)
    if times["hours"].sum() == 0:
        raise InputError(f"No ticket created in {base.window} has status history to time; "
                         "choose a wider window or pull the board again.")
    still_open = inside.filter(pl.col("closed_at").is_null()).height
    note = f"{times['key'].n_unique():,} tickets created in {base.window}"
    if still_open and as_of is not None:
        note += f"; {still_open:,} still open, timed to {as_of.date().isoformat()}"
    return replace(base, frames={
        "statuses": metrics.status_summary(times, SHOWN_STATUSES),
        "by": metrics.category_time_by(inside, times, base.by),
    }, colours=dict(CATEGORY_COLOURS), note=note)


def stacked_hours(by: pl.DataFrame) -> tuple[pl.DataFrame, list[str], list[float]]:
    """The `by` frame wide for a stacked bar: one row per value with its `tickets` and one
    column of mean hours per status category (workflow order, missing as 0), the categories,
    and each row's total."""
    wide = by.pivot("category", index=["value", "tickets"], values="mean_hours",
                    maintain_order=True)
    categories = list(by["category"].unique(maintain_order=True))
    wide = wide.with_columns(pl.col(categories).fill_null(0.0))
    totals = wide.select(pl.sum_horizontal(categories)).to_series().to_list()
    return wide, categories, totals


def time_unit(hours: float) -> tuple[float, str]:
    """The unit a set of durations up to `hours` reads best in: (hours per unit, suffix),
    days from three days up, hours below."""
    return (24.0, "d") if hours >= _DAYS_FROM_HOURS else (1.0, "h")


def duration_text(hours: float, per_unit: float, suffix: str) -> str:
    """A duration in the chart's unit (hours when it would show as 0.0 days): whole numbers
    from 10 up, one decimal below."""
    if per_unit > 1 and 0 < hours < 0.05 * per_unit:
        return duration_text(hours, 1.0, "h")
    value = hours / per_unit
    return f"{value:.0f}{suffix}" if value >= 10 or value == 0 else f"{value:.1f}{suffix}"
