"""Ask before a typed name becomes a new option, offering the nearest existing names."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from analysis.framework import Dimension
from supp_tui.labelling import nearest_options

# What the dialog returns: ADD, an existing option id, or None to go back and edit.
ADD = "+add"


class ConfirmOptionScreen(ModalScreen[str | None]):
    """`y` adds the name; 1-3 (or Enter for the first) choose a near existing option."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss('+add')", "Add", id="confirm_option.add"),
        Binding("escape,n", "dismiss(None)", "Back", id="confirm_option.back"),
        Binding("enter", "choose(0)", "First near name", show=False, id="confirm_option.first"),
        Binding("1", "choose(0)", show=False, id="confirm_option.near_1"),
        Binding("2", "choose(1)", show=False, id="confirm_option.near_2"),
        Binding("3", "choose(2)", show=False, id="confirm_option.near_3"),
    ]

    def __init__(self, dimension: Dimension, name: str) -> None:
        super().__init__()
        self.dimension = dimension
        self.name_typed = name
        self.near = nearest_options(dimension, name)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-option-dialog", classes="dialog"):
            yield Label(f"Add “{self.name_typed}” to {self.dimension.title}?",
                        classes="dialog-title")
            yield Label("A new option is saved in labels.toml for every ticket.")
            if self.near:
                yield Label("Did you mean:")
                for number, option in enumerate(self.near, 1):
                    yield Label(f"  {number}  {option.name}", classes="near-option")
                hint = "1-3 or Enter choose that option · y adds the new one · Esc goes back"
            else:
                yield Label("No existing option is close to it.")
                hint = "y adds it · Esc goes back to edit"
            yield Label(hint, classes="dialog-hint")

    def action_choose(self, index: int) -> None:
        if index < len(self.near):
            self.dismiss(self.near[index].id)
