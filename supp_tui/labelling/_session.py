"""The state of one labelling session, free of any UI: where we are, what is shown, progress.

Everything a keystroke touches is O(1) (a journal append and dictionary updates) so the app
stays within a frame on boards of 100,000 tickets; work over the whole board (filters, the
first count of teams) happens only when the user asks for it or once at start.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from analysis.framework import Dimension, Framework
from analysis.journal import Change, LabelJournal, labels_frame
from analysis.metrics import labelled_tickets
from analysis.suggest import Suggestion
from supp_tui.labelling._index import UNLABELLED, BoardIndex, LiveCounts, option_name

DISPLAY_COLUMNS = (
    "key", "summary", "issue_type", "priority", "status", "reporter", "assignee", "created",
    "resolved", "closed_at", "labels", "components", "description", "comments", "team",
)


@dataclass(frozen=True)
class TicketFilter:
    """Which tickets navigation visits: unlabelled only, one team, and/or containing a text."""

    unlabelled_only: bool = False
    team: str | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return self.unlabelled_only or self.team is not None or bool(self.text)

    def describe(self) -> str:
        parts = ["unlabelled"] if self.unlabelled_only else []
        if self.team is not None:
            parts.append(f"team {self.team}")
        if self.text:
            parts.append(f"“{self.text}”")
        return ", ".join(parts) or "all tickets"


@dataclass(frozen=True)
class Progress:
    """Labelled tickets of the board, the change since the session opened, and the hourly rate."""

    labelled: int
    total: int
    since_open: int
    per_hour: float | None


class LabelSession:
    """Navigation, labelling and progress over a board's tickets and its open journal."""

    def __init__(self, tickets: pl.DataFrame, framework: Framework, journal: LabelJournal,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.tickets = tickets
        self.framework = framework
        self.journal = journal
        self._display = tickets.select([c for c in DISPLAY_COLUMNS if c in tickets.columns])
        self.keys: list[str] = tickets["key"].to_list()
        self.row_of = {key: row for row, key in enumerate(self.keys)}
        self.filter = TicketFilter()
        self.view: Sequence[int] = range(len(self.keys))
        self.position = 0
        self.labelled = sum(1 for key in journal.labels if key in self.row_of)
        self._labelled_at_open = self.labelled
        self._monotonic = monotonic
        self._opened_at = monotonic()
        self.index: BoardIndex | None = None
        self.counts: LiveCounts | None = None
        self._touched: list[str] = []
        self._suggested: tuple[tuple, list[Suggestion]] = ((), [])
        self._candidates: tuple[tuple, list[Suggestion]] = ((), [])
        self.position = self._first_unlabelled_position()

    # ---- what is shown -------------------------------------------------------------------
    @property
    def row(self) -> int | None:
        """The frame row of the current ticket, or None when the view is empty."""
        return self.view[self.position] if self.view else None

    @property
    def key(self) -> str | None:
        row = self.row
        return None if row is None else self.keys[row]

    def ticket(self) -> dict[str, Any] | None:
        """The current ticket's fields for display."""
        row = self.row
        return None if row is None else self._display.row(row, named=True)

    def values(self, dimension: str, key: str | None = None) -> tuple[str, ...]:
        """The current (or given) ticket's option ids in one dimension."""
        key = key or self.key
        return self.journal.values(key, dimension) if key else ()

    def is_labelled(self, key: str | None = None) -> bool:
        key = key or self.key
        return bool(key) and self.journal.is_labelled(key)

    def progress(self) -> Progress:
        since_open = self.labelled - self._labelled_at_open
        elapsed = self._monotonic() - self._opened_at
        per_hour = since_open * 3600 / elapsed if elapsed >= 60 else None
        return Progress(self.labelled, len(self.keys), since_open, per_hour)

    # ---- navigation ----------------------------------------------------------------------
    def step(self, direction: int) -> bool:
        """Move to the next (+1) or previous (-1) ticket in the view; False at either end."""
        position = self.position + direction
        while 0 <= position < len(self.view):
            if not (self.filter.unlabelled_only and self._labelled_row(self.view[position])):
                self.position = position
                return True
            position += direction
        return False

    def next_unlabelled(self) -> bool:
        """Move to the next unlabelled ticket in the view, wrapping round; False if none."""
        count = len(self.view)
        for offset in range(1, count + 1):
            position = (self.position + offset) % count
            if not self._labelled_row(self.view[position]):
                self.position = position
                return True
        return False

    def jump(self, text: str) -> str | None:
        """Go to a ticket by key (or by number, within the board's project); the key found."""
        key = self.find_key(text)
        if key is None:
            return None
        row = self.row_of[key]
        position = self._position_of(row)
        if position is None:
            self.apply_filter(TicketFilter())
            position = row
        self.position = position
        return key

    def find_key(self, text: str) -> str | None:
        """The ticket key that `text` names: exact, any case, or a bare number like '123'."""
        text = text.strip()
        if text in self.row_of:
            return text
        upper = text.upper()
        if upper in self.row_of:
            return upper
        if text.isdigit() and self.keys:
            project = self.keys[0].rsplit("-", 1)[0]
            candidate = f"{project}-{int(text)}"
            return candidate if candidate in self.row_of else None
        return None

    def apply_filter(self, ticket_filter: TicketFilter) -> int:
        """Restrict navigation to matching tickets; stays on the current one if it matches.

        Returns the number of tickets in the view.
        """
        current = self.row
        self.filter = ticket_filter
        rows: pl.Series | None = None
        if ticket_filter.text:
            needle = ticket_filter.text.casefold()
            mask = pl.lit(False)
            for column in ("key", "summary", "description"):
                mask = mask | pl.col(column).fill_null("").str.to_lowercase().str.contains(
                    needle, literal=True)
            rows = self._display.with_row_index("_row").filter(mask)["_row"]
        view: Sequence[int] = range(len(self.keys)) if rows is None else rows.to_list()
        if ticket_filter.team is not None:
            team = ticket_filter.team
            view = [r for r in view if team in (self.effective_teams(r) or (UNLABELLED,))]
        self.view = view
        position = None if current is None else self._position_of(current)
        if position is not None and not (
            ticket_filter.unlabelled_only and self._labelled_row(current)):
            self.position = position
        else:
            self.position = 0
            if self.view and ticket_filter.unlabelled_only and self._labelled_row(self.view[0]):
                self.next_unlabelled()
        return len(self.view)

    def effective_teams(self, row: int) -> tuple[str, ...]:
        """The team names a ticket counts for: its labelled team, else the export's team."""
        if self.counts is not None:
            return self.counts.teams(row)
        team = self.framework.team.dimension
        labelled = self.journal.values(self.keys[row], team)
        if labelled:
            return tuple(self.option_name(team, v) for v in labelled)
        return tuple(self._display["team"][row]) if "team" in self._display.columns else ()

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
        """Give the current ticket a suggested value (keeping others of a multi dimension)."""
        key = self.key
        if key is None:
            return None
        multi = self.framework.dimension(suggestion.dimension).multi
        return self._record(
            key, lambda: self.journal.set(key, suggestion.dimension, suggestion.value, multi))

    def undo(self) -> Change | None:
        """Take back this session's latest change and move to its ticket."""
        pending = self.journal.next_undo
        if pending is None:
            return None
        change = self._record(pending.key, self.journal.undo)
        if pending.key in self.row_of:
            self.jump(pending.key)
        return change

    def _record(self, key: str, write: Callable[[], Change | None]) -> Change | None:
        was_labelled = self.journal.is_labelled(key)
        before = self.counts.contribution(key) if self.counts else []
        change = write()
        if change is None:
            return None
        if key in self.row_of:
            self.labelled += self.journal.is_labelled(key) - was_labelled
        if self.counts is not None:
            self.counts.add(before, -1)
            self.counts.add(self.counts.contribution(key), +1)
        if self.index is not None:
            self.index.suggester.labels_changed(key)
        else:
            self._touched.append(key)
        if change.others:
            self.recount()
        return change

    # ---- suggestions and counts ----------------------------------------------------------
    def suggestions(self) -> list[Suggestion]:
        """Suggestions for the current ticket, best first (none until the index is built)."""
        if self.key is None or self.index is None:
            return []
        suggester = self.index.suggester
        ticket = (self.key, id(self.index), id(self.framework))
        if self._candidates[0] != ticket:
            self._candidates = (ticket, suggester.candidates(self.key))
        state = (ticket, self.journal.appended)
        if self._suggested[0] != state:
            self._suggested = (state, suggester.suggest(self.key, self._candidates[1]))
        return self._suggested[1]

    def use_framework(self, framework: Framework) -> None:
        """Switch to a framework that gained an option while labelling."""
        self.framework = framework
        if self.index is not None:
            self.index.suggester.framework = framework
        if self.counts is not None:
            self.counts.framework = framework

    def labelled_frame(self) -> pl.DataFrame:
        """The tickets with one list column per dimension holding the labels so far."""
        return labelled_tickets(self.tickets, labels_frame(self.journal.labels), self.framework)

    def ranked_options(self, dimension: Dimension) -> list[tuple[str, str]]:
        """(option id, reason) for a picker: suggested values, then the most used, then A-Z."""
        ranked: list[tuple[str, str]] = []
        seen: set[str] = set()
        if self.key and self.index is not None:
            for suggestion in self.index.suggester.ranking(self.key, dimension.id):
                ranked.append((suggestion.value, suggestion.reason))
                seen.add(suggestion.value)
        used = self.counts.counts.get(dimension.id, Counter()) if self.counts else Counter()
        by_id = {o.name: o.id for o in dimension.options}
        for name, count in used.most_common():
            option_id = by_id.get(name)
            if option_id and option_id not in seen and name != UNLABELLED:
                ranked.append((option_id, f"used on {count} tickets"))
                seen.add(option_id)
        rest = sorted((o for o in dimension.options if o.id not in seen), key=lambda o: o.name.casefold())
        ranked.extend((o.id, "") for o in rest)
        return ranked

    def attach_index(self, index: BoardIndex) -> None:
        """Install the background-built index, catch it up on labels made meanwhile, and count."""
        self.index = index
        for key in self._touched:
            index.suggester.labels_changed(key)
        self._touched.clear()
        self.recount()

    def recount(self) -> None:
        """Count labelled tickets, and tickets per team and category, from scratch (at start,
        or after another labeller's lines arrived)."""
        self.labelled = sum(1 for key in self.journal.labels if key in self.row_of)
        if self.index is not None:
            self.counts = LiveCounts(self.framework, self.journal, self.keys, self.row_of,
                                     self.index)

    def option_name(self, dimension_id: str, value: str) -> str:
        """The display name of an option id (the id itself when the framework lacks it)."""
        return option_name(self.framework, dimension_id, value)

    # ---- helpers -------------------------------------------------------------------------
    def _labelled_row(self, row: int) -> bool:
        return self.journal.is_labelled(self.keys[row])

    def _position_of(self, row: int) -> int | None:
        if isinstance(self.view, range):
            return row if 0 <= row < len(self.view) else None
        position = bisect.bisect_left(self.view, row)
        return position if position < len(self.view) and self.view[position] == row else None

    def _first_unlabelled_position(self) -> int:
        for position, row in enumerate(self.view):
            if not self._labelled_row(row):
                return position
        return 0
