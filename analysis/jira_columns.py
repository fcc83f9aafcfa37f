"""Polars expressions that turn positional raw cells into the ticket frame's typed columns.

Everything here is vectorised: repeated columns become lists with `concat_list`, comment cells
are split with `splitn`, teams are normalised with one `replace_strict` inside `list.eval`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import polars as pl

from analysis.jira_dates import DATETIME, DateFormat

STRINGS = pl.List(pl.String)
COMMENT = pl.Struct({"at": DATETIME, "author": pl.String, "body": pl.String})
COMMENTS = pl.List(COMMENT)

_SEPARATORS = r"[\s_\-]+"


def position(index: int) -> pl.Expr:
    """The raw cells of the header cell at `index`."""
    return pl.col(f"_{index}")


def scalar(positions: Sequence[int] | None) -> pl.Expr:
    """A text field: first column of the header, stripped, empty cells as null."""
    if not positions:
        return pl.lit(None, dtype=pl.String)
    text = position(positions[0]).str.strip_chars()
    return pl.when(text != "").then(text)


def text_list(positions: Sequence[int] | None) -> pl.Expr:
    """All columns of a (possibly repeated) header as one list, empty cells dropped, in order."""
    if not positions:
        return pl.lit([], dtype=STRINGS)
    value = pl.element().str.strip_chars()
    if len(positions) == 1:
        single = position(positions[0]).str.strip_chars()
        return pl.when(single != "").then(pl.concat_list(single)).otherwise(pl.lit([], STRINGS))
    return pl.concat_list([position(i) for i in positions]).list.eval(
        value.filter(value.is_not_null() & (value != ""))
    )


def comments(positions: Sequence[int] | None, dates: DateFormat) -> pl.Expr:
    """Comment cells `date;author;body` as structs, split on the first two `;` only."""
    if not positions:
        return pl.lit([], dtype=COMMENTS)
    cell = pl.element()
    parts = cell.str.splitn(";", 3)
    has_body = parts.struct.field("field_2").is_not_null()
    struct = pl.struct(
        at=pl.when(has_body).then(dates.parse(parts.struct.field("field_0"))),
        author=pl.when(has_body).then(parts.struct.field("field_1").str.strip_chars()),
        body=pl.when(has_body).then(parts.struct.field("field_2")).otherwise(cell),
    )
    cells = pl.concat_list([position(i) for i in positions]).list.eval(
        cell.filter(cell.is_not_null() & (cell.str.strip_chars() != ""))
    )
    return cells.list.eval(struct)


def date(positions: Sequence[int] | None, dates: DateFormat) -> pl.Expr:
    """A date field parsed with the file's format; missing column or bad value -> null."""
    if not positions:
        return pl.lit(None, dtype=DATETIME)
    return dates.parse(position(positions[0]))


def folded_label(value: pl.Expr) -> pl.Expr:
    """The vectorised twin of framework.normalise_label: lower case, separators as one space."""
    return value.str.to_lowercase().str.replace_all(_SEPARATORS, " ").str.strip_chars()


def teams(values: pl.Expr, spellings: Mapping[str, str], every_value_counts: bool) -> pl.Expr:
    """Team option names from a list of raw values, each team once, in first-seen order.

    `spellings` maps folded id/name/alias -> option name. With `every_value_counts` unknown
    values are kept as written; otherwise only values that match an option count.
    """
    keys, names = list(spellings), list(spellings.values())
    folded = folded_label(pl.element())
    if every_value_counts:
        named = folded.replace_strict(keys, names, default=pl.element(), return_dtype=pl.String)
    else:
        named = folded.replace_strict(keys, names, default=None, return_dtype=pl.String)
    return values.list.eval(named.drop_nulls().unique(maintain_order=True))


def closed_at(
    resolved: pl.Expr, updated: pl.Expr, status_category: pl.Expr,
    category_changed: pl.Expr | None, done_names: Sequence[str],
    use_resolved: bool = True, fallback_to_updated: bool = True,
) -> pl.Expr:
    """Resolved; else, when the status category is Done, Status Category Changed; else Updated."""
    done = status_category.str.strip_chars().str.to_lowercase().is_in(
        [name.strip().lower() for name in done_names]
    ).fill_null(False)
    choices = [resolved] if use_resolved else []
    if category_changed is not None:
        choices.append(pl.when(done).then(category_changed))
    if fallback_to_updated:
        choices.append(pl.when(done).then(updated))
    if not choices:
        return pl.lit(None, dtype=DATETIME)
    return pl.coalesce(choices) if len(choices) > 1 else choices[0]


def safe_name(name: str, taken: set[str]) -> str:
    """A column name for an export header that does not clash with canonical columns."""
    candidate = name or "(no header)"
    while candidate in taken:
        candidate = f"{candidate} (export)"
    return candidate

