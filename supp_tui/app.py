"""The labelling app and the one factory (`make_app`) the CLI and the tests build it with."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from textual import events
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import Screen

from analysis.errors import InputError
from analysis.framework import find_framework, load_framework
from analysis.jira import export_paths
from analysis.journal import board_journal, open_journal
from analysis.metrics import board_framework
from supp_tui.keys import APP_RESERVED_KEYS
from supp_tui.labelling import BoardLoader, LabelSession, LoadedBoard
from supp_tui.screens.label_screen import LabelScreen
from supp_tui.screens.too_small import TooSmallScreen, too_small


class LabelApp(App[None]):
    """Step through a board's tickets and label them; see LabelScreen for the keys.

    The screen paints at once and the board loads in a worker: its first ticket is shown as
    soon as it is read, the whole board when it is. A board refused then ends the app with
    exit code 2 and `load_error` set, for the command to report.
    """

    CSS_PATH = "app.tcss"
    TITLE = "supp-tui label"

    class Preview(Message):
        """The board's first ticket, read before the rest of the board."""

        def __init__(self, ticket: dict[str, Any]) -> None:
            super().__init__()
            self.ticket = ticket

    class Loaded(Message):
        """The whole board and its journal are open."""

        def __init__(self, board: LoadedBoard) -> None:
            super().__init__()
            self.board = board

    class Failed(Message):
        """The board or its journal was refused."""

        def __init__(self, error: InputError) -> None:
            super().__init__()
            self.error = error

    def __init__(self, loader: BoardLoader) -> None:
        super().__init__()
        self.loader = loader
        self.exports = list(loader.paths)
        self.load_error: InputError | None = None
        self._session: LabelSession | None = None
        self._pending: list[tuple[str, DOMNode]] = []

    @property
    def session(self) -> LabelSession:
        """The labelling session, once the board is loaded."""
        if self._session is None:
            raise RuntimeError("the board is still loading")
        return self._session

    def on_mount(self) -> None:
        self.set_keymap(self.loader.framework.keymap())
        self.push_screen(LabelScreen(self.loader.framework, self.exports))
        self.fit_size(self.size.width, self.size.height)
        self.run_worker(self._load, thread=True, exclusive=True, name="board-load")

    def on_resize(self, event: events.Resize) -> None:
        self.fit_size(event.size.width, event.size.height)

    def fit_size(self, width: int, height: int) -> None:
        """Below the smallest size the app lays out, say so instead of drawing a cut-off screen;
        take the message away once the terminal is big enough."""
        showing = isinstance(self.screen, TooSmallScreen)
        if too_small(width, height) and not showing:
            self.push_screen(TooSmallScreen())
        elif showing and not too_small(width, height):
            self.pop_screen()

    def _load(self) -> None:
        try:
            board = self.loader.load(self._preview)
        except InputError as error:
            self.post_message(self.Failed(error))
            return
        self.post_message(self.Loaded(board))

    def _preview(self, ticket: dict[str, Any]) -> None:
        self.post_message(self.Preview(ticket))

    def on_label_app_preview(self, message: Preview) -> None:
        screen = self.screen
        if isinstance(screen, LabelScreen) and self._session is None:
            screen.show_preview(message.ticket)

    async def on_label_app_loaded(self, message: Loaded) -> None:
        self._session = message.board.session
        for screen in self.screen_stack:
            if isinstance(screen, LabelScreen):
                screen.calibration = {k: n for n, k in enumerate(message.board.calibration)}
                screen.attach(self._session)
        for warning in message.board.warnings:
            self.notify(warning, severity="warning", timeout=10)
        pending, self._pending = self._pending, []
        for action, namespace in pending:
            await super().run_action(action, namespace)

    async def run_action(self, action: str | ActionParseResult,
                         default_namespace: DOMNode | None = None,
                         namespaces: Mapping[str, DOMNode] | None = None) -> bool:
        """Keep the labelling screen's keys pressed while the board loads, in order, and run
        them once it is in: no keystroke is lost."""
        if (self._session is None and self.load_error is None and isinstance(action, str)
                and isinstance(default_namespace, LabelScreen) and not namespaces
                and not action.startswith(("app.", "help"))):
            self._pending.append((action, default_namespace))
            return True
        return await super().run_action(action, default_namespace, namespaces)

    def on_label_app_failed(self, message: Failed) -> None:
        self.load_error = message.error
        self.exit(return_code=2)

    def on_unmount(self) -> None:
        if self._session is not None:
            self._session.journal.close()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette (ctrl+p) lists the labelling screen's commands by name."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, LabelScreen):
            for binding in screen.commands():
                yield SystemCommand(binding.description, binding.tooltip,
                                    partial(screen.run_action, binding.action))


def make_app(
    exports: Sequence[str | Path], framework: str | Path | None = None,
    journal: str | Path | None = None, team_field: str | None = None, by: str | None = None,
    *, clock: Callable[[], datetime | None] = lambda: None,
    monotonic: Callable[[], float] = time.monotonic, durable: bool = True, cache: bool = True,
    calibrate: float = 0.0,
) -> LabelApp:
    """Check the exports and the framework and replay an existing journal, raising InputError
    before the app exists; the app reads the board (then creates a new journal) once it shows.

    `clock` stamps journal lines (None = now) and `monotonic` drives the rate shown; tests
    inject both so nothing on screen depends on the time; `cache` False reads the board
    afresh instead of from the parse cache. `calibrate` is the share of the board in the
    shared calibration sample, shown first.
    """
    paths = [Path(p) for p in exports]
    export_paths(list(paths))
    framework_path = find_framework(paths, Path(framework) if framework else None)
    loaded_framework = board_framework(
        load_framework(framework_path, reserved_keys=APP_RESERVED_KEYS), team_field)
    location = board_journal(paths, journal)
    open_label_journal = partial(open_journal, location.path, by=by, clock=clock,
                                 durable=durable)
    existing = open_label_journal() if location.path.exists() else None
    return LabelApp(BoardLoader(tuple(paths), loaded_framework, team_field, existing,
                                open_label_journal, monotonic, tuple(location.warnings),
                                cache, calibrate))
