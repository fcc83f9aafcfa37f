"""Tickets per team and per category, as they change while labelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from analysis.metrics import UNLABELLED

ROWS_PER_DIMENSION = 14
TITLE = "bold underline"
MUTED = "$text-muted"


class CountsTable(Widget):
    """One dimension's counts, largest first and Unlabelled last; redrawn only when they change."""

    # (name, count) rows shown; a change repaints the table, and lays the screen out again only
    # when the number of rows changes (see watch_rows).
    rows: reactive[tuple[tuple[str, int], ...]] = reactive(())

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = title

    def watch_rows(self, old: tuple[tuple[str, int], ...],
                   new: tuple[tuple[str, int], ...]) -> None:
        """Ask for a layout pass only when the table's height changes: a pass on every label
        keystroke would cost a good part of the frame."""
        if len(old) != len(new):
            self.refresh(layout=True)

    def show_counts(self, counts: Mapping[str, int]) -> None:
        """Show the largest counts, then Unlabelled."""
        ranked = sorted(((n, c) for n, c in counts.items() if n != UNLABELLED),
                        key=lambda item: (-item[1], item[0]))[:ROWS_PER_DIMENSION]
        if counts.get(UNLABELLED):
            ranked.append((UNLABELLED, counts[UNLABELLED]))
        self.rows = tuple(ranked)

    def render(self) -> Content:
        width = max(self.size.width, 12)
        parts: list[str | tuple[str, str]] = [(self.title, TITLE)]
        for name, count in self.rows:
            figure = f"{count:,}"
            room = width - len(figure) - 1
            shown = name if len(name) <= room else name[: max(room - 1, 1)] + "…"
            line = f"\n{shown.ljust(room)} {figure}"
            parts.append((line, MUTED) if name == UNLABELLED else line)
        return Content.assemble(*parts)


class CountsPanel(VerticalScroll, can_focus=False):
    """A CountsTable per counted dimension (the team first, then the categories)."""

    def show_counts(self, counts: Mapping[str, Counter[str]], titles: Mapping[str, str]) -> None:
        """Create the tables on first use, then update each in place."""
        tables = {table.id: table for table in self.query(CountsTable)}
        missing = [CountsTable(titles.get(d, d), id=f"counts-{d}") for d in counts
                   if f"counts-{d}" not in tables]
        if missing:
            self.mount_all(missing)
            tables.update((table.id, table) for table in missing)
        for dimension, counter in counts.items():
            tables[f"counts-{dimension}"].show_counts(counter)
