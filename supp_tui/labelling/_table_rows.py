"""The rows of the bulk-labelling table: which tickets the query keeps, and which are selected."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import polars as pl

from analysis.errors import InputError
from supp_tui.labelling._table import (
    TEXT_COLUMNS,
    TableQuery,
    Values,
    similar_rows,
    similarity_words,
)


class TableRows:
    """The board's tickets as table rows: the view a query leaves and the selected rows.

    `values`, `labelled_keys` and `is_complete` read the live journal, so the rows follow labels
    as they change;
    `row_of` (key -> row) may be passed in when the caller has it already.
    """

    def __init__(self, display: pl.DataFrame, values: Values,
                 labelled_keys: Callable[[], Iterable[str]], is_complete: Callable[[str], bool],
                 row_of: dict[str, int] | None = None) -> None:
        self.display = display
        self.keys: list[str] = display["key"].to_list()
        self.row_of = row_of if row_of is not None else {
            key: row for row, key in enumerate(self.keys)}
        self.summaries: list[str] = (display["summary"].fill_null("").to_list()
                                     if "summary" in display.columns else [""] * len(self.keys))
        self.values = values
        self.labelled_keys = labelled_keys
        self.is_complete = is_complete
        self.query = TableQuery()
        self.view: Sequence[int] = range(len(self.keys))
        self.selected: set[int] = set()
        self._words: list[frozenset[str]] | None = None

    def complete(self, row: int) -> bool:
        """Whether the row's ticket is complete (the session's one completeness rule)."""
        return self.is_complete(self.keys[row])

    def apply(self, query: TableQuery) -> int:
        """Keep the rows the query matches (selected rows it drops are unselected); returns how
        many it keeps. Raises InputError for a `like:` key not on the board."""
        view: Sequence[int] = range(len(self.keys))
        if query.similar_to is not None:
            view = self.similar(query.similar_to)
        keep = self._kept(query)
        if keep is not None:
            view = [row for row in view if row in keep]
        if query.incomplete:
            view = [row for row in view if not self.complete(row)]
        self.query, self.view = query, view
        if not isinstance(view, range):
            self.selected &= set(view)
        return len(view)

    def _kept(self, query: TableQuery) -> set[int] | None:
        """Rows the text, pattern and label parts keep; None when they keep every row."""
        kept: set[int] | None = None
        if query.text or query.pattern:
            kept = set(self._rows_matching(query.text, query.pattern))
        if query.label is not None:
            dimension, option = query.label
            labelled = {self.row_of[key] for key in list(self.labelled_keys())
                        if key in self.row_of and option in self.values(key, dimension)}
            kept = labelled if kept is None else kept & labelled
        return kept

    def _rows_matching(self, text: str, pattern: str) -> list[int]:
        """Rows whose key, summary or description contain the text and match the pattern,
        ignoring case."""
        columns = [c for c in TEXT_COLUMNS if c in self.display.columns]
        mask = pl.lit(True)
        if text:
            mask = mask & pl.any_horizontal(
                pl.col(c).fill_null("").str.contains(f"(?i){re.escape(text)}") for c in columns)
        if pattern:
            mask = mask & pl.any_horizontal(
                pl.col(c).fill_null("").str.contains(f"(?i){pattern}") for c in columns)
        return self.display.with_row_index("_row").filter(mask)["_row"].to_list()

    def similar(self, key: str) -> list[int]:
        """Rows like the ticket `key`, most similar first."""
        text = key.strip().upper()
        if text not in self.row_of:
            raise InputError(f"No ticket {text} on this board; give like: a key from the table.")
        if self._words is None:
            self._words = similarity_words(self.summaries)
        return similar_rows(self._words, self.row_of[text])

    # ---- selection -----------------------------------------------------------------------
    def toggle(self, row: int) -> bool:
        """Select or unselect one row; whether it is now selected."""
        if row in self.selected:
            self.selected.discard(row)
            return False
        self.selected.add(row)
        return True

    def select_all(self) -> int:
        """Select every row in the view, or unselect them all when all are selected; returns
        how many are selected."""
        if len(self.view) and all(row in self.selected for row in self.view):
            self.selected.clear()
        else:
            self.selected = set(self.view)
        return len(self.selected)

    def targets(self, cursor_row: int | None) -> list[str]:
        """The keys a bulk action applies to: the selected rows in view order, else the row
        under the cursor."""
        if self.selected:
            return [self.keys[row] for row in self.view if row in self.selected]
        return [] if cursor_row is None else [self.keys[cursor_row]]
