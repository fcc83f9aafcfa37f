"""Where time goes: time in status summed up per status, per category and per dimension value,
for the chart and the report."""

from __future__ import annotations

import polars as pl

from analysis.metrics._status_time import category_rank, category_title, time_in_category
from analysis.metrics._values import value_column


def status_summary(times: pl.DataFrame, limit: int | None = None) -> pl.DataFrame:
    """Per status, from `time_in_status`: [status, category (display name), tickets: u32 (that
    spent time in it), median_hours, total_hours, share (of all hours)], most hours first;
    `limit` keeps that many statuses."""
    total = times["hours"].sum() or 0.0
    summary = (
        times.filter(pl.col("hours") > 0)
        .group_by("status").agg(
            category_title(pl.col("category").drop_nulls().first()).alias("category"),
            pl.len().cast(pl.UInt32).alias("tickets"),
            pl.col("hours").median().alias("median_hours"),
            pl.col("hours").sum().alias("total_hours"),
        )
        .with_columns((pl.col("total_hours") / total if total else pl.lit(0.0)).alias("share"))
        .sort(["total_hours", "status"], descending=[True, False])
    )
    return summary.head(limit) if limit is not None else summary


def category_summary(times: pl.DataFrame) -> pl.DataFrame:
    """Per status category, from `time_in_status`: [category, tickets: u32, median_hours (per
    ticket that spent time in it), total_hours, share (of all hours)], in workflow order."""
    per_ticket = time_in_category(times).filter(pl.col("hours") > 0)
    total = per_ticket["hours"].sum() or 0.0
    return (
        per_ticket.group_by("category").agg(
            pl.len().cast(pl.UInt32).alias("tickets"),
            pl.col("hours").median().alias("median_hours"),
            pl.col("hours").sum().alias("total_hours"),
        )
        .with_columns((pl.col("total_hours") / total if total else pl.lit(0.0)).alias("share"))
        .sort(category_rank(pl.col("category")), pl.col("category"))
    )


def category_time_by(tickets: pl.DataFrame, times: pl.DataFrame, column: str,
                     limit: int = 12) -> pl.DataFrame:
    """Mean hours per ticket in each status category for each value of `column` (Unlabelled
    kept): [value, tickets: u32, category, mean_hours], values with the longest mean total
    first, `limit` of them, only categories some ticket spent time in; a ticket with two
    values counts once for each."""
    timed_keys = times.select("key").unique()
    values = (value_column(tickets.select("key", column), column)
              .join(timed_keys, on="key", how="semi").rename({column: "value"}).unique())
    counts = values.group_by("value").agg(pl.len().cast(pl.UInt32).alias("tickets"))
    hours = (values.join(time_in_category(times).filter(pl.col("hours") > 0), on="key")
             .group_by("value", "category").agg(pl.col("hours").sum()))
    categories = hours.select("category").unique()
    grid = counts.join(categories, how="cross").join(hours, on=["value", "category"], how="left")
    means = grid.with_columns((pl.col("hours").fill_null(0.0) / pl.col("tickets"))
                              .alias("mean_hours"))
    order = (means.group_by("value").agg(pl.col("mean_hours").sum().alias("total"))
             .sort(["total", "value"], descending=[True, False]).head(limit)
             .with_row_index("place"))
    return (
        means.join(order, on="value")
        .sort(pl.col("place"), category_rank(pl.col("category")), pl.col("category"))
        .select("value", "tickets", "category", "mean_hours")
    )
