"""Created, closed and backlog: the one engine behind stats, the charts and the reports.

A ticket counts as created at `created` and as closed at `closed_moment()` (its closed_at,
never before its own creation); backlog at a moment is every ticket created before it and not
closed by then. Per-period series group by those two moments; window filters compare them with
[start, end) bounds; both give the same numbers for the same period.
"""

from __future__ import annotations

from datetime import date, datetime

import polars as pl

from analysis.metrics._periods import Period, check_period, period_key, period_start, period_starts


def closed_moment() -> pl.Expr:
    """When a ticket counts as closed: closed_at, never earlier than its own created date."""
    closed_at, created = pl.col("closed_at"), pl.col("created")
    return pl.when(closed_at.is_not_null()).then(pl.max_horizontal(closed_at, created))


def created_in(start: datetime, end: datetime) -> pl.Expr:
    """Tickets created in [start, end)."""
    return (pl.col("created") >= start) & (pl.col("created") < end)


def closed_in(start: datetime, end: datetime) -> pl.Expr:
    """Tickets closed (by `closed_moment`) in [start, end)."""
    moment = closed_moment()
    return pl.col("created").is_not_null() & (moment >= start) & (moment < end)


def open_at(moment: datetime) -> pl.Expr:
    """Tickets created before `moment` and not closed by then (the absolute backlog)."""
    closed = closed_moment()
    return (pl.col("created") < moment) & (closed.is_null() | (closed >= moment))


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


def _all_starts(created: pl.DataFrame, closed: pl.DataFrame, period: Period) -> pl.DataFrame:
    """Every period [start, period] from the earliest created-or-closed start to the latest."""
    starts = pl.concat([created["start"], closed["start"]])
    first, last = starts.min(), starts.max()
    assert isinstance(first, date) and isinstance(last, date)
    return period_starts(first, last, period).to_frame().with_columns(
        period_key(pl.col("start"), period).alias("period")
    )


def period_frame(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Every period [start: Date, period: str] from the earliest created-or-closed date to the
    latest; empty when no ticket has a created date."""
    created, closed = _counts_by_start(tickets, check_period(period))
    if created.height == 0:
        return pl.DataFrame(schema={"start": pl.Date, "period": pl.String})
    return _all_starts(created, closed, period)


def created_closed(tickets: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Tickets created and closed per period [period, created: u32, closed: u32].

    Covers every period from the earliest created-or-closed date to the latest; empty periods
    are 0. A ticket with no created date is not counted.
    """
    created, closed = _counts_by_start(tickets, check_period(period))
    if created.height == 0:
        return pl.DataFrame(schema={"period": pl.String, "created": pl.UInt32,
                                    "closed": pl.UInt32})
    return (
        _all_starts(created, closed, period)
        .join(created, on="start", how="left")
        .join(closed, on="start", how="left")
        .select("period", pl.col("created", "closed").fill_null(0))
    )


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


def window_counts(tickets: pl.DataFrame, start: datetime, end: datetime) -> dict[str, int]:
    """Tickets created and closed in [start, end) and the backlog at `end`."""
    row = tickets.select(
        created_in(start, end).sum().alias("created"),
        closed_in(start, end).sum().alias("closed"),
        open_at(end).sum().alias("backlog"),
    ).row(0, named=True)
    return {name: int(value or 0) for name, value in row.items()}


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
