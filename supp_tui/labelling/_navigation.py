"""Where the labeller is: the view of tickets a filter leaves, and the position in it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import polars as pl

from analysis.metrics import UNLABELLED


@dataclass(frozen=True)
class TicketFilter:
    """Which tickets navigation visits: incomplete only, one team, and/or containing a text."""

    incomplete_only: bool = False
    team: str | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return self.incomplete_only or self.team is not None or bool(self.text)

    def describe(self) -> str:
        parts = ["incomplete"] if self.incomplete_only else []
        if self.team is not None:
            parts.append(f"team {self.team}")
        if self.text:
            parts.append(f"“{self.text}”")
        return ", ".join(parts) or "all tickets"


class Navigation:
    """The ordered ticket keys, the rows a filter keeps (the view) and the current position.

    `keys` are the display's keys in order and `row_of` their rows; `is_complete(key)` and
    `teams(row)` (the effective team names of a row) come from the session, so navigation
    follows the labels as they change.
    """

    def __init__(self, display: pl.DataFrame, keys: list[str], row_of: dict[str, int],
                 is_complete: Callable[[str], bool],
                 teams: Callable[[int], tuple[str, ...]]) -> None:
        self._display = display
        self._is_complete = is_complete
        self._teams = teams
        self.keys = keys
        self.row_of = row_of
        self.filter = TicketFilter()
        self.view: Sequence[int] = range(len(self.keys))
        self.position = self._first_incomplete_position()

    @property
    def row(self) -> int | None:
        """The frame row of the current ticket, or None when the view is empty."""
        return self.view[self.position] if self.view else None

    @property
    def key(self) -> str | None:
        row = self.row
        return None if row is None else self.keys[row]

    def step(self, direction: int) -> bool:
        """Move to the next (+1) or previous (-1) ticket in the view; False at either end."""
        position = self.position + direction
        while 0 <= position < len(self.view):
            if not (self.filter.incomplete_only and self._complete_row(self.view[position])):
                self.position = position
                return True
            position += direction
        return False

    def next_incomplete(self) -> bool:
        """Move to the next incomplete ticket in the view, wrapping round; False if none."""
        position = self.next_incomplete_position()
        if position is None:
            return False
        self.position = position
        return True

    def next_incomplete_position(self, limit: int | None = None) -> int | None:
        """Where `next_incomplete` would move, without moving; None when none is within `limit`
        tickets ahead (default: the whole view)."""
        count = len(self.view)
        for offset in range(1, min(count, limit or count) + 1):
            position = (self.position + offset) % count
            if not self._complete_row(self.view[position]):
                return position
        return None

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
        """Restrict navigation to matching tickets, staying on the current one if it matches;
        returns the number of tickets in the view."""
        current = self.row
        self.filter = ticket_filter
        view: Sequence[int] = range(len(self.keys))
        if ticket_filter.text:
            view = self._rows_containing(ticket_filter.text)
        if ticket_filter.team is not None:
            team = ticket_filter.team
            view = [r for r in view if team in (self._teams(r) or (UNLABELLED,))]
        self.view = view
        position = None if current is None else self._position_of(current)
        if position is not None and current is not None and not (
                ticket_filter.incomplete_only and self._complete_row(current)):
            self.position = position
        else:
            self.position = 0
            if self.view and ticket_filter.incomplete_only and self._complete_row(self.view[0]):
                self.next_incomplete()
        return len(self.view)

    def _rows_containing(self, text: str) -> list[int]:
        """Rows whose key, summary or description contains `text`, ignoring case."""
        needle = text.casefold()
        mask = pl.lit(False)
        for column in ("key", "summary", "description"):
            if column in self._display.columns:
                mask = mask | pl.col(column).fill_null("").str.to_lowercase().str.contains(
                    needle, literal=True)
        return self._display.with_row_index("_row").filter(mask)["_row"].to_list()

    def _complete_row(self, row: int) -> bool:
        return self._is_complete(self.keys[row])

    def _position_of(self, row: int) -> int | None:
        if isinstance(self.view, range):
            return row if 0 <= row < len(self.view) else None
        position = bisect.bisect_left(self.view, row)
        return position if position < len(self.view) and self.view[position] == row else None

    def _first_incomplete_position(self) -> int:
        for position, row in enumerate(self.view):
            if not self._complete_row(row):
                return position
        return 0
