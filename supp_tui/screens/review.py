"""The review screen: each disagreement with every labeller's values side by side; a digit
records that labeller's values as the resolved label.

| Key | Action |
|---|---|
| 1-9 | resolve with that labeller's values and go on |
| n, right / p, left | next / previous disagreement without deciding |
| u | undo the latest decision |
| q | quit |
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from analysis.framework import Framework
from analysis.journal import LabelJournal, record_resolution
from analysis.metrics import ReviewItem


class ReviewScreen(Screen[None]):
    """Step through the disagreements between the journals and record the reviewer's choice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(n), f"choose({n})", "Choose" if n == 1 else f"Choose {n}", show=n == 1, key_display="1-9",
                  id=f"review.choose_{n}") for n in range(1, 10)),
        Binding("right,n", "step(1)", "Next", id="review.next"),
        Binding("left,p", "step(-1)", "Previous", id="review.previous"),
        Binding("u", "undo", "Undo", id="review.undo"),
        Binding("q", "app.quit", "Quit", id="review.quit"),
    ]

    def __init__(self, items: Sequence[ReviewItem], summaries: dict[str, str],
                 journals: Sequence[Path], framework: Framework, journal: LabelJournal) -> None:
        super().__init__()
        self.items = list(items)
        self.summaries = summaries
        self.journals = list(journals)
        self.framework = framework
        self.journal = journal
        self.position = 0
        self.decided: dict[int, tuple[str, ...]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            yield Static(id="review-where")
            yield Static(id="review-ticket")
            yield Static(id="review-choices")
        yield Footer()

    def on_mount(self) -> None:
        self.show_item()

    @property
    def item(self) -> ReviewItem | None:
        return self.items[self.position] if self.items else None

    def show_item(self) -> None:
        """Draw the current disagreement, or say there is none."""
        item = self.item
        where, ticket, choices = self.query_one("#review-where", Static), \
            self.query_one("#review-ticket", Static), self.query_one("#review-choices", Static)
        if item is None:
            where.update("Nothing to review: the journals agree wherever they overlap.")
            return
        title = self.framework.dimension(item.dimension).title
        where.update(f"review {self.position + 1}/{len(self.items)} · {item.key} · {title}"
                     f" · {len(self.decided)} decided")
        ticket.update(self.summaries.get(item.key, ""))
        lines = []
        for number, (journal, values) in enumerate(item.choices, start=1):
            names = " + ".join(self.framework.option_name(item.dimension, v) for v in values)
            lines.append(f"{number}  {self.journals[journal].name}: {names}")
        chosen = self.decided.get(self.position)
        if chosen is not None:
            names = " + ".join(self.framework.option_name(item.dimension, v) for v in chosen)
            lines.append(f"\nresolved: {names}")
        choices.update("\n".join(lines))

    def action_choose(self, number: int) -> None:
        item = self.item
        if item is None or number > len(item.choices):
            self.app.bell()
            return
        values = item.choices[number - 1][1]
        record_resolution(self.journal, item.key, item.dimension, values, self.journals)
        self.decided[self.position] = values
        if self.position + 1 < len(self.items):
            self.position += 1
        else:
            self.notify("That was the last disagreement.", timeout=3)
        self.show_item()

    def action_step(self, direction: int) -> None:
        position = self.position + direction
        if 0 <= position < len(self.items):
            self.position = position
            self.show_item()

    def action_undo(self) -> None:
        changes = self.journal.undo()
        if not changes:
            self.notify("Nothing to undo.", timeout=2)
            return
        for position, item in enumerate(self.items):
            if (item.key, item.dimension) == (changes[0].key, changes[0].dimension):
                self.decided.pop(position, None)
                self.position = position
        self.show_item()
