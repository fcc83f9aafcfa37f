"""Tickets per team and per category, as they change while labelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from supp_tui.session import UNLABELLED

ROWS_PER_DIMENSION = 14


class CountsPanel(Widget):
    """One small table per counted dimension, largest values first, Unlabelled last."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"counts--title", "counts--unlabelled"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._counts: dict[str, dict[str, int]] = {}
        self._titles: dict[str, str] = {}

    def show_counts(self, counts: Mapping[str, Counter], titles: Mapping[str, str]) -> None:
        """Redraw when a count changed."""
        snapshot = {dimension: dict(counter) for dimension, counter in counts.items()}
        if snapshot != self._counts or titles != self._titles:
            self._counts, self._titles = snapshot, dict(titles)
            self.refresh(layout=True)

    def render(self) -> Table | Text:
        if not self._counts:
            return Text("Counting…")
        style = self.get_component_rich_style
        table = Table.grid(padding=(0, 1), expand=True)
        table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        table.add_column(justify="right")
        for number, (dimension, counter) in enumerate(self._counts.items()):
            if number:
                table.add_row("", "")
            table.add_row(Text(self._titles.get(dimension, dimension), style=style("counts--title")), "")
            ranked = sorted(((n, c) for n, c in counter.items() if n != UNLABELLED),
                            key=lambda item: (-item[1], item[0]))
            for name, count in ranked[:ROWS_PER_DIMENSION]:
                table.add_row(name, f"{count:,}")
            if counter.get(UNLABELLED):
                table.add_row(Text(UNLABELLED, style=style("counts--unlabelled")),
                              Text(f"{counter[UNLABELLED]:,}", style=style("counts--unlabelled")))
        return table
