"""Every key of the labelling screen, listed from its live bindings (so it never goes stale)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from supp_tui.keys import remapped

LABEL_GROUP = "Labels"
KEY_GROUP = "Keys"


def binding_rows(app: App[Any], bindings: Iterable[BindingType],
                 scrolling: str = "Scroll the ticket",
                 keymap: Mapping[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(group, keys, description) for each action of the bindings, with the keys `keymap`
    (labels.toml's [keys]) moves them to, keys of one action joined; label keys (ids
    `label.*`, `pick.*`) form their own group."""
    keys: dict[tuple[str, str], list[str]] = {}
    for binding in remapped(bindings, keymap or {}):
        if not binding.description:
            continue
        label = (binding.id or "").startswith(("label.", "pick."))
        group = LABEL_GROUP if label else KEY_GROUP
        description = binding.tooltip if label and binding.tooltip else binding.description
        entry = keys.setdefault((group, description), [])
        shown = app.get_key_display(binding)
        if shown not in entry:
            entry.append(shown)
    rows = [(group, " ".join(shown), text) for (group, text), shown in keys.items()]
    rows.append((KEY_GROUP, "↑ ↓ PgUp PgDn Home End", scrolling))
    rows.append((KEY_GROUP, "ctrl+p", "Command palette: every command by name"))
    return sorted(rows, key=lambda row: row[0] == LABEL_GROUP)


class HelpScreen(ModalScreen[None]):
    """The app's keys, then the label keys from labels.toml; any of Esc, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,f1", "dismiss(None)", "Close", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label("Help: every key", classes="dialog-title")
            with VerticalScroll(id="help-body"):
                for group in (KEY_GROUP, LABEL_GROUP):
                    table = Table.grid(padding=(0, 2))
                    table.add_column(style="bold", no_wrap=True, min_width=8)
                    table.add_column()
                    table.add_row(Text(group, style="underline"), "")
                    for row_group, keys, description in self.rows:
                        if row_group == group:
                            table.add_row(keys, description)
                    yield Static(table)
            yield Label("↑↓ scroll, Esc closes", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
