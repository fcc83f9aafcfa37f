"""Per-labeller progress: the tickets each labeller changed, and how many of them are complete.

A labeller is the journal's `by` column. A ticket counts for everyone who changed it (in the
window, when one is given); "complete" counts those tickets that now have every required label.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from analysis.framework import Framework
from analysis.journal import journal_activity
from analysis.metrics._anonymise import anonymise_key, person_token
from analysis.metrics._board import Board
from analysis.metrics._complete import complete_expr

PROGRESS_SCHEMA = {"labeller": pl.String, "labelled": pl.Int64, "complete": pl.Int64}


def labeller_progress(activity: pl.DataFrame, labelled: pl.DataFrame, framework: Framework,
                      start: datetime | None = None, end: datetime | None = None,
                      ) -> pl.DataFrame:
    """(labeller, labelled, complete) for the journal lines (`journal_activity`) within
    [start, end), on the tickets of the labelled frame, most tickets first."""
    if activity.is_empty() or labelled.is_empty():
        return pl.DataFrame(schema=PROGRESS_SCHEMA)
    moment = pl.col("at").str.to_datetime("%Y-%m-%dT%H:%M:%S%.fZ", strict=False)
    lines = activity
    if start is not None:
        lines = lines.filter(moment >= start.replace(tzinfo=None))
    if end is not None:
        lines = lines.filter(moment < end.replace(tzinfo=None))
    tickets = labelled.select("key", complete_expr(framework, labelled.schema).alias("done"))
    return (
        lines.select(pl.col("by").alias("labeller"), "key").unique()
        .join(tickets, on="key", how="inner")
        .group_by("labeller")
        .agg(pl.len().cast(pl.Int64).alias("labelled"),
             pl.col("done").sum().cast(pl.Int64).alias("complete"))
        .sort(["labelled", "labeller"], descending=[True, False])
    )


def board_progress(board: Board, labelled: pl.DataFrame | None = None,
                   start: datetime | None = None, end: datetime | None = None) -> pl.DataFrame:
    """`labeller_progress` of a board's journal (labellers as tokens on an anonymised board)."""
    labelled = board.labelled() if labelled is None else labelled
    progress = labeller_progress(journal_activity(board.journal_path), labelled,
                                 board.framework, start, end)
    if board.anonymised and progress.height:
        key = anonymise_key()
        progress = progress.with_columns(pl.col("labeller").map_elements(
            lambda name: person_token(name, key), return_dtype=pl.String))
    return progress


def progress_dict(progress: pl.DataFrame) -> dict[str, dict[str, int]]:
    """{labeller: {"labelled": n, "complete": m}} of a `labeller_progress` frame."""
    return {row["labeller"]: {"labelled": row["labelled"], "complete": row["complete"]}
            for row in progress.iter_rows(named=True)}
