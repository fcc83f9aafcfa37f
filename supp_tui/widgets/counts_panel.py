"""Tickets per team and per category, as they change while labelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget

from analysis.metrics import UNLABELLED

ROWS_PER_DIMENSION = 14
TITLE = "bold underline"
MUTED = "$text-muted"


class CountsTable(Widget):
    """One dimension's counts, largest first and Unlabelled last; redrawn only when they change."""

    def __init__(self, title: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.title = title
        self._counts: dict[str, int] = {}

    def show_counts(self, counter: Counter) -> None:
        snapshot = dict(counter)
        if snapshot != self._counts:
            lines_changed = self._rows(snapshot) != self._rows(self._counts)
            self._counts = snapshot
            self.refresh(layout=lines_changed)

    @staticmethod
    def _rows(counts: Mapping[str, int]) -> int:
        named = sum(1 for name in counts if name != UNLABELLED)
        return min(named, ROWS_PER_DIMENSION) + (UNLABELLED in counts)

    def render(self) -> Content:
        width = max(self.size.width, 12)
        parts: list[str | tuple[str, str]] = [(self.title, TITLE)]
        ranked = sorted(((n, c) for n, c in self._counts.items() if n != UNLABELLED),
                        key=lambda item: (-item[1], item[0]))[:ROWS_PER_DIMENSION]
        if self._counts.get(UNLABELLED):
            ranked.append((UNLABELLED, self._counts[UNLABELLED]))
        for name, count in ranked:
            figure = f"{count:,}"
            room = width - len(figure) - 1
            shown = name if len(name) <= room else name[: max(room - 1, 1)] + "…"
            line = f"\n{shown.ljust(room)} {figure}"
            parts.append((line, MUTED) if name == UNLABELLED else line)
        return Content.assemble(*parts)


class CountsPanel(VerticalScroll, can_focus=False):
    """A CountsTable per counted dimension (the team first, then the categories)."""

    def show_counts(self, counts: Mapping[str, Counter], titles: Mapping[str, str]) -> None:
        """Create the tables on first use, then update each in place."""
        tables = {table.id: table for table in self.query(CountsTable)}
        missing = [CountsTable(titles.get(d, d), id=f"counts-{d}") for d in counts
                   if f"counts-{d}" not in tables]
        if missing:
            self.mount_all(missing)
            tables.update((table.id, table) for table in missing)
        for dimension, counter in counts.items():
            tables[f"counts-{dimension}"].show_counts(counter)
