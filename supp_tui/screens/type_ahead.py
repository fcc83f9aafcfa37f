"""Dialogs whose text field takes keys typed before it had focus."""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.screen import ModalScreen
from textual.widgets import Input

ResultType = TypeVar("ResultType")


class TypeAheadScreen(ModalScreen[ResultType]):
    """A dialog whose AUTO_FOCUS input must not lose keys typed right after it opens."""

    def on_key(self, event: events.Key) -> None:
        """Printable keys that arrive before the input has focus go into it."""
        if not self.AUTO_FOCUS:
            return
        field = self.query_one(self.AUTO_FOCUS, Input)
        if event.is_printable and event.character and self.focused is not field:
            field.focus()
            field.insert_text_at_cursor(event.character)
            event.stop()
