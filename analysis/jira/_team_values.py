"""The values of a board's team field as the export wrote them, and the warning when none of
them names a team of the framework."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from analysis.columns import RESERVED_COLUMNS
from analysis.framework import Framework
from analysis.jira._headers import canonical_field, fold

EXAMPLES_SHOWN = 3


@dataclass(frozen=True)
class FieldValues:
    """A field's values: how many tickets have one, and each value's ticket count (most first)."""

    tickets: int
    counts: tuple[tuple[str, int], ...]

    @property
    def distinct(self) -> int:
        return len(self.counts)

    def examples(self, limit: int = EXAMPLES_SHOWN) -> str:
        """The most frequent values, quoted, for a sentence."""
        return ", ".join(f"'{value}'" for value, _ in self.counts[:limit])


def field_column(tickets: pl.DataFrame, field: str) -> str | None:
    """The ticket frame column holding an export field (a header in any known language, or a
    header kept as written), if the board has it."""
    canonical = canonical_field(field)
    if canonical is not None:
        return canonical if canonical in tickets.columns else None
    folded = fold(field)
    return next((column for column in tickets.columns
                 if column not in RESERVED_COLUMNS and fold(column) == folded), None)


def field_values(tickets: pl.DataFrame, column: str) -> FieldValues:
    """The non-empty values of a text or list column, each counted once per ticket."""
    is_list = isinstance(tickets.schema[column], pl.List)
    if is_list:
        values = pl.col(column).list.eval(pl.element().cast(pl.String).str.strip_chars())
        values = values.list.unique()
    else:
        values = pl.col(column).cast(pl.String).str.strip_chars()
    rows = tickets.lazy().select(values.alias("value"), pl.int_range(pl.len()).alias("row"))
    if is_list:
        rows = rows.explode("value")
    exploded = rows.filter(pl.col("value").is_not_null() & (pl.col("value") != "")).collect()
    counts = (
        exploded.group_by("value").agg(pl.len().alias("tickets"))
        .sort(["tickets", "value"], descending=[True, False])
    )
    return FieldValues(
        tickets=exploded.get_column("row").n_unique(),
        counts=tuple((value, int(count)) for value, count in counts.iter_rows()),
    )


def unmatched_team_warning(tickets: pl.DataFrame, framework: Framework,
                           team_field: str | None, exports: Sequence[str | Path]) -> str | None:
    """A sentence when tickets hold team-field values but not one of them names a team option
    (a board read with the built-in labels.toml, or with another board's)."""
    if team_field or tickets.select(pl.col("team").list.len().sum()).item():
        return None
    field = framework.team.field
    column = field_column(tickets, field)
    if column is None:
        return None
    values = field_values(tickets, column)
    if not values.tickets:
        return None
    board = " ".join(shlex.quote(str(path)) for path in exports)
    carry = "1 ticket carries" if values.tickets == 1 else f"{values.tickets:,} tickets carry"
    if framework.path is None:
        fix = (f"run `supp-tui init {board}` to write a labels.toml from this board's own "
               f"values")
    else:
        fix = (f"add them there as options or aliases, or run `supp-tui init {board} --force` "
               f"to rewrite it from this board's own values")
    return (f"{carry} {field} values (e.g. {values.examples()}) but none matches a team in "
            f"{framework.source}; {fix}, or pass --team-field FIELD.")
