"""Metrics by the values of one dimension: shares, created per period, averages, cross-tabs.

A dimension is any column of the labelled ticket frame: list columns (team, framework
dimensions, components) count a ticket once per value, scalar columns (priority, status) once.
"""

from __future__ import annotations

import polars as pl

from analysis.metrics._counts import period_frame
from analysis.metrics._periods import Period, period_start

UNLABELLED = "Unlabelled"
# Small values merged for a chart; not "Other", which frameworks often have as a real option.
OTHER = "All others"


def only_unlabelled(frame: pl.DataFrame) -> bool:
    """True when a frame of values (a `value` column) names nothing but Unlabelled."""
    return "value" in frame.columns and frame.filter(pl.col("value") != UNLABELLED).is_empty()


def value_column(tickets: pl.DataFrame, column: str) -> pl.DataFrame:
    """One row per (ticket, value) of `column` as a str column of that name; none -> Unlabelled.

    List columns are exploded (a ticket with two teams counts once for each, duplicates once);
    scalar columns are used as they are. Other columns of `tickets` are kept.
    """
    if column not in tickets.columns:
        raise KeyError(column)
    values = pl.col(column)
    if isinstance(tickets.schema[column], pl.List):
        exploded = tickets.with_columns(
            values.list.eval(pl.element().filter(pl.element() != "")).list.unique(
                maintain_order=True
            )
        ).explode(column, empty_as_null=True)
    else:
        exploded = tickets.with_columns(values.cast(pl.String))
    return exploded.with_columns(
        pl.when(pl.col(column).is_null() | (pl.col(column) == ""))
        .then(pl.lit(UNLABELLED))
        .otherwise(pl.col(column))
        .alias(column)
    )


def value_counts(tickets: pl.DataFrame, column: str = "team") -> pl.DataFrame:
    """Tickets per value of a dimension [value: str, tickets: u32], largest first, Unlabelled
    kept."""
    counts = (
        value_column(tickets.select(column), column)
        .group_by(pl.col(column).alias("value"))
        .agg(pl.len().cast(pl.UInt32).alias("tickets"))
    )
    return counts.sort(["tickets", "value"], descending=[True, False])


def share(tickets: pl.DataFrame, column: str = "team", min_share: float = 0.02) -> pl.DataFrame:
    """Share of tickets per value [value, tickets: u32, share: f64 0..1], for a pie.

    Values under `min_share` of the total are merged into Other (placed last); Unlabelled is
    always kept on its own. Shares are of ticket-value pairs, so they add up to 1.
    """
    counts = value_counts(tickets, column)
    total = counts["tickets"].sum()
    if total == 0:
        return counts.with_columns(pl.lit(0.0).alias("share"))
    small = (pl.col("tickets") / total < min_share) & (pl.col("value") != UNLABELLED)
    merged = counts.with_columns(
        pl.when(small).then(pl.lit(OTHER)).otherwise(pl.col("value")).alias("value")
    )
    grouped = merged.group_by("value", maintain_order=True).agg(
        pl.col("tickets").sum().cast(pl.UInt32)
    )
    ordered = grouped.sort(
        [pl.col("value") == OTHER, "tickets", "value"], descending=[False, True, False]
    )
    return ordered.with_columns((pl.col("tickets") / total).alias("share"))


def top_values(counts: pl.DataFrame, limit: int = 8) -> list[str]:
    """The `limit` largest values of a [value, tickets] frame, Unlabelled added when present."""
    named = counts.filter(pl.col("value") != UNLABELLED)
    top = named.sort(["tickets", "value"], descending=[True, False])["value"].head(limit).to_list()
    if (counts["value"] == UNLABELLED).any():
        top.append(UNLABELLED)
    return top


def fold_values(frame: pl.DataFrame, keep: list[str], column: str = "value") -> pl.DataFrame:
    """Replace every value of `column` not in `keep` by Other."""
    return frame.with_columns(
        pl.when(pl.col(column).is_in(keep)).then(pl.col(column)).otherwise(pl.lit(OTHER))
        .alias(column)
    )


def created_by(
    tickets: pl.DataFrame, column: str = "team", period: Period = "week", limit: int | None = 8
) -> pl.DataFrame:
    """Tickets created per period per value [period, value, created: u32], every period and
    value present (zeros included); beyond the `limit` largest values the rest become Other."""
    periods = period_frame(tickets, period)
    dated = tickets.select(column, "created").filter(pl.col("created").is_not_null())
    exploded = value_column(dated, column).rename({column: "value"})
    if limit is not None:
        keep = top_values(value_counts(dated, column), limit)
        exploded = fold_values(exploded, keep)
    counts = exploded.group_by(period_start(pl.col("created"), period).alias("start"), "value").agg(
        pl.len().cast(pl.UInt32).alias("created")
    )
    order = _value_order(counts, "created")
    grid = periods.join(pl.DataFrame({"value": order}, schema={"value": pl.String}), how="cross")
    return (
        grid.join(counts, on=["start", "value"], how="left")
        .with_columns(pl.col("created").fill_null(0))
        .select("period", "value", "created")
    )


def _value_order(counts: pl.DataFrame, measure: str) -> list[str]:
    """Values by total `measure` descending, Other and Unlabelled last."""
    totals = counts.group_by("value").agg(pl.col(measure).sum())
    ordered = totals.sort(
        [pl.col("value") == UNLABELLED, pl.col("value") == OTHER, measure, "value"],
        descending=[False, False, True, False],
    )
    return ordered["value"].to_list()


def average_per_period(by_period: pl.DataFrame) -> pl.DataFrame:
    """Average tickets per period per value [value, tickets: u32, periods: u32, average: f64]:
    the value's total over the window divided by the number of periods in the window."""
    periods = by_period["period"].n_unique()
    totals = by_period.group_by("value", maintain_order=True).agg(
        pl.col("created").sum().cast(pl.UInt32).alias("tickets")
    )
    return totals.with_columns(
        pl.lit(periods, dtype=pl.UInt32).alias("periods"),
        (pl.col("tickets") / max(periods, 1)).alias("average"),
    ).sort(["average", "value"], descending=[True, False])


def crosstab(
    tickets: pl.DataFrame, rows: str, columns: str, limit: int | None = 15
) -> pl.DataFrame:
    """Tickets per row value and column value, with a Total column and a Total row.

    The first column, named `rows`, holds the row values; then one u32 column per column value
    (largest first; beyond `limit` values the rest are folded into Other). Cells and totals
    count distinct tickets, so totals agree with `value_counts` even for multi-valued columns.
    """
    indexed = tickets.select(pl.col(rows).alias("row"), pl.col(columns).alias("column"))
    pairs = value_column(value_column(indexed.with_row_index("ticket"), "row"), "column")
    if limit is not None:
        pairs = fold_values(pairs, top_values(value_counts(tickets, rows), limit), "row")
        pairs = fold_values(pairs, top_values(value_counts(tickets, columns), limit), "column")
    cells = pairs.group_by("row", "column").agg(pl.col("ticket").n_unique().alias("tickets"))
    row_totals = pairs.group_by("row").agg(pl.col("ticket").n_unique().alias("Total"))
    column_totals = pairs.group_by("column").agg(pl.col("ticket").n_unique().alias("tickets"))
    row_order = _value_order(row_totals.rename({"row": "value", "Total": "tickets"}), "tickets")
    column_order = _value_order(column_totals.rename({"column": "value"}), "tickets")
    wide = (
        pl.DataFrame({"row": row_order}, schema={"row": pl.String})
        .join(cells.pivot("column", index="row", values="tickets"), on="row", how="left")
        .join(row_totals, on="row", how="left")
        .select("row", *column_order, "Total")
    )
    total_row = column_totals.pivot("column", values="tickets").with_columns(
        pl.lit("Total").alias("row"), pl.lit(tickets.height).alias("Total")
    )
    table = pl.concat([wide, total_row.select(wide.columns)], how="vertical_relaxed")
    return table.with_columns(pl.exclude("row").fill_null(0).cast(pl.UInt32)).rename(
        {"row": rows}
    )
