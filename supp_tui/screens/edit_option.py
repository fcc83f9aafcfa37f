"""Rename or remove an option from the app (F2 / F8 in a picker), written to labels.toml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from analysis.errors import InputError
from analysis.framework import Framework, Option, remove_option, rename_option
from supp_tui.keys import APP_RESERVED_KEYS, label_bindings, replace_label_bindings
from supp_tui.screens.board_screen import BoardScreen
from supp_tui.widgets.dimensions_panel import DimensionsPanel

EXAMPLE_KEYS = 5


class RenameOptionScreen(ModalScreen[str | None]):
    """The option's new name; Enter renames, Esc keeps it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="rename_option.cancel"),
    ]
    AUTO_FOCUS = "#rename-option-name"

    def __init__(self, title: str, option: Option) -> None:
        super().__init__()
        self.title_text, self.option = title, option

    def compose(self) -> ComposeResult:
        with Vertical(id="rename-option-dialog", classes="dialog"):
            yield Label(f"Rename “{self.option.name}” ({self.title_text})", classes="dialog-title")
            yield Input(self.option.name, id="rename-option-name", compact=True)
            yield Label("The old name and id stay as aliases, so existing labels keep their "
                        "meaning. Enter renames · Esc cancels", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)


class RemoveOptionScreen(ModalScreen[bool]):
    """Say which tickets use the option; `y` removes it, Esc or `n` keeps it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss(True)", "Remove", id="remove_option.remove"),
        Binding("escape,n", "dismiss(False)", "Keep", id="remove_option.keep"),
    ]

    def __init__(self, title: str, option: Option, keys: list[str]) -> None:
        super().__init__()
        self.title_text, self.option, self.keys = title, option, keys

    def compose(self) -> ComposeResult:
        with Vertical(id="remove-option-dialog", classes="dialog"):
            yield Label(f"Remove “{self.option.name}” from {self.title_text}?",
                        classes="dialog-title")
            yield Label(uses_sentence(self.keys), id="remove-option-uses")
            yield Label("y removes it from labels.toml · Esc keeps it", classes="dialog-hint")


def uses_sentence(keys: list[str]) -> str:
    """How many of the board's tickets have the option now, with examples."""
    if not keys:
        return "No ticket of this board has it."
    shown = ", ".join(keys[:EXAMPLE_KEYS]) + (" …" if len(keys) > EXAMPLE_KEYS else "")
    many = len(keys) != 1
    return (f"{len(keys):,} ticket{'s' * many} of this board {'have' if many else 'has'} it "
            f"({shown}); "
            f"they show its id until labelled again. Renaming (F2) keeps them instead.")


def edit_option(screen: BoardScreen, dimension_id: str, option_id: str, edit: str) -> None:
    """Open the rename ("rename") or remove dialog for an option chosen in a picker."""
    dimension = screen.session.framework.dimension(dimension_id)
    option = dimension.option(option_id)
    if edit == "rename":
        screen.app.push_screen(
            RenameOptionScreen(dimension.title, option),
            lambda name: _rename(screen, dimension_id, option, name) if name else None)
    else:
        keys = screen.session.journal.keys_with(dimension_id, option_id)
        screen.app.push_screen(
            RemoveOptionScreen(dimension.title, option, keys),
            lambda yes: _remove(screen, dimension_id, option) if yes else None)


def _rename(screen: BoardScreen, dimension_id: str, option: Option, name: str) -> None:
    done = _change(screen, lambda path: rename_option(
        path, dimension_id, option.id, name, APP_RESERVED_KEYS)[1])
    if done:
        screen.notify(f"Renamed “{option.name}” to “{name}”; the old name stays an alias.")


def _remove(screen: BoardScreen, dimension_id: str, option: Option) -> None:
    done = _change(screen, lambda path: remove_option(
        path, dimension_id, option.id, APP_RESERVED_KEYS)[1])
    if done:
        screen.notify(f"Removed “{option.name}” from labels.toml.")


def _change(screen: BoardScreen, edit: Callable[[Path], Framework]) -> bool:
    """Write the change to labels.toml, then redraw with the new framework and keys."""
    session = screen.session
    try:
        copied = session.edit_framework(edit, screen.exports[0])
    except InputError as error:
        screen.notify(str(error), severity="error", timeout=10)
        return False
    if copied is not None:
        screen.notify(f"Copied the built-in labels.toml to {copied} to change it.")
    screen.framework = session.framework
    replace_label_bindings(screen, label_bindings(session.framework))
    screen.app.call_later(_redraw, screen)
    return True


async def _redraw(screen: BoardScreen) -> None:
    await screen.query_one(DimensionsPanel).use_framework(screen.session.framework)
    screen.show_ticket()
