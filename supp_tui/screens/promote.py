"""Turn a group of flags into an option: which dimension, and the option's name."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from analysis.framework import Framework

# (dimension id, option name) -> an error sentence, or None once the group was promoted.
Promote = Callable[[str, str], str | None]


class PromoteScreen(ModalScreen[str | None]):
    """Dimension and name (prefilled from the group's notes); dismissed with the dimension id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="promote.cancel"),
        Binding("enter", "promote", "Promote", id="promote.promote", priority=True),
    ]

    def __init__(self, framework: Framework, promote: Promote, name: str, count: int) -> None:
        super().__init__()
        self.framework = framework
        self._promote = promote
        self._name = name
        self._count = count

    def _default_dimension(self) -> str:
        """The first dimension after the team's: a new theme is a kind of problem far more
        often than a new platform team."""
        ids = [d.id for d in self.framework.dimensions]
        others = [i for i in ids if i != self.framework.team.dimension]
        return (others or ids)[0]

    def compose(self) -> ComposeResult:
        with Vertical(id="promote-dialog", classes="dialog"):
            yield Label(f"Promote {self._count} flagged ticket{'s' * (self._count != 1)} "
                        f"to an option", classes="dialog-title")
            choices = [(d.title, d.id) for d in self.framework.dimensions]
            yield Select(choices, value=self._default_dimension(), allow_blank=False,
                         id="promote-dimension", compact=True)
            yield Label("Option name (an existing one is reused)", classes="field-label")
            yield Input(self._name, id="promote-name", compact=True)
            yield Label("Enter adds it, labels the tickets (one undo step) and clears their "
                        "flags; Esc cancels", id="promote-message", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#promote-name", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "promote":
            return not self.query_one("#promote-dimension", Select).expanded
        return True

    def action_promote(self) -> None:
        dimension_id = str(self.query_one("#promote-dimension", Select).value)
        name = self.query_one("#promote-name", Input).value.strip()
        error = self._promote(dimension_id, name) if name else "Type a name for the option."
        if error:
            message = self.query_one("#promote-message", Label)
            message.update(error)
            message.add_class("-error")
            return
        self.dismiss(dimension_id)
