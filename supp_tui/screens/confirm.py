"""A yes/no question before an action that changes many tickets."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


class ConfirmScreen(ModalScreen[bool]):
    """Enter or y answers yes; Esc or n answers no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,y", "dismiss(True)", "Yes", id="confirm.yes", priority=True),
        Binding("escape,n", "dismiss(False)", "No", id="confirm.no", priority=True),
    ]

    def __init__(self, question: str, hint: str = "Enter or y: yes   Esc or n: no") -> None:
        super().__init__()
        self.question = question
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Label(self.question, classes="dialog-title", id="confirm-question")
            yield Label(self.hint, classes="dialog-hint")
