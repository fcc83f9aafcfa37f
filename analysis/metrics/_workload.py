"""Workload per assignee: tickets assigned and closed, median resolution and first response,
per period or over one window (DESIGN.md "Definitions": resolution and first response).

A ticket counts for the assignee the export shows now; one with none is `Unassigned`. It is
assigned in the period it was created and closed in the period `closed_moment` falls in.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import polars as pl

from analysis.metrics._counts import closed_in, closed_moment, created_in, open_at
from analysis.metrics._periods import Period, check_period, period_key, period_start
from analysis.metrics._time import TIME_COLUMNS

UNASSIGNED = "Unassigned"
# The ticket columns workload reads: who holds each ticket, and what first response needs.
WORKLOAD_COLUMNS = ("assignee", *TIME_COLUMNS)
_COUNTS = ("assigned", "closed")
_EVER = (datetime(1900, 1, 1), datetime(9999, 1, 1))  # a window holding any Jira date


def _assignee() -> pl.Expr:
    """The assignee, `Unassigned` when the export names nobody."""
    name = pl.col("assignee").str.strip_chars()
    return pl.when(name.is_null() | (name == "")).then(pl.lit(UNASSIGNED)).otherwise(name)


def _grouped(created: pl.DataFrame, closed: pl.DataFrame, by: list[pl.Expr],
             keys: list[str]) -> pl.DataFrame:
    """Assigned and median first response of `created`, closed and median resolution of
    `closed`, per `keys` (the names of the `by` expressions)."""
    assigned = created.group_by(by).agg(
        pl.len().cast(pl.UInt32).alias("assigned"),
        pl.col("response_hours").median().alias("median_response_hours"),
    )
    done = closed.group_by(by).agg(
        pl.len().cast(pl.UInt32).alias("closed"),
        pl.col("resolution_hours").median().alias("median_resolution_hours"),
    )
    both = assigned.join(done, on=keys, how="full", coalesce=True)
    return both.with_columns(pl.col(*_COUNTS).fill_null(0)).select(
        *keys, *_COUNTS, "median_resolution_hours", "median_response_hours")


def workload(timed: pl.DataFrame, period: Period = "week") -> pl.DataFrame:
    """Per period and assignee with any ticket assigned or closed in it [period, assignee,
    assigned, closed, median_resolution_hours, median_response_hours] of a frame with
    durations (`with_durations`); earliest period first, busiest assignee first within it."""
    check_period(period)
    dated = timed.filter(pl.col("created").is_not_null())
    created = dated.with_columns(
        period_key(period_start(pl.col("created"), period), period).alias("period"))
    closed = dated.filter(closed_moment().is_not_null()).with_columns(
        period_key(period_start(closed_moment(), period), period).alias("period"))
    keys = ["period", "assignee"]
    frame = _grouped(created, closed, [pl.col("period"), _assignee().alias("assignee")], keys)
    return frame.sort(["period", "assigned", "closed", "assignee"],
                      descending=[False, True, True, False])


def workload_in(timed: pl.DataFrame, start: datetime, end: datetime) -> pl.DataFrame:
    """Per assignee, tickets created in [start, end) (assigned), closed in it, open at its end
    and the medians [assignee, assigned, closed, open, median_resolution_hours,
    median_response_hours]; busiest first, assignees with none of these left out."""
    by = [_assignee().alias("assignee")]
    frame = _grouped(timed.filter(created_in(start, end)), timed.filter(closed_in(start, end)),
                     by, ["assignee"])
    still_open = timed.filter(open_at(end)).group_by(by).agg(
        pl.len().cast(pl.UInt32).alias("open"))
    frame = frame.join(still_open, on="assignee", how="full", coalesce=True).with_columns(
        pl.col(*_COUNTS, "open").fill_null(0))
    return frame.select(
        "assignee", *_COUNTS, "open", "median_resolution_hours", "median_response_hours",
    ).sort(["assigned", "closed", "open", "assignee"], descending=[True, True, True, False])


def workload_stats(timed: pl.DataFrame) -> dict[str, Any]:
    """JSON-ready workload of a whole board: `workload` per assignee over all the data (open:
    open now) and `workload_weekly` per ISO week and assignee."""
    return {"workload": _records(workload_in(timed, _EVER[0], _EVER[1])),
            "workload_weekly": _records(workload(timed, "week"))}


def _records(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts, hours rounded to 0.1 (null stays null)."""
    hours = [c for c in frame.columns if c.endswith("_hours")]
    return frame.with_columns(pl.col(hours).round(1)).to_dicts()
