"""The generator's hidden answers: per ticket, the labels a careful labeller would give, named
by the default framework's dimension ids, for benchmarks, tests and demos."""

from __future__ import annotations

from datetime import date

import polars as pl

from analysis.sample._writer import sample_frame

# sample_frame's ground-truth column -> the answer column hidden_answers names it.
ANSWER_COLUMNS = {
    "_macro_category": "macro_category", "_product": "product", "_origin_team": "origin_team",
    "_origin_location": "origin_location", "_origin_service": "origin_service",
    "_platform_teams": "platform_teams", "_story": "story",
    "_resolution_kind": "resolution_kind",
}


def hidden_answers(tickets: int = 5000, seed: int = 7, *, start: date | None = None,
                   weeks: int | None = None) -> pl.DataFrame:
    """One row per ticket of the sample with these arguments: `key`, `platform_team` (the
    owning team), `platform_teams` (owner first, then any team that helped), `product`,
    `macro_category`, `origin_team`, `origin_location`, `origin_service`, `resolution_kind`
    (option names; null while a ticket is open), and `story` (the kind of problem, for
    grouping)."""
    frame = sample_frame(tickets, seed, start=start, weeks=weeks)
    return frame.select(
        pl.col("Issue key").alias("key"),
        pl.col("_platform_teams").list.first().alias("platform_team"),
        *(pl.col(column).alias(name) for column, name in ANSWER_COLUMNS.items()),
    )
