"""Label coverage: how much of the board carries a label in each framework dimension."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.metrics._counts import period_frame
from analysis.metrics._periods import Period, period_start


def _is_labelled(column: str, schema: pl.Schema) -> pl.Expr:
    """Whether a ticket has a value in `column` (a non-empty list or a non-empty string)."""
    if isinstance(schema[column], pl.List):
        return pl.col(column).list.len().fill_null(0) > 0
    return pl.col(column).fill_null("") != ""


def coverage_now(tickets: pl.DataFrame, dimensions: Sequence[str]) -> pl.DataFrame:
    """Share of all tickets labelled per dimension [dimension, tickets: u32, labelled: u32,
    share: f64], in the order given."""
    rows = [
        {"dimension": dimension, "tickets": tickets.height,
         "labelled": tickets.select(_is_labelled(dimension, tickets.schema).sum()).item()}
        for dimension in dimensions
    ]
    frame = pl.DataFrame(rows, schema={"dimension": pl.String, "tickets": pl.UInt32,
                                       "labelled": pl.UInt32})
    return frame.with_columns(_share())


def label_coverage(
    tickets: pl.DataFrame, dimensions: Sequence[str], period: Period = "week"
) -> pl.DataFrame:
    """Share of the tickets created in each period that carry a label, per dimension
    [period, dimension, tickets: u32, labelled: u32, share: f64 or null when none created]."""
    periods = period_frame(tickets, period)
    created = tickets.filter(pl.col("created").is_not_null())
    counts = created.group_by(period_start(pl.col("created"), period).alias("start")).agg(
        pl.len().cast(pl.UInt32).alias("tickets"),
        *[_is_labelled(d, tickets.schema).sum().cast(pl.UInt32).alias(d) for d in dimensions],
    )
    wide = periods.join(counts, on="start", how="left").with_columns(
        pl.exclude("start", "period").fill_null(0)
    )
    long = wide.unpivot(list(dimensions), index=["period", "tickets"],
                        variable_name="dimension", value_name="labelled")
    order = {dimension: index for index, dimension in enumerate(dimensions)}
    long = long.with_columns(
        pl.col("dimension").replace_strict(order, return_dtype=pl.UInt32).alias("rank")
    ).sort("rank", "period")
    return long.select("period", "dimension", "tickets", "labelled").with_columns(_share())


def _share() -> pl.Expr:
    """labelled / tickets, null for no tickets."""
    return (
        pl.when(pl.col("tickets") > 0).then(pl.col("labelled") / pl.col("tickets"))
        .otherwise(None).alias("share")
    )
