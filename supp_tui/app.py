"""The labelling app and the one factory (`make_app`) the CLI and the tests build it with."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

from analysis.framework import Framework, find_framework, load_framework
from analysis.jira import Export, read_export
from analysis.journal import LabelJournal, board_journal, open_journal
from analysis.metrics import board_framework
from supp_tui.keys import APP_RESERVED_KEYS
from supp_tui.labelling import LabelSession
from supp_tui.screens.label_screen import LabelScreen


class LabelApp(App[None]):
    """Step through a board's tickets and label them; see LabelScreen for the keys."""

    CSS_PATH = "app.tcss"
    TITLE = "supp-tui label"

    def __init__(self, session: LabelSession, exports: Sequence[Path],
                 warnings: Sequence[str] = ()) -> None:
        super().__init__()
        self.session = session
        self.exports = list(exports)
        self.startup_warnings = tuple(warnings)

    def on_mount(self) -> None:
        self.push_screen(LabelScreen(self.session, self.exports))
        for warning in self.startup_warnings:
            self.notify(warning, severity="warning", timeout=10)

    def on_unmount(self) -> None:
        self.session.journal.close()

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
    monotonic: Callable[[], float] = time.monotonic, durable: bool = True,
) -> LabelApp:
    """Open the board and its journal, raising InputError for any bad input before the app exists.

    The same steps as `analysis.metrics.open_board`, except that the journal is replayed once,
    by the LabelJournal that will append to it; a new journal is created only once the board
    has been read.

    `clock` stamps journal lines (None = now) and `monotonic` drives the rate shown; tests
    inject both so nothing on screen depends on the time.
    """
    paths = [Path(p) for p in exports]
    framework_path = find_framework(paths, Path(framework) if framework else None)
    loaded_framework = board_framework(
        load_framework(framework_path, reserved_keys=APP_RESERVED_KEYS), team_field)
    location = board_journal(paths, journal)
    open_label_journal = partial(open_journal, location.path, by=by, clock=clock,
                                 durable=durable)
    if not location.path.exists():  # read the board first, so a refused board leaves no journal
        export = read_export(paths, loaded_framework, team_field)
        label_journal = open_label_journal()
    else:
        export, label_journal = _read_together(paths, loaded_framework, team_field,
                                               open_label_journal)
    session = LabelSession(export.tickets, loaded_framework, label_journal, monotonic)
    return LabelApp(session, paths, warnings=(*export.warnings, *location.warnings,
                                              *label_journal.warnings))


def _read_together(paths: Sequence[Path], framework: Framework, team_field: str | None,
                   open_label_journal: Callable[[], LabelJournal]) -> tuple[Export, LabelJournal]:
    """Read the export while an existing journal replays, closing the journal on any error."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        reading = pool.submit(read_export, paths, framework, team_field)
        try:
            label_journal = open_label_journal()
        except BaseException:
            reading.cancel()
            raise
        try:
            return reading.result(), label_journal
        except BaseException:
            label_journal.close()
            raise
