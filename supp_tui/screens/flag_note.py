"""Ask for the short note a theme flag carries."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from supp_tui.screens.type_ahead import TypeAheadScreen


class FlagNoteScreen(TypeAheadScreen[str | None]):
    """One line for the note; Enter dismisses with it, Esc with None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="flag_note.cancel"),
    ]

    AUTO_FOCUS = "#flag-note"

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def compose(self) -> ComposeResult:
        with Vertical(id="flag-dialog", classes="dialog"):
            yield Label(f"Flag {self.key}", classes="dialog-title")
            yield Input(placeholder="possible new theme: certificate expiry", id="flag-note",
                        compact=True, select_on_focus=False)
            yield Label("Enter flags it for every labeller sharing the journal; Esc cancels",
                        id="flag-message", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            message = self.query_one("#flag-message", Label)
            message.update("Type a short note, or Esc to cancel.")
            message.add_class("-error")
            return
        self.dismiss(event.value)
