"""Core ticket metrics: period keys, counts per value, created/closed series and backlog.

Pure polars, frames in and frames out; every renderer (terminal, PNG, report, stats) takes its
numbers from here so they always agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import polars as pl

Period = Literal["week", "month", "quarter"]
PERIODS: tuple[str, ...] = ("week", "month", "quarter")
UNLABELLED = "Unlabelled"
# Small values merged for a chart; not "Other", which frameworks often have as a real option.
OTHER = "All others"

_TRUNCATE = {"week": "1w", "month": "1mo", "quarter": "3mo"}


def check_period(period: str) -> None:
    """Raise ValueError for a period name that is not week, month or quarter."""
    if period not in _TRUNCATE:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")


def period_start(expr: pl.Expr, period: Period = "week") -> pl.Expr:
    """The first day (a Date) of the ISO week, month or quarter holding each datetime."""
    check_period(period)
    return expr.cast(pl.Datetime("us")).dt.truncate(_TRUNCATE[period]).cast(pl.Date)


def period_key(expr: pl.Expr, period: Period = "week") -> pl.Expr:
    """Period key strings: ISO week "2026-W47" (ISO year), month "2026-11", quarter "2026-Q4"."""
    check_period(period)
    if period == "week":
        return expr.dt.strftime("%G-W%V")
    if period == "month":
        return expr.dt.strftime("%Y-%m")
    return pl.format("{}-Q{}", expr.dt.year(), expr.dt.quarter())


def period_starts(first: date, last: date, period: Period = "week") -> pl.Series:
    """Every period start from the one holding `first` to the one holding `last`, as Dates."""
    check_period(period)
    bounds = pl.DataFrame({"first": [first], "last": [last]}).select(
        period_start(pl.col("first"), period), period_start(pl.col("last"), period)
    )
    return pl.date_range(
        bounds.item(0, "first"), bounds.item(0, "last"), _TRUNCATE[period], eager=True
    ).alias("start")


def period_of(moment: date | datetime, period: Period = "week") -> str:
    """The period key holding one date, e.g. for a report's --week default."""
    frame = pl.DataFrame({"moment": [moment]}, schema={"moment": pl.Datetime("us")})
    return frame.select(period_key(period_start(pl.col("moment"), period), period)).item()


def closed_moment() -> pl.Expr:
    """When a ticket counts as closed: closed_at, never earlier than its own created date."""
    closed_at, created = pl.col("closed_at"), pl.col("created")
    return (
        pl.when(closed_at.is_not_null())
        .then(pl.max_horizontal(closed_at, created))
        .otherwise(None)
    )


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


def team_counts(tickets: pl.DataFrame, column: str = "team") -> pl.DataFrame:
    """Tickets per value of `column` [team: str, tickets: u32], largest first, Unlabelled kept."""
    counts = (
        value_column(tickets.select(column), column)
        .group_by(column)
        .agg(pl.len().cast(pl.UInt32).alias("tickets"))
        .rename({column: "team"})
    )
    return counts.sort(["tickets", "team"], descending=[True, False])


def _counts_by_start(tickets: pl.DataFrame, period: Period) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Created and closed counts keyed by period start (tickets without created are ignored)."""
    dated = tickets.lazy().filter(pl.col("created").is_not_null())
    created = (
        dated.group_by(period_start(pl.col("created"), period).alias("start"))
        .agg(pl.len().cast(pl.UInt32).alias("created"))
    )
    closed = (
        dated.select(closed_moment().alias("closed"))
        .drop_nulls()
        .group_by(period_start(pl.col("closed"), period).alias("start"))
        .agg(pl.len().cast(pl.UInt32).alias("closed"))
    )
    created_frame, closed_frame = pl.collect_all([created, closed])
    return created_frame, closed_frame


def period_frame(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Every period [start: Date, period: str] from the earliest created-or-closed date to the
    latest; empty when no ticket has a created date."""
    created, closed = _counts_by_start(tickets, period)
    if created.height == 0:
        return pl.DataFrame(schema={"start": pl.Date, "period": pl.String})
    starts = pl.concat([created["start"], closed["start"]])
    return period_starts(starts.min(), starts.max(), period).to_frame().with_columns(
        period_key(pl.col("start"), period).alias("period")
    )


def created_closed(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Tickets created and closed per period [period, created: u32, closed: u32].

    Covers every period from the earliest created-or-closed date to the latest; empty periods
    are 0. A ticket with no created date is not counted.
    """
    check_period(period)
    created, closed = _counts_by_start(tickets, period)
    schema = {"period": pl.String, "created": pl.UInt32, "closed": pl.UInt32}
    if created.height == 0:
        return pl.DataFrame(schema=schema)
    starts = pl.concat([created["start"], closed["start"]])
    frame = (
        period_starts(starts.min(), starts.max(), period)
        .to_frame()
        .join(created, on="start", how="left")
        .join(closed, on="start", how="left")
        .with_columns(pl.col("created", "closed").fill_null(0))
    )
    return frame.select(period_key(pl.col("start"), period).alias("period"), "created", "closed")


def backlog(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Open tickets at the end of each period [period, created, closed, backlog: u32].

    Absolute: counted from the first ticket, so backlog[N] = backlog[N-1] + created[N] - closed[N].
    """
    series = created_closed(tickets, period)
    running = pl.col("created").cast(pl.Int64).cum_sum() - pl.col("closed").cast(pl.Int64).cum_sum()
    return series.with_columns(running.cast(pl.UInt32).alias("backlog"))


def flow(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Opened in period N minus closed in period N-1, beside the absolute backlog.

    Columns: period, created, closed, previous_closed, flow (i64), backlog. The first period has
    no previous one, so its previous_closed and flow are null.
    """
    series = backlog(tickets, period)
    previous_closed = pl.col("closed").shift(1)
    return series.with_columns(
        previous_closed.alias("previous_closed"),
        (pl.col("created").cast(pl.Int64) - previous_closed.cast(pl.Int64)).alias("flow"),
    ).select("period", "created", "closed", "previous_closed", "flow", "backlog")


def open_backlog_now(tickets: pl.DataFrame) -> int:
    """Tickets open now: a created date and no closed_at (the last backlog value)."""
    return tickets.filter(pl.col("created").is_not_null() & pl.col("closed_at").is_null()).height


def slice_periods(
    frame: pl.DataFrame, first: str | None = None, last: str | None = None
) -> pl.DataFrame:
    """Rows of a per-period frame whose `period` key lies between first and last inclusive."""
    keep = pl.lit(True)
    if first is not None:
        keep = keep & (pl.col("period") >= first)
    if last is not None:
        keep = keep & (pl.col("period") <= last)
    return frame.filter(keep)
