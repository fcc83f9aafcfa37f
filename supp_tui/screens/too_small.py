"""What the app shows instead of its screens while the terminal is smaller than it can lay out."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Static

MIN_WIDTH = 70
MIN_HEIGHT = 20


def too_small(width: int, height: int) -> bool:
    """Whether a terminal of this size is below the smallest the app lays out."""
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(ModalScreen[None]):
    """Says the terminal is too small and how big it must be; the app removes it once it fits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "app.quit", "Quit", id="too_small.quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def on_mount(self) -> None:
        self.show_size(self.app.size.width, self.app.size.height)

    def on_resize(self) -> None:
        self.show_size(self.app.size.width, self.app.size.height)

    def show_size(self, width: int, height: int) -> None:
        """Write the message for a terminal of this size."""
        self.query_one("#too-small", Static).update(
            f"Terminal too small ({width}×{height}): supp-tui needs at least "
            f"{MIN_WIDTH}×{MIN_HEIGHT}. Enlarge the window or make its font smaller; "
            "every label so far is saved. q quits.")
