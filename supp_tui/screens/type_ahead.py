"""Dialogs whose text field takes keys typed before it had focus."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class TypeAhead:
    """Mixin for a screen whose AUTO_FOCUS input must not lose keys typed right after opening."""

    AUTO_FOCUS: str

    def on_key(self, event: events.Key) -> None:
        """Printable keys that arrive before the input has focus go into it."""
        field = self.query_one(self.AUTO_FOCUS, Input)
        if event.is_printable and event.character and self.focused is not field:
            field.focus()
            field.insert_text_at_cursor(event.character)
            event.stop()
