"""Polars expressions that turn positional raw cells into the ticket frame's typed columns.

Everything here is vectorised: repeated columns become lists with `concat_arr`, comment cells
are split with `splitn` and typed inside one elementwise `list.eval`.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.jira._dates import DATETIME, DateFormat

STRINGS = pl.List(pl.String)
# Comments as the file writes them; the reader then adds `author_id` and display names.
RAW_COMMENTS = pl.List(pl.Struct({"at": DATETIME, "author": pl.String, "body": pl.String}))

def position(index: int) -> pl.Expr:
    """The raw cells of the header cell at `index`."""
    return pl.col(f"_{index}")


def scalar(positions: Sequence[int] | None, strip: bool = False) -> pl.Expr:
    """A text field: the header's first column, empty cells as null (`strip` trims spaces)."""
    if not positions:
        return pl.lit(None, dtype=pl.String)
    text = position(positions[0])
    if strip:
        text = text.str.strip_chars()
    return pl.when(text != "").then(text)


def _present(value: pl.Expr) -> pl.Expr:
    return value.is_not_null() & (value != "")


def text_list(positions: Sequence[int] | None) -> pl.Expr:
    """All columns of a (possibly repeated) header as one list, empty cells dropped, in order.

    `concat_arr` then `arr.to_list` builds the lists an order of magnitude faster than
    `concat_list`, and `list.filter` drops empties without a per-list `eval`.
    """
    if not positions:
        return pl.lit([], dtype=STRINGS)
    columns = [position(i) for i in positions]
    return pl.concat_arr(columns).arr.to_list().list.filter(_present(pl.element()))


def comments(positions: Sequence[int] | None, dates: DateFormat) -> pl.Expr:
    """Comment cells `date;author;body` as structs, split on the first two `;` only.

    A cell without two `;` keeps its whole text as the body, with no date or author.
    """
    if not positions:
        return pl.lit([], dtype=RAW_COMMENTS)
    part = pl.field
    has_body = part("body").is_not_null()
    no_body = ~has_body
    whole_cell = pl.concat_str(
        [pl.when(no_body).then(part("at")), pl.when(no_body).then(part("author"))],
        separator=";", ignore_nulls=True,
    )
    parsed = (
        pl.element().str.splitn(";", 3).struct.rename_fields(["at", "author", "body"])
        .struct.with_fields(
            at=dates.parse(pl.when(has_body).then(part("at"))),
            author=pl.when(has_body).then(part("author")),
            body=pl.coalesce(part("body"), whole_cell),
        )
    )
    return text_list(positions).list.eval(parsed)


def date(positions: Sequence[int] | None, dates: DateFormat) -> pl.Expr:
    """A date field parsed with the file's format; missing column or bad value -> null."""
    if not positions:
        return pl.lit(None, dtype=DATETIME)
    return dates.parse(position(positions[0]))


def safe_name(name: str, taken: set[str]) -> str:
    """A column name for an export header that does not clash with canonical columns."""
    candidate = name or "(no header)"
    while candidate in taken:
        candidate = f"{candidate} (export)"
    return candidate

