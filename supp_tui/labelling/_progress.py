"""Which tickets are complete (`analysis.metrics.missing_dimensions`) and how many, kept
current one change at a time, and the progress figures built from that count."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import polars as pl

from analysis.framework import Dimension, Framework
from analysis.journal import LabelJournal
from analysis.metrics import completeness_dimensions, missing_dimensions


@dataclass(frozen=True)
class Progress:
    """Complete tickets of the board, the change since the session opened, and the hourly rate."""

    labelled: int
    total: int
    since_open: int
    per_hour: float | None


class Completeness:
    """The complete tickets of a board while it is labelled.

    `exported_teams(row)` gives the team values a ticket's export carries (the effective team
    falls back to them), so a ticket's completeness follows the same rule as every report.
    """

    def __init__(self, framework: Framework, journal: LabelJournal, row_of: Mapping[str, int],
                 display: pl.DataFrame, exported_teams: Callable[[int], Sequence[str]]) -> None:
        self.framework = framework
        self._journal = journal
        self._row_of = row_of
        self._display = display
        self._exported_teams = exported_teams
        self._complete = self._complete_keys()
        self.complete_at_open = self.complete

    @property
    def complete(self) -> int:
        """How many tickets of the board are complete."""
        return len(self._complete)

    def missing(self, key: str) -> tuple[Dimension, ...]:
        """The required dimensions the ticket has no value in yet."""
        row = self._row_of.get(key)
        exported = self._exported_teams(row) if row is not None else ()
        return missing_dimensions(self.framework, lambda d: self._journal.values(key, d),
                                  exported)

    def filled(self, key: str) -> tuple[int, int]:
        """(required dimensions with a value, required dimensions) of one ticket."""
        required = len(completeness_dimensions(self.framework))
        return required - len(self.missing(key)), required

    def is_complete(self, key: str) -> bool:
        return not self.missing(key)

    def _complete_keys(self) -> set[str]:
        """The complete tickets: those with labels checked one by one, plus, when the team is
        all that is required, the others whose export names a team."""
        labels, row_of = self._journal.labels, self._row_of
        complete = {key for key in list(labels) if key in row_of and self.is_complete(key)}
        team = self.framework.team.dimension
        if all(d.id == team for d in completeness_dimensions(self.framework)) \
                and "team" in self._display.columns:
            unlabelled = self._display.filter(~pl.col("key").is_in(list(labels))
                                              & (pl.col("team").list.len() > 0))
            complete.update(unlabelled["key"].to_list())
        return complete

    def follow(self, keys: Iterable[str]) -> None:
        """Check again the tickets whose labels changed."""
        for key in keys:
            if key not in self._row_of:
                continue
            if self.is_complete(key):
                self._complete.add(key)
            else:
                self._complete.discard(key)

    def progress(self, total: int, elapsed: float) -> Progress:
        since_open = self.complete - self.complete_at_open
        per_hour = since_open * 3600 / elapsed if elapsed >= 60 else None
        return Progress(self.complete, total, since_open, per_hour)
