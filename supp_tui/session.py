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
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from analysis.framework import Dimension, Framework
from analysis.journal import labels_frame
from analysis.journal_writer import Change, LabelJournal
from analysis.suggest import Suggester, Suggestion, TicketFacts

UNLABELLED = "Unlabelled"
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


@dataclass
class BoardIndex:
    """Per-ticket facts built once in the background: suggestion inputs and export teams."""

    facts: dict[str, TicketFacts]
    export_teams: list[list[str]]
    export_team_counts: Counter
    suggester: Suggester | None = None


@dataclass
class LiveCounts:
    """Tickets per value of the team and category dimensions, updated ticket by ticket."""

    dimensions: tuple[str, ...]
    counts: dict[str, Counter] = field(default_factory=dict)


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
        key = self.keys[row]
        team = self.framework.team.dimension
        labelled = self.journal.values(key, team)
        if labelled:
            return tuple(self.option_name(team, v) for v in labelled)
        if self.index is not None:
            return tuple(self.index.export_teams[row])
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
        before = self._contribution(key)
        change = write()
        if change is None:
            return None
        if key in self.row_of:
            self.labelled += self.journal.is_labelled(key) - was_labelled
        self._count(before, -1)
        self._count(self._contribution(key), +1)
        if self.index is not None and self.index.suggester is not None:
            self.index.suggester.labels_changed(key)
        else:
            self._touched.append(key)
        if change.others:
            self.recount()
        return change

    # ---- suggestions and counts ----------------------------------------------------------
    def suggestions(self) -> list[Suggestion]:
        """Suggestions for the current ticket, best first (none until the index is built)."""
        if self.key is None or self.index is None or self.index.suggester is None:
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
        if self.index is not None and self.index.suggester is not None:
            self.index.suggester.framework = framework

    def labelled_frame(self) -> pl.DataFrame:
        """The tickets with one list column per dimension holding the labels so far."""
        from analysis.board import with_dimension_columns

        return with_dimension_columns(self.tickets, labels_frame(self.journal.labels),
                                      self.framework)

    def ranked_options(self, dimension: Dimension) -> list[tuple[str, str]]:
        """(option id, reason) for a picker: suggested values, then the most used, then A-Z."""
        ranked: list[tuple[str, str]] = []
        seen: set[str] = set()
        if self.key and self.index is not None and self.index.suggester is not None:
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
        if index.suggester is not None:
            for key in self._touched:
                index.suggester.labels_changed(key)
        self._touched.clear()
        self.recount()

    def recount(self) -> None:
        """Count tickets per team and category value from scratch (at start, or after another
        labeller's lines arrived)."""
        self.labelled = sum(1 for key in self.journal.labels if key in self.row_of)
        if self.index is None:
            return
        dimensions = self.counted_dimensions()
        counts = LiveCounts(dimensions)
        counts.counts = {dimensions[0]: Counter(self.index.export_team_counts)}
        counts.counts.update((dimension, Counter({UNLABELLED: len(self.keys)}))
                             for dimension in dimensions[1:])
        self.counts = counts
        for key in self.journal.labels:
            row = self.row_of.get(key)
            if row is not None:
                self._count(self._export_contribution(row), -1)
                self._count(self._contribution(key), +1)

    def counted_dimensions(self) -> tuple[str, ...]:
        """The team dimension, then the other dimensions picked by hotkey (the categories)."""
        team = self.framework.team.dimension
        others = tuple(d.id for d in self.framework.dimensions if d.id != team and not d.picker
                       and not d.from_reporter)
        return (team, *others)

    def option_name(self, dimension_id: str, value: str) -> str:
        """The display name of an option id (the id itself when the framework lacks it)."""
        for dimension in self.framework.dimensions:
            if dimension.id == dimension_id:
                option = next((o for o in dimension.options if o.id == value), None)
                return option.name if option else value
        return value

    def _contribution(self, key: str) -> list[tuple[str, str]]:
        if self.index is None or self.counts is None or key not in self.row_of:
            return []
        pairs = [(self.framework.team.dimension, team)
                 for team in self.effective_teams(self.row_of[key]) or (UNLABELLED,)]
        for dimension in self.counts.dimensions[1:]:
            values = self.journal.values(key, dimension) or (UNLABELLED,)
            pairs.extend((dimension, self.option_name(dimension, v)) for v in values)
        return pairs

    def _export_contribution(self, row: int) -> list[tuple[str, str]]:
        """What an unlabelled ticket counts for: its export teams and no category."""
        assert self.index is not None and self.counts is not None
        teams = self.index.export_teams[row] or (UNLABELLED,)
        pairs = [(self.framework.team.dimension, team) for team in teams]
        pairs.extend((dimension, UNLABELLED) for dimension in self.counts.dimensions[1:])
        return pairs

    def _count(self, pairs: list[tuple[str, str]], sign: int) -> None:
        if self.counts is None:
            return
        for dimension, name in pairs:
            counter = self.counts.counts[dimension]
            counter[name] += sign
            if counter[name] <= 0:
                del counter[name]

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


def build_index(tickets: pl.DataFrame, framework: Framework, labels_snapshot) -> BoardIndex:
    """Per-ticket facts and the suggester over the board (slow on big boards: run in a worker)."""
    columns = {c: tickets[c].to_list() if c in tickets.columns else None
               for c in ("key", "reporter", "summary", "labels", "components", "team")}
    count = tickets.height
    blank: list[Any] = [None] * count
    facts = {
        key: TicketFacts(reporter or "", summary or "", tuple(labels or ()), tuple(components or ()))
        for key, reporter, summary, labels, components in zip(
            columns["key"], columns["reporter"] or blank, columns["summary"] or blank,
            columns["labels"] or blank, columns["components"] or blank, strict=True)
    }
    export_teams = [list(t or ()) for t in (columns["team"] or blank)]
    team_counts = Counter(team for teams in export_teams for team in teams)
    team_counts[UNLABELLED] = sum(1 for teams in export_teams if not teams)
    if not team_counts[UNLABELLED]:
        del team_counts[UNLABELLED]
    suggester = Suggester(framework, facts, labels_snapshot)
    return BoardIndex(facts, export_teams, team_counts, suggester)
