"""What every report section reads (`Context`) and what it gives back: key issues, value
tables and suggested actions."""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from analysis import metrics as mr
from analysis.framework import Framework
from analysis.metrics import CalendarPeriod


@dataclass(frozen=True)
class Context:
    """What every section reads: the timed tickets, targets, framework and windows."""

    timed: pl.DataFrame
    targets: pl.DataFrame
    framework: Framework
    period: CalendarPeriod
    current: mr.Window
    earlier: list[mr.Window]
    dimensions: list[tuple[str, str]]
    previous: mr.Window | None = None
    site: str | None = None  # the Jira site issue keys link to; None prints plain keys
    _changes: dict[str, pl.DataFrame] = field(default_factory=dict, repr=False)

    def changes(self, column: str) -> pl.DataFrame:
        """Tickets per value of `column` this period beside the previous period and the
        average (`value_changes`), computed once per column for every section."""
        if column not in self._changes:
            self._changes[column] = mr.value_changes(self.timed, column, self.current,
                                                     self.previous, self.earlier)
        return self._changes[column]

    @property
    def this(self) -> str:
        return f"this {self.period.unit}"

    @property
    def before(self) -> str:
        return f"the {self.period.unit} before"


@dataclass(frozen=True)
class Issue:
    """One key issue: a sentence, and optional items listed under it."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueTable:
    """Tickets per value of one dimension, this period beside the previous ones."""

    column: str
    title: str
    frame: pl.DataFrame


@dataclass(frozen=True)
class Actions:
    """The framework's suggested actions for one of the period's top values."""

    title: str
    value: str
    tickets: int
    actions: tuple[str, ...]


