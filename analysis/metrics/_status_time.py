"""Time in status: each ticket's hours in each status and status category, and its reopens,
from a pulled board's `status_changes` (DESIGN.md "Definitions"; CSV exports have no history).

A ticket's life runs from `created` to its end: for a closed ticket its last move into the
done category (its closed moment when there is none), for an open one the board's as-of
time. Every change is clipped to that life, so changes dated before `created` count nothing.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from analysis.errors import InputError
from analysis.metrics._counts import closed_moment
from analysis.metrics._time import hours_between

STATUS_CHANGES = "status_changes"
# Jira's statusCategory keys, in workflow order, with the names Jira shows for them.
CATEGORY_TITLES = {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}
UNKNOWN_CATEGORY = "Unknown"
NEEDS_PULL = ("Time in status needs a board pulled with `supp-tui pull` (status history is not "
              "in CSV exports); pull the board and chart the .jsonl file.")
_TIMES_SCHEMA = pl.Schema({"key": pl.String(), "status": pl.String(), "category": pl.String(),
                           "hours": pl.Float64()})


def has_status_history(tickets: pl.DataFrame) -> bool:
    """Whether the board carries status changes (a pulled board), unlike a CSV export."""
    return STATUS_CHANGES in tickets.columns


def check_status_history(tickets: pl.DataFrame) -> None:
    """InputError saying a pulled board is needed when the board has no status history."""
    if not has_status_history(tickets):
        raise InputError(NEEDS_PULL)


def _changes(tickets: pl.DataFrame) -> pl.DataFrame:
    """One row per dated status change [row, at, from_status, from_category, to_status,
    to_category], sorted by ticket row and time."""
    return (
        tickets.select(STATUS_CHANGES).with_row_index("row")
        .explode(STATUS_CHANGES, empty_as_null=False).unnest(STATUS_CHANGES)
        .filter(pl.col("at").is_not_null())
        .sort("row", "at", maintain_order=True)
    )


def status_as_of(tickets: pl.DataFrame) -> datetime | None:
    """The board's as-of time: the latest created, closed or status-change moment on it, so an
    open ticket's time runs to the last moment the board saw anything happen."""
    moments = [tickets.select(pl.col("created").max()).item(),
               tickets.select(pl.col("closed_at").max()).item()]
    if has_status_history(tickets):
        moments.append(_changes(tickets).select(pl.col("at").max()).item())
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def _ticket_ends(tickets: pl.DataFrame, as_of: datetime | None) -> pl.DataFrame:
    """[row, key, created, status, end]: when each dated ticket's life ends (never before its
    creation)."""
    into_done = pl.element().struct.field("to_category") == "done"
    last_done = pl.col(STATUS_CHANGES).list.eval(
        pl.element().filter(into_done).struct.field("at")).list.max()
    end = (pl.when(pl.col("closed_at").is_not_null())
           .then(pl.coalesce(last_done, closed_moment()))
           .otherwise(pl.lit(as_of, pl.Datetime("us"))))
    return (
        tickets.with_row_index("row")
        .select("row", "key", "created", "status",
                pl.max_horizontal(end.cast(pl.Datetime("us")), pl.col("created")).alias("end"))
        .filter(pl.col("created").is_not_null() & pl.col("end").is_not_null())
    )


def _intervals(tickets: pl.DataFrame, as_of: datetime | None) -> pl.DataFrame:
    """[row, key, status, category, start, end] for every stretch a ticket spent in a status."""
    ends = _ticket_ends(tickets, as_of)
    raw = _changes(tickets)
    changes = raw.join(ends, on="row", how="inner")
    first_change = raw.group_by("row", maintain_order=True).first()
    first = ends.join(first_change, on="row", how="left").select(
        "row", "key",
        pl.coalesce("from_status", "status").alias("status"),
        pl.col("from_category").alias("category"),
        pl.col("created").alias("start"),
        pl.coalesce("at", "end").alias("stop"), "created", "end",
    )
    later = changes.select(
        "row", "key", pl.col("to_status").alias("status"), pl.col("to_category").alias("category"),
        pl.col("at").alias("start"),
        pl.col("at").shift(-1).over("row").fill_null(pl.col("end")).alias("stop"),
        "created", "end",
    )
    stretches = pl.concat([first, later])

    def clip(column: str) -> pl.Expr:
        return pl.min_horizontal(pl.max_horizontal(pl.col(column), pl.col("created")),
                                 pl.col("end"))

    return stretches.select("row", "key", "status", "category", clip("start").alias("start"),
                            clip("stop").alias("end"))


def _status_categories(tickets: pl.DataFrame) -> pl.DataFrame:
    """[status, known]: the category each status has wherever the board's changes name one."""
    changes = _changes(tickets)
    pairs = pl.concat([
        changes.select(pl.col("from_status").alias("status"),
                       pl.col("from_category").alias("known")),
        changes.select(pl.col("to_status").alias("status"), pl.col("to_category").alias("known")),
    ])
    return (pairs.drop_nulls().group_by("status").agg(pl.col("known").mode().sort().first())
            .sort("status"))


def time_in_status(tickets: pl.DataFrame, as_of: datetime | None = None) -> pl.DataFrame:
    """Hours each ticket spent in each status [key, status, category, hours], in the order the
    ticket first entered them; `as_of` (default `status_as_of`) ends open tickets' time.

    A category the change leaves null is taken from other changes naming the same status;
    tickets without a created date are left out.
    """
    check_status_history(tickets)
    as_of = as_of or status_as_of(tickets)
    stretches = _intervals(tickets, as_of).with_columns(
        hours_between(pl.col("start"), pl.col("end")).alias("hours"))
    known = _status_categories(tickets)
    per_status = (
        stretches.join(known, on="status", how="left")
        .with_columns(pl.coalesce("category", "known").alias("category"))
        .sort("row", "start", maintain_order=True)
        .group_by("row", "key", "status", maintain_order=True)
        .agg(pl.col("category").drop_nulls().first(), pl.col("hours").sum())
    )
    return per_status.select(list(_TIMES_SCHEMA)).cast(_TIMES_SCHEMA)


def time_in_category(times: pl.DataFrame) -> pl.DataFrame:
    """Hours each ticket spent in each status category [key, category, hours] from
    `time_in_status`, categories in workflow order, unknown ones as "Unknown" last."""
    return (
        times.with_columns(category_title(pl.col("category")).alias("category"))
        .group_by("key", "category", maintain_order=True).agg(pl.col("hours").sum())
        .with_columns(category_rank(pl.col("category")).alias("rank"))
        .with_row_index("position")
        .sort("rank", "position").sort("key", maintain_order=True)
        .drop("rank", "position")
    )


def category_title(category: pl.Expr) -> pl.Expr:
    """The display name of a statusCategory key ("done" -> "Done"); null or any other key
    (Jira's "undefined") -> "Unknown"."""
    return category.replace_strict(CATEGORY_TITLES, default=UNKNOWN_CATEGORY,
                                   return_dtype=pl.String)


def category_rank(title: pl.Expr) -> pl.Expr:
    """A category display name's place in the workflow (To Do, In Progress, Done, others)."""
    ranks = {name: index for index, name in enumerate(CATEGORY_TITLES.values())}
    return title.replace_strict(ranks, default=len(ranks), return_dtype=pl.UInt32)


def reopen_moves() -> pl.Expr:
    """A change out of the done category into a known other category (a reopen)."""
    return (pl.col("from_category") == "done") & (pl.col("to_category") != "done")


def reopen_counts(tickets: pl.DataFrame) -> pl.DataFrame:
    """How often each ticket was reopened [key, reopens: u32], 0 for tickets never reopened."""
    check_status_history(tickets)
    moves = _changes(tickets).filter(reopen_moves().fill_null(False))
    counts = moves.group_by("row").agg(pl.len().cast(pl.UInt32).alias("reopens"))
    return (tickets.select("key").with_row_index("row").join(counts, on="row", how="left")
            .select("key", pl.col("reopens").fill_null(0)))


def reopened_in(tickets: pl.DataFrame, start: datetime, end: datetime) -> pl.DataFrame:
    """Tickets reopened in [start, end) [key, reopens: u32 (moves in the window)], by key."""
    check_status_history(tickets)
    moves = _changes(tickets).filter(
        reopen_moves().fill_null(False) & (pl.col("at") >= start) & (pl.col("at") < end))
    keys = tickets.select("key").with_row_index("row")
    return (moves.join(keys, on="row").group_by("key")
            .agg(pl.len().cast(pl.UInt32).alias("reopens")).sort("key"))
