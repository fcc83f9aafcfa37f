"""Type-to-filter picker for a dimension with many options, likeliest values first; it opens as a
side panel over the labels, so the ticket stays in view (see app.tcss)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from analysis.framework import Dimension
from supp_tui.labelling import is_exact, rank_options
from supp_tui.screens.confirm_option import ADD, ConfirmOptionScreen
from supp_tui.screens.type_ahead import TypeAheadScreen

NEW_PREFIX = "+new:"


@dataclass(frozen=True)
class PickerChoice:
    """What the picker returns: an existing option id, or the name of an option to add."""

    option_id: str | None = None
    new_name: str | None = None
    edit: str | None = None  # "rename" or "remove" the option instead of choosing it


class PickerScreen(TypeAheadScreen[PickerChoice | None]):
    """Type to narrow the options; Enter picks the highlighted one (or toggles it off)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="picker.cancel"),
        Binding("down", "cursor(1)", "Next", show=False, id="picker.down"),
        Binding("up", "cursor(-1)", "Previous", show=False, id="picker.up"),
        Binding("pagedown", "cursor(10)", show=False, id="picker.page_down"),
        Binding("pageup", "cursor(-10)", show=False, id="picker.page_up"),
        Binding("f2", "edit('rename')", "Rename option", id="picker.rename"),
        Binding("f8", "edit('remove')", "Remove option", id="picker.remove"),
    ]

    def __init__(self, dimension: Dimension, ranked: list[tuple[str, str]],
                 current: tuple[str, ...], allow_new: bool = True) -> None:
        super().__init__()
        self.dimension = dimension
        self.ranked = ranked
        self.current = current
        self.allow_new = allow_new
        self._options = {o.id: o for o in dimension.options}

    AUTO_FOCUS = "#picker-filter"
    # Columns the side panel takes, when the opener wants it to cover its right-hand panels
    # exactly; None leaves app.tcss's share of the screen.
    panel_width: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog", classes="dialog"):
            yield Label(f"{self.dimension.title}: type to filter, Enter to choose",
                        classes="dialog-title")
            yield Input(placeholder="type to filter…", id="picker-filter", compact=True,
                        select_on_focus=False)
            yield OptionList(id="picker-options", compact=True)
            yield Label("✓ = current value; choosing it again removes it. F2 renames, F8 "
                        "removes the highlighted option. Esc cancels.", classes="dialog-hint")

    def on_mount(self) -> None:
        if self.panel_width is not None:
            self.query_one("#picker-dialog").styles.width = self.panel_width
        self.refill("")

    def refill(self, typed: str) -> None:
        """Show the options matching the typed text, in ranked order."""
        reasons = dict(self.ranked)
        options: list[Option] = []
        for option_id in rank_options(self.dimension, typed, list(reasons)):
            prompt = Text("✓ " if option_id in self.current else "  ")
            prompt.append(self._options[option_id].name)
            if reasons.get(option_id):
                prompt.append(f"  {reasons[option_id]}", style="dim")
            options.append(Option(prompt, id=option_id))
        exact = is_exact(self.dimension, typed)
        if self.allow_new and typed.strip() and not exact:
            options.append(Option(Text(f"+ add “{typed.strip()}” as a new option", style="italic"),
                                  id=NEW_PREFIX + typed.strip()))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        if options:
            option_list.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        option_list = self.query_one(OptionList)
        if option_list.highlighted is not None:
            self.choose(option_list.get_option_at_index(option_list.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.choose(event.option.id)

    def choose(self, option_id: str | None) -> None:
        if option_id is None:
            return
        if option_id.startswith(NEW_PREFIX):
            name = option_id[len(NEW_PREFIX):]
            self.app.push_screen(ConfirmOptionScreen(self.dimension, name),
                                 lambda answer: self._confirmed(name, answer))
        else:
            self.dismiss(PickerChoice(option_id=option_id))

    def _confirmed(self, name: str, answer: str | None) -> None:
        """Add the name, take the near option chosen instead, or stay to edit the text."""
        if answer == ADD:
            self.dismiss(PickerChoice(new_name=name))
        elif answer is not None:
            self.dismiss(PickerChoice(option_id=answer))

    def action_edit(self, edit: str) -> None:
        """Rename or remove the highlighted option (not the line that adds a new one)."""
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        option_id = option_list.get_option_at_index(option_list.highlighted).id
        if option_id and not option_id.startswith(NEW_PREFIX):
            self.dismiss(PickerChoice(option_id=option_id, edit=edit))

    def action_cursor(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        if option_list.option_count:
            current = option_list.highlighted or 0
            option_list.highlighted = max(0, min(option_list.option_count - 1, current + step))
