"""Add a new option to a dimension on the spot; it is written to labels.toml and usable at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from analysis.framework import Framework

# (dimension id, name, hotkey or None) -> an error sentence, or None once the option was added.
AddOption = Callable[[str, str, str | None], str | None]


class AddOptionScreen(ModalScreen[str | None]):
    """Dimension (at first the one in focus), name and an optional one-character hotkey;
    dismissed with the dimension id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="add_option.cancel"),
        Binding("enter", "add", "Add", id="add_option.add", priority=True),
        Binding("down", "cycle(1)", "Next dimension", show=False, id="add_option.next"),
        Binding("up", "cycle(-1)", "Previous dimension", show=False, id="add_option.previous"),
    ]

    def __init__(self, framework: Framework, add: AddOption, dimension_id: str | None = None,
                 name: str = "", free_key: Callable[[], str | None] = lambda: None) -> None:
        super().__init__()
        self.framework = framework
        self._add = add
        self._dimension_id = dimension_id or framework.dimensions[0].id
        self._initial_name = name
        self._free_key = free_key

    def compose(self) -> ComposeResult:
        with Vertical(id="add-option-dialog", classes="dialog"):
            yield Label("Add an option", classes="dialog-title")
            choices = [(d.title, d.id) for d in self.framework.dimensions]
            yield Select(choices, value=self._dimension_id, allow_blank=False,
                         id="add-option-dimension", compact=True)
            yield Label("the dimension in focus; ↑↓ change it (or Tab to the list)",
                        id="add-option-dimension-hint", classes="dialog-hint")
            yield Label("Name", classes="field-label")
            yield Input(self._initial_name, id="add-option-name", compact=True)
            yield Label("Hotkey (one key; optional if the dimension has a picker key)",
                        classes="field-label")
            yield Input(placeholder="none", max_length=1,
                        id="add-option-hotkey", compact=True)
            yield Label("Enter adds it and applies it to this ticket; Esc cancels",
                        id="add-option-message", classes="dialog-hint")

    def on_mount(self) -> None:
        self._follow_dimension()
        self.query_one("#add-option-name", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._follow_dimension()

    def _follow_dimension(self) -> None:
        """Give the name an example from the chosen dimension, and offer a free hotkey when the
        dimension has no picker key to reach a new option by."""
        chosen = self.query_one("#add-option-dimension", Select).value
        dimension = self.framework.dimension(str(chosen))
        self.query_one("#add-option-name", Input).placeholder = (
            f"e.g. {dimension.options[0].name}" if dimension.options else "a name")
        hotkey = self.query_one("#add-option-hotkey", Input)
        if not dimension.key and not hotkey.value:
            hotkey.value = self._free_key() or ""

    def action_cycle(self, step: int) -> None:
        """Choose the next or previous dimension while typing the name or the hotkey."""
        select = self.query_one("#add-option-dimension", Select)
        ids = list(self.framework.dimension_ids)
        select.value = ids[(ids.index(str(select.value)) + step) % len(ids)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "add":
            return not self.query_one("#add-option-dimension", Select).expanded
        return True

    def action_add(self) -> None:
        dimension_id = str(self.query_one("#add-option-dimension", Select).value)
        name = self.query_one("#add-option-name", Input).value.strip()
        hotkey = self.query_one("#add-option-hotkey", Input).value.strip() or None
        message = self.query_one("#add-option-message", Label)
        dimension = self.framework.dimension(dimension_id)
        error = None
        if not name:
            error = "Type a name for the new option."
        elif not dimension.key and not hotkey:
            error = f"{dimension.title} has no picker key, so give the option a hotkey."
        else:
            error = self._add(dimension_id, name, hotkey)
        if error:
            message.update(error)
            message.add_class("-error")
            return
        self.dismiss(dimension_id)
