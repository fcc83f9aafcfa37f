"""The state of one labelling session, free of any UI: the ticket shown, its labels, progress.

Everything a keystroke touches is O(1) (a journal append, a count delta, dictionary updates),
so the app stays within a frame on boards of 100,000 tickets; work over the whole board (the
index, the first counts) runs once in a worker, and filters only when the user asks.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import polars as pl

from analysis.framework import (
    Dimension,
    Framework,
    ReservedKey,
    add_option,
    default_framework_path,
    ensure_user_framework,
)
from analysis.journal import Change, LabelJournal, labels_frame
from analysis.metrics import UNLABELLED, counted_names, effective_team, labelled_tickets
from analysis.suggest import Suggestion
from supp_tui.labelling._counts import LiveCounts
from supp_tui.labelling._index import BoardIndex, snapshot
from supp_tui.labelling._navigation import Navigation, TicketFilter
from supp_tui.labelling._progress import Completeness, Progress
from supp_tui.labelling._suggestions import SuggestionCache, describe

DISPLAY_COLUMNS = (
    "key", "summary", "issue_type", "priority", "status", "reporter", "assignee", "created",
    "resolved", "closed_at", "labels", "components", "description", "comments", "team",
)


# How far ahead the next incomplete ticket is fetched before Space; past it, Space finds it.
PREPARE_LOOKAHEAD = 1_000


class LabelSession:
    """Navigation, labelling and progress over a board's tickets and its open journal."""

    def __init__(self, tickets: pl.DataFrame, framework: Framework, journal: LabelJournal,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.tickets = tickets
        self.framework = framework
        self.journal = journal
        self._display = tickets.select([c for c in DISPLAY_COLUMNS if c in tickets.columns])
        self.index: BoardIndex | None = None
        keys: list[str] = self._display["key"].to_list()
        row_of = {key: row for row, key in enumerate(keys)}
        self.completeness = Completeness(framework, journal, row_of, self._display,
                                         self._exported_teams)
        self.navigation = Navigation(self._display, keys, row_of,
                                     self.completeness.is_complete, self.effective_teams)
        self._monotonic = monotonic
        self._opened_at = monotonic()
        self.suggestion_cache = SuggestionCache(journal)
        self._touched: set[str] = set()
        self._ahead: tuple[int | None, dict[str, Any]] = (None, {})

    # ---- what is shown -------------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        return self.navigation.keys

    @property
    def view(self) -> Sequence[int]:
        return self.navigation.view

    @property
    def position(self) -> int:
        return self.navigation.position

    @property
    def filter(self) -> TicketFilter:
        return self.navigation.filter

    @property
    def row(self) -> int | None:
        return self.navigation.row

    @property
    def key(self) -> str | None:
        return self.navigation.key

    @property
    def counts(self) -> LiveCounts | None:
        """Tickets per team and category, once the background index is built."""
        return self.index.counts if self.index is not None else None

    def ticket(self) -> dict[str, Any] | None:
        """The current ticket's fields for display."""
        row = self.row
        if row is None:
            return None
        if self._ahead[0] != row:
            self._ahead = (row, self._display.row(row, named=True))
        return self._ahead[1]

    def prepare_next(self) -> dict[str, Any] | None:
        """Fetch the ticket Space goes to next, and its suggestion candidates, ahead of time;
        returns that ticket."""
        position = self.navigation.next_incomplete_position(limit=PREPARE_LOOKAHEAD)
        if position is None:
            return None
        row = self.view[position]
        self._ahead = (row, self._display.row(row, named=True))
        self.suggestion_cache.candidates(self.keys[row])
        return self._ahead[1]

    def values(self, dimension: str, key: str | None = None) -> tuple[str, ...]:
        """The current (or given) ticket's option ids in one dimension."""
        key = key or self.key
        return self.journal.values(key, dimension) if key else ()

    def is_labelled(self, key: str | None = None) -> bool:
        """Whether the ticket has any label at all (complete or not)."""
        key = key or self.key
        return key is not None and self.journal.is_labelled(key)

    def filled(self) -> tuple[int, int]:
        """(required dimensions with a value, required dimensions) of the current ticket."""
        return self.completeness.filled(self.key) if self.key else (0, 0)

    def progress(self) -> Progress:
        return self.completeness.progress(len(self.keys), self._monotonic() - self._opened_at)

    def option_name(self, dimension_id: str, value: str) -> str:
        """The display name of an option id (the id itself when the framework lacks it)."""
        return self.framework.option_name(dimension_id, value)

    # ---- navigation ----------------------------------------------------------------------
    def step(self, direction: int) -> bool:
        return self.navigation.step(direction)

    def next_incomplete(self) -> bool:
        return self.navigation.next_incomplete()

    def jump(self, text: str) -> str | None:
        return self.navigation.jump(text)

    def find_key(self, text: str) -> str | None:
        return self.navigation.find_key(text)

    def apply_filter(self, ticket_filter: TicketFilter) -> int:
        return self.navigation.apply_filter(ticket_filter)

    def effective_teams(self, row: int) -> tuple[str, ...]:
        """The team names a ticket counts for (`analysis.metrics.effective_team`)."""
        team = self.framework.team_dimension
        names = counted_names(team, self.journal.values(self.keys[row], team.id))
        return effective_team(names, self._exported_teams(row))

    def _exported_teams(self, row: int) -> Sequence[str]:
        """The team values a ticket's export carries."""
        if self.index is not None:
            return self.index.export_teams[row]
        exported = self._display["team"][row] if "team" in self._display.columns else None
        return tuple(exported) if exported is not None else ()

    def team_names(self) -> list[str]:
        """The names a team filter can take: the team dimension's options, then others seen."""
        names = list(self.framework.team_dimension.option_names)
        if self.counts is not None:
            seen = self.counts.counts.get(self.framework.team.dimension, Counter())
            names += sorted(n for n in seen if n not in names and n != UNLABELLED)
        return names

    # ---- labelling -----------------------------------------------------------------------
    def toggle(self, dimension_id: str, option_id: str) -> Change | None:
        """Set, add or remove a value on the current ticket, as its hotkey does."""
        key = self.key
        if key is None:
            return None
        multi = self.framework.dimension(dimension_id).multi
        return self._record(key, lambda: self.journal.toggle(key, dimension_id, option_id, multi))

    def accept(self, suggestion: Suggestion) -> Change | None:
        """Give the current ticket a suggested value (keeping others of a multi dimension); a
        suggestion whose Jira values conflict is never taken, the triager picks one."""
        key = self.key
        if key is None or suggestion.conflict:
            return None
        multi = self.framework.dimension(suggestion.dimension).multi
        return self._record(
            key, lambda: self.journal.set(key, suggestion.dimension, suggestion.value, multi))

    def label_many(self, keys: Sequence[str], dimension_id: str,
                   option_id: str) -> tuple[Change, ...]:
        """Give every ticket the value (a bulk action): one journal line per ticket that lacks
        it, undone by one `u`."""
        multi = self.framework.dimension(dimension_id).multi
        changes = self.journal.set_many(keys, dimension_id, option_id, multi)
        if changes:
            self._follow_changes(changes)
        return changes

    def undo(self) -> tuple[Change, ...]:
        """Take back this session's latest step (everything one keystroke did) and move to the
        ticket of its newest change."""
        pending = self.journal.next_undo
        if pending is None:
            return ()
        undone = self.journal.undo()
        self._follow_changes(undone)
        if pending.key in self.navigation.row_of:
            self.jump(pending.key)
        return undone

    def grouped(self) -> AbstractContextManager[None]:
        """Changes made inside are undone by one `u` (an accept-all, a bulk action)."""
        return self.journal.group()

    def _record(self, key: str, write: Callable[[], Change | None]) -> Change | None:
        """Make one journal change, then follow it: progress, counts and the suggester."""
        change = write()
        if change is None:
            return None
        self._follow({key, *change.others})
        return change

    def _follow_changes(self, changes: Sequence[Change]) -> None:
        """Follow a group action's changes (a bulk label, an undo): completeness, counts and
        index; the suggester learns them without judging its sources by them."""
        self._follow({key for change in changes for key in (change.key, *change.others)},
                     judged=False)

    def _follow(self, keys: set[str], judged: bool = True) -> None:
        """Keep completeness, the counts and the similarity index in step with tickets whose
        labels changed."""
        self.completeness.follow(keys)
        if self.index is None:
            self._touched |= keys
            return
        self.index.counts.refresh(keys, self.journal.values)
        for key in keys:
            self.index.suggester.labels_changed(key, judge=judged)

    # ---- suggestions, counts and the index ------------------------------------------------
    def suggestions(self) -> list[Suggestion]:
        """Suggestions for the current ticket (none until the index is built): those for the
        dimensions it needs to be complete first, each group best first, so a narrow bar still
        shows what completes the ticket."""
        missing = {d.id for d in self.completeness.missing(self.key)} if self.key else set()
        return sorted(self.suggestion_cache.suggestions(self.key),
                      key=lambda suggestion: suggestion.dimension not in missing)

    def ranked_options(self, dimension: Dimension) -> list[tuple[str, str]]:
        """(option id, reason) for a picker: suggested values, then the most used, then A-Z."""
        used = self.counts.counts.get(dimension.id, Counter()) if self.counts else Counter()
        return self.suggestion_cache.ranked_options(self.key, dimension, used)

    def attach_index(self, index: BoardIndex) -> None:
        """Install the background-built index and catch it up on labels made meanwhile."""
        self.index = index
        self.suggestion_cache.attach(index.suggester)
        touched, self._touched = self._touched, set()
        self._follow(touched)

    def use_framework(self, framework: Framework) -> None:
        """Switch to a framework that gained an option while labelling."""
        self.framework = framework
        self.completeness.framework = framework
        if self.index is not None:
            self.index.suggester.framework = framework
            self.index.counts.framework = framework
            self.suggestion_cache.attach(self.index.suggester)

    def add_option(self, dimension_id: str, name: str, hotkey: str | None, export: Path,
                   reserved_keys: Sequence[ReservedKey]) -> Path | None:
        """Write a new option into the board's labels.toml and use it at once; returns the
        labels.toml copied beside `export` first when the board used the built-in one."""
        return self.edit_framework(
            lambda path: add_option(path, dimension_id, name, hotkey, reserved_keys), export)

    def edit_framework(self, edit: Callable[[Path], Framework], export: Path) -> Path | None:
        """Change the board's labels.toml with `edit` and use the result at once; returns the
        labels.toml copied beside `export` first when the board used the built-in one."""
        path, copied = self.framework.path, None
        if path is None or path.resolve() == default_framework_path().resolve():
            path = copied = ensure_user_framework(export)
        self.use_framework(edit(path))
        return copied

    def describe(self, suggestion: Suggestion) -> tuple[str, str]:
        """(dimension title, option name) of a suggestion; every name when Jira's conflict."""
        return describe(self.framework, suggestion)

    def labelled_frame(self) -> pl.DataFrame:
        """The tickets with the labels so far, as every command sees them (`labelled_tickets`);
        safe to call from a worker while labelling goes on, as it reads a snapshot of them."""
        labels = labels_frame(snapshot(self.journal.labels))
        return labelled_tickets(self.tickets, labels, self.framework)
