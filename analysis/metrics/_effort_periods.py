"""Effort per period: hours (or the proxy), cost and intensive tickets of the tickets closed in
each period, per value of a dimension."""

from __future__ import annotations

import polars as pl

from analysis.metrics._counts import closed_moment, period_frame
from analysis.metrics._periods import Period, period_start
from analysis.metrics._values import _value_order, fold_values, top_values, value_column


def effort_by(tickets: pl.DataFrame, column: str = "team", period: Period = "week",
              limit: int | None = 8) -> pl.DataFrame:
    """[period, value, effort: f64, cost: f64] of a frame from `with_effort`, counting each
    ticket in the period it closed (a ticket with two values counts for each); every period
    and value present, zeros included; beyond the `limit` largest values the rest are Other."""
    periods = period_frame(tickets, period)
    closed = tickets.filter(pl.col("closed_at").is_not_null()).with_columns(
        period_start(closed_moment(), period).alias("start"))
    exploded = value_column(closed.select(column, "start", "effort", "cost"), column).rename(
        {column: "value"})
    if limit is not None:
        totals = exploded.group_by("value").agg(pl.col("effort").sum().alias("tickets"))
        exploded = fold_values(exploded, top_values(totals.sort("tickets", descending=True),
                                                    limit))
    sums = exploded.group_by("start", "value").agg(
        pl.col("effort").sum(), pl.col("cost").sum())
    order = _value_order(sums, "effort")
    grid = periods.join(pl.DataFrame({"value": order}, schema={"value": pl.String}), how="cross")
    return (grid.join(sums, on=["start", "value"], how="left")
            .with_columns(pl.col("effort", "cost").fill_null(0.0))
            .select("period", "value", "effort", "cost"))


def intensive_by_period(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """[period, closed: u32, intensive: u32] of a frame from `with_effort`: tickets closed in
    each period and how many of them were intensive."""
    periods = period_frame(tickets, period)
    counts = (tickets.filter(pl.col("closed_at").is_not_null())
              .group_by(period_start(closed_moment(), period).alias("start"))
              .agg(pl.len().cast(pl.UInt32).alias("closed"),
                   pl.col("intensive").sum().cast(pl.UInt32)))
    return (periods.join(counts, on="start", how="left")
            .with_columns(pl.col("closed", "intensive").fill_null(0))
            .select("period", "closed", "intensive"))
