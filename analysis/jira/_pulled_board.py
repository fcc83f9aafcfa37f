"""What a board with pulled files adds to the ticket frame: comment authors named from the
issues' account objects, and the changelog's `status_changes` column."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.columns import SOURCE_FILE, SOURCE_RECORD
from analysis.jira._changelog import STATUS_CHANGE, STATUS_CHANGES
from analysis.jira._people import COMMENTS
from analysis.jira._source import RawFile


def with_pulled_authors(tickets: pl.DataFrame, raws: Sequence[RawFile]) -> pl.DataFrame:
    """Comments whose author is still an account id get the name the pulled issues give it."""
    people: dict[str, str] = {}
    for raw in raws:
        for ident, name in raw.people.items():
            people.setdefault(ident, name)
    if not people or "comments" not in tickets.columns:
        return tickets
    field = pl.element().struct.field
    named = field("author").replace(list(people), list(people.values()))
    comments = pl.col("comments").list.eval(pl.struct(
        field("at"), named.alias("author"), field("author_id"), field("body"),
    ))
    return tickets.with_columns(comments.cast(COMMENTS))


def with_status_changes(tickets: pl.DataFrame, raws: Sequence[RawFile]) -> pl.DataFrame:
    """The frame with `status_changes` when any file is a pulled board (null for rows from
    CSV exports); a board of CSV exports only is returned as it is."""
    changes = [raw.status_changes.with_columns(pl.lit(str(raw.path)).alias(SOURCE_FILE))
               for raw in raws if raw.status_changes is not None]
    if not changes:
        return tickets
    found = pl.concat(changes).select(
        SOURCE_FILE, SOURCE_RECORD, pl.col(STATUS_CHANGES).cast(pl.List(STATUS_CHANGE))
    )
    return tickets.join(found, on=[SOURCE_FILE, SOURCE_RECORD], how="left",
                        maintain_order="left")
