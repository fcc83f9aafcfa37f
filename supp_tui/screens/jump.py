"""Ask for a ticket key and go there."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from supp_tui.screens.type_ahead import TypeAheadScreen


class JumpScreen(TypeAheadScreen[str | None]):
    """An input for a key such as SUPP-123 (or just 123); unknown keys are reported in place."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="jump.cancel"),
    ]

    def __init__(self, find_key: Callable[[str], str | None]) -> None:
        super().__init__()
        self._find_key = find_key

    AUTO_FOCUS = "#jump-key"

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-dialog", classes="dialog"):
            yield Label("Jump to ticket", classes="dialog-title")
            yield Input(placeholder="SUPP-123 or 123", id="jump-key", compact=True,
                        select_on_focus=False)
            yield Label("Enter to go, Esc to cancel", id="jump-message", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        key = self._find_key(event.value)
        if key is None:
            message = self.query_one("#jump-message", Label)
            message.update(f"No ticket {event.value.strip()!r} on this board.")
            message.add_class("-error")
            return
        self.dismiss(key)
