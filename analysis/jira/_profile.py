"""What the values of an export's columns look like, from a spread sample of its rows.

Headers the reader has no names for are placed by their values: each header's cells (all its
columns when repeated) get one kind, such as issue keys, dates, numbers, account ids,
`date;author;body` comments or short tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from analysis.framework import ExportSettings
from analysis.jira._dates import DateFormat, candidate_formats
from analysis.jira._months import month_rewrite, needs_names

SAMPLE_ROWS = 1_000
# Share of a column's non-empty values that must have a shape for the column to take it.
MOSTLY = 0.95

KEY = r"^[A-Z][A-Z0-9_]*-[1-9][0-9]*$"
_NUMBER = r"^-?[0-9]+([.,][0-9]+)?$"
_ACCOUNT = r"^([0-9]{6}:[0-9a-f-]{36}|[0-9a-f]{24}|qm:[0-9a-f:-]+|JIRAUSER[0-9]+)$"
_LONGEST_DATE = 40
_DAY_WORD = r"^[0-9]{1,4}[/.\-][^\s/.\-]+\.?[/.\-][0-9]{2,4}$"


@dataclass(frozen=True)
class Group:
    """One distinct header: its name as written, its column positions and its values' kind."""

    name: str
    positions: tuple[int, ...]
    kind: str
    filled: float
    distinct: int

    @property
    def first(self) -> int:
        return self.positions[0]

    @property
    def repeated(self) -> bool:
        return len(self.positions) > 1


class Profile:
    """The kind of every header of one file, and the sampled cells behind it."""

    def __init__(
        self, header: Sequence[str], groups: dict[str, list[int]], cells: pl.DataFrame,
        export: ExportSettings,
    ) -> None:
        self.cells = cells
        every = max(1, cells.height // SAMPLE_ROWS)
        self.sample = cells.gather_every(every)
        self.dates = _date_probe(self.sample, export)
        self.groups = [self._group(header[positions[0]], positions)
                       for positions in groups.values()]
        self.at = {position: group for group in self.groups for position in group.positions}

    def kind(self, position: int) -> str:
        """The kind of the header at `position` ('missing' past either end)."""
        group = self.at.get(position)
        return group.kind if group else "missing"

    def single(self, position: int, *kinds: str) -> bool:
        """Whether `position` is a header of its own whose values have one of `kinds`."""
        group = self.at.get(position)
        return group is not None and not group.repeated and group.kind in kinds

    def _group(self, name: str, positions: list[int]) -> Group:
        """One header's kind from all its columns; `filled` counts rows its first one fills."""
        columns = [self.sample.get_column(f"_{p}").str.strip_chars() for p in positions]
        texts = pl.concat(columns) if columns else pl.Series([], dtype=pl.String)
        present = texts.filter(texts.is_not_null() & (texts != ""))
        rows = max(1, self.sample.height)
        filled = columns[0].filter(columns[0].is_not_null() & (columns[0] != "")).len() / rows
        return Group(name, tuple(positions), self._kind(present), filled, present.n_unique())

    def _kind(self, values: pl.Series) -> str:
        """The first kind most values have, from the most specific to plain text."""
        if values.is_empty():
            return "empty"
        for kind, pattern in (("key", KEY), ("number", _NUMBER), ("account", _ACCOUNT)):
            if share(values.str.contains(pattern)) >= MOSTLY:
                return kind
        if share(self._reads(values)) >= MOSTLY:
            return "date"
        parts = values.str.splitn(";", 4)
        dated = self._reads(parts.struct.field("field_0"))
        if share(dated & parts.struct.field("field_2").is_not_null()) >= MOSTLY:
            last = parts.struct.field("field_3").str.split(";").list.last()
            return "attachment" if share(last.str.starts_with("http")) >= MOSTLY else "comment"
        if share(~values.str.contains(r"\s")) >= MOSTLY:
            return "token"
        return "text"

    def _reads(self, values: pl.Series) -> pl.Series:
        """Whether each text reads as a date in any of the known formats."""
        plausible = (values.str.len_chars() <= _LONGEST_DATE) & values.str.contains("[0-9]")
        if share(plausible) < MOSTLY:
            return plausible
        texts = values.unique()
        dated = texts.filter(pl.select(self.dates.parse(pl.lit(texts))).to_series().is_not_null())
        return values.is_in(dated.implode())


def share(flags: pl.Series) -> float:
    """The share of True among `flags` (nulls count as False)."""
    return int(flags.fill_null(False).sum()) / flags.len() if flags.len() else 0.0


def _date_probe(sample: pl.DataFrame, export: ExportSettings) -> DateFormat:
    """Every known format in both day/month orders, reading the months the sample's dates use."""
    patterns = dict.fromkeys((
        *((export.date_format,) if export.date_format else ()),
        *candidate_formats("day-first"), *candidate_formats("month-first"),
    ))
    days = [
        column.str.strip_chars().str.split(" ").list.first()
        for column in sample.iter_columns() if column.dtype == pl.String
    ]
    words = pl.concat(days) if days else pl.Series([], dtype=pl.String)
    words = words.filter(words.str.contains(_DAY_WORD)).unique()
    if not needs_names(words, export.month_names):
        return DateFormat(tuple(patterns))
    return DateFormat(tuple(patterns), *month_rewrite(words, export.month_names))
