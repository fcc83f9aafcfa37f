"""Display names for account ids: every id/name column pair of an export (`Reporter` and
`Reporter Id`, `Assignee Id`, `Creator Id`, the i-th `Watchers` and i-th `Watchers Id`) maps
ids to names, and comment authors written as ids are shown by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import polars as pl

from analysis.jira._dates import DATETIME
from analysis.jira._derived import account_id_authors
from analysis.jira._headers import canonical_field, fold

COMMENT = pl.Struct(
    {"at": DATETIME, "author": pl.String, "author_id": pl.String, "body": pl.String}
)
COMMENTS = pl.List(COMMENT)
# A header naming the id of another one, in the ways Jira's languages write it.
ID_HEADER = re.compile(
    r"^(?:id (?:(?:de la|de|del|do|da|du|des|der) )?(?P<after>.+)|(?P<before>.+?)[ -]id)$"
)
# Canonical name columns whose header the ticket frame renames.
_CANONICAL_PEOPLE = ("reporter", "assignee")



def id_header_base(header: str) -> str | None:
    """The folded header an `… Id` header names ('reporter' for 'Reporter Id', 'informador' for
    'ID del informador'), or None for a header that is no id."""
    match = ID_HEADER.match(fold(header))
    return None if match is None else match.group("after") or match.group("before")

def id_name_pairs(columns: Iterable[str]) -> list[tuple[str, str]]:
    """(id column, name column) pairs among a ticket frame's columns, `reporter_id` first."""
    columns = list(columns)
    by_fold = {fold(name): name for name in reversed(columns)}
    pairs = [("reporter_id", "reporter")] if {"reporter_id", "reporter"} <= set(columns) else []
    for column in columns:
        base = id_header_base(column)
        if base is None:
            continue
        canonical = canonical_field(base)
        name = canonical if canonical in _CANONICAL_PEOPLE else by_fold.get(base)
        if name is not None and name in columns and name != column:
            pairs.append((column, name))
    return pairs


def people_names(tickets: pl.DataFrame) -> pl.DataFrame:
    """[id, name]: one display name per account id, the first the export gives for it."""
    found = []
    for id_column, name_column in id_name_pairs(tickets.columns):
        pair = tickets.lazy().select(
            _as_list(tickets, id_column).alias("id"), _as_list(tickets, name_column).alias("name")
        )
        found.append(
            pair.filter(pl.col("id").list.len() == pl.col("name").list.len())
            .explode("id", "name")
        )
    if not found:
        return pl.DataFrame(schema={"id": pl.String, "name": pl.String})
    return (
        pl.concat(found).filter(
            pl.col("id").str.strip_chars().ne("") & pl.col("name").str.strip_chars().ne("")
            & (pl.col("id") != pl.col("name"))
        )
        .unique("id", keep="first", maintain_order=True)
        .collect()
    )


def _as_list(tickets: pl.DataFrame, column: str) -> pl.Expr:
    """A text or list-of-text column as a list of texts."""
    if tickets.schema[column] == pl.List(pl.String):
        return pl.col(column)
    return pl.concat_list(pl.col(column).cast(pl.String))


def with_author_names(tickets: pl.DataFrame, warnings: list[str]) -> pl.DataFrame:
    """Comments as `{at, author, author_id, body}`: `author` the display name when the export
    maps the id to one, else the id as written, which `author_id` keeps."""
    names = people_names(tickets)
    field = pl.element().struct.field
    written = field("author")
    author = written.replace(names.get_column("id"), names.get_column("name"))
    warning = unnamed_authors_warning(tickets, names)
    if warning:
        warnings.append(warning)
    comments = pl.col("comments").list.eval(pl.struct(
        field("at"), author.alias("author"), written.alias("author_id"), field("body"),
    ))
    return tickets.with_columns(comments.cast(COMMENTS))


def unnamed_authors_warning(tickets: pl.DataFrame, names: pl.DataFrame) -> str | None:
    """A sentence when comment authors are account ids and the export names none of them.

    A board with no Reporter Id at all gets `missing_reporter_id_warning` instead.
    """
    if tickets.get_column("reporter_id").null_count() == tickets.height:
        return None
    ids = account_id_authors(tickets)
    if ids.is_empty() or ids.is_in(names.get_column("id").implode()).any():
        return None
    return ("Comment authors are shown as account ids: no id column of the export (Reporter "
            "Id, Assignee Id, Watchers Id) names them; export again from Jira with all fields.")


def comment_fields(tickets: pl.DataFrame) -> tuple[str, ...]:
    """The fields of a frame's parsed comments (`at, author, author_id, body`), or none."""
    comments = tickets.schema.get("comments")
    comment = comments.inner if isinstance(comments, pl.List) else None
    return tuple(f.name for f in comment.fields) if isinstance(comment, pl.Struct) else ()
