"""Choose which tickets navigation visits: incomplete only, one team, a text."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select

from analysis.metrics import UNLABELLED
from supp_tui.labelling import TicketFilter


class FilterScreen(ModalScreen[TicketFilter | None]):
    """Tab between the fields; Enter applies, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="filter.cancel"),
        Binding("enter", "apply", "Apply", id="filter.apply", priority=True),
    ]

    def __init__(self, current: TicketFilter, teams: list[str], focus_text: bool = False) -> None:
        super().__init__()
        self.current = current
        self.teams = teams
        self.focus_text = focus_text

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Label("Filter tickets", classes="dialog-title")
            yield Input(self.current.text, placeholder="text in key, summary or description",
                        id="filter-text", compact=True)
            yield Checkbox("Incomplete only", self.current.incomplete_only,
                           id="filter-incomplete", compact=True)
            choices = [(team, team) for team in [*self.teams, UNLABELLED]]
            yield Select(choices, prompt="Any team", value=self.current.team or Select.NULL,
                         id="filter-team", compact=True)
            yield Label("Tab moves, Space ticks, Enter applies, Esc cancels",
                        classes="dialog-hint")

    def on_mount(self) -> None:
        """The text field has focus; as a search (`focus_text`), its text is selected, so
        typing replaces it."""
        field = self.query_one("#filter-text", Input)
        field.select_on_focus = self.focus_text
        field.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "apply":
            return not self.query_one("#filter-team", Select).expanded
        return True

    def action_apply(self) -> None:
        team = self.query_one("#filter-team", Select).value
        self.dismiss(TicketFilter(
            incomplete_only=self.query_one("#filter-incomplete", Checkbox).value,
            team=None if team is Select.NULL else str(team),
            text=self.query_one("#filter-text", Input).value.strip(),
        ))
