"""The flagged tickets, grouped by similar notes, each group ready to become an option.

| Key   | Action                                                   |
|-------|----------------------------------------------------------|
| Enter | promote the group: a new (or existing) option for them    |
| x     | clear the group's flags (one undo step, `u` back on the ticket view) |
| Esc   | back to the ticket view                                  |
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from analysis.framework import Framework
from analysis.journal import FlagGroup
from supp_tui.screens.promote import PromoteScreen

KEYS_SHOWN = 4

# (group, dimension id, option name) -> an error sentence, or None once it was promoted.
PromoteGroup = Callable[[FlagGroup, str, str], str | None]
ClearGroup = Callable[[FlagGroup], None]


def group_row(group: FlagGroup) -> tuple[str, str, str, str]:
    """(tickets, theme, keys, notes) of a group as the table shows it."""
    keys = ", ".join(group.keys[:KEYS_SHOWN])
    more = f" +{group.count - KEYS_SHOWN}" if group.count > KEYS_SHOWN else ""
    return str(group.count), group.name(), keys + more, " · ".join(group.notes)


class FlagsScreen(Screen[None]):
    """Every open flag of the journal in groups of alike notes, biggest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "promote", "Promote", key_display="⏎", id="flags.promote",
                priority=True, tooltip="Make the group an option and label its tickets"),
        Binding("x", "clear", "Clear flags", id="flags.clear", priority=True,
                tooltip="Take the group's flags off its tickets: not a theme after all"),
        Binding("escape", "back", "Back", id="flags.back", priority=True,
                tooltip="Back to the ticket view"),
    ]

    def __init__(self, groups: Callable[[], list[FlagGroup]], framework: Callable[[], Framework],
                 promote: PromoteGroup, clear: ClearGroup) -> None:
        super().__init__()
        self._clear = clear
        self._groups = groups
        self._framework = framework
        self._promote = promote
        self.shown: list[FlagGroup] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="flags-body"):
            yield Label("", id="flags-title", classes="dialog-title")
            yield DataTable(id="flags-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Tickets", "Theme", "Keys", "Notes")
        self.refresh_groups()
        table.focus()

    def refresh_groups(self) -> None:
        """Group the open flags again and redraw the table."""
        self.shown = self._groups()
        table = self.query_one(DataTable)
        table.clear()
        for group in self.shown:
            table.add_row(*group_row(group))
        flags = sum(len(group.flags) for group in self.shown)
        self.query_one("#flags-title", Label).update(
            f"Theme flags: {flags} on {sum(g.count for g in self.shown)} tickets in "
            f"{len(self.shown)} group{'s' * (len(self.shown) != 1)}" if self.shown else
            "No open theme flags: press ! on a ticket to flag it with a note.")

    def group_at_cursor(self) -> FlagGroup | None:
        """The group of the table's highlighted row."""
        if not self.shown:
            return None
        return self.shown[min(self.query_one(DataTable).cursor_row, len(self.shown) - 1)]

    def action_clear(self) -> None:
        group = self.group_at_cursor()
        if group is not None:
            self._clear(group)
            self.refresh_groups()

    def action_promote(self) -> None:
        group = self.group_at_cursor()
        if group is None:
            return
        self.app.push_screen(
            PromoteScreen(self._framework(), lambda dimension, name: self._promote(
                group, dimension, name), group.name(), group.count),
            lambda promoted: self.refresh_groups() if promoted else None)

    def action_back(self) -> None:
        self.dismiss(None)
