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

from analysis.framework import Dimension, normalise_label
from supp_tui.screens.type_ahead import TypeAheadScreen

NEW_PREFIX = "+new:"


@dataclass(frozen=True)
class PickerChoice:
    """What the picker returns: an existing option id, or the name of an option to add."""

    option_id: str | None = None
    new_name: str | None = None


class PickerScreen(TypeAheadScreen[PickerChoice | None]):
    """Type to narrow the options; Enter picks the highlighted one (or toggles it off)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="picker.cancel"),
        Binding("down", "cursor(1)", "Next", show=False, id="picker.down"),
        Binding("up", "cursor(-1)", "Previous", show=False, id="picker.up"),
        Binding("pagedown", "cursor(10)", show=False, id="picker.page_down"),
        Binding("pageup", "cursor(-10)", show=False, id="picker.page_up"),
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
            yield Label("✓ = current value; choosing it again removes it. Esc cancels.",
                        classes="dialog-hint")

    def on_mount(self) -> None:
        if self.panel_width is not None:
            self.query_one("#picker-dialog").styles.width = self.panel_width
        self.refill("")

    def refill(self, typed: str) -> None:
        """Show the options matching the typed text, in ranked order."""
        needle = normalise_label(typed)
        options: list[Option] = []
        exact = False
        for option_id, reason in self.ranked:
            option = self._options.get(option_id)
            if option is None:
                continue
            spellings = [normalise_label(s) for s in option.spellings()]
            if needle and not any(needle in s for s in spellings):
                continue
            exact = exact or needle in spellings
            prompt = Text("✓ " if option_id in self.current else "  ")
            prompt.append(option.name)
            if reason:
                prompt.append(f"  {reason}", style="dim")
            options.append(Option(prompt, id=option_id))
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
            self.dismiss(PickerChoice(new_name=option_id[len(NEW_PREFIX):]))
        else:
            self.dismiss(PickerChoice(option_id=option_id))

    def action_cursor(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        if option_list.option_count:
            current = option_list.highlighted or 0
            option_list.highlighted = max(0, min(option_list.option_count - 1, current + step))
