"""Fixtures for the app tests: the hand-written board of tui_board.py, the app built on it the
way the CLI builds it, its journal, and `settle`, which lets a Pilot-driven app finish its
background work."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import tui_board
from textual.pilot import Pilot
from textual.widgets import Input

from supp_tui.app import LabelApp

AppFactory = Callable[..., LabelApp]
Settle = Callable[[Pilot[Any]], Awaitable[None]]


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder, so no ./labels.toml of the developer's is picked up."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def board(tmp_path: Path) -> Path:
    """The eight-ticket export, with a copy of the default labels.toml beside it."""
    return tui_board.write_board(tmp_path)


@pytest.fixture
def build_app(board: Path) -> AppFactory:
    """Builds the app as `supp-tui label` does, on `board` unless given another export, with
    time sources that never move; keyword arguments go to make_app."""

    def build(export: Path | None = None, **kwargs: Any) -> LabelApp:
        return tui_board.build_app(export or board, **kwargs)

    return build


@pytest.fixture
def app(build_app: AppFactory) -> LabelApp:
    """The app on the eight-ticket board."""
    return build_app()


@pytest.fixture
def journal_lines(board: Path) -> Callable[[], list[list[str]]]:
    """Reads the data lines of the board's journal, parsed."""
    return lambda: tui_board.journal_lines(board)


async def settle_app(pilot: Pilot[Any]) -> None:
    """Wait until no worker is left (a worker's message may start another: the chart board,
    then the chart) and every message is handled; stop input cursors blinking."""
    app = pilot.app
    await pilot.pause()
    while any(not worker.is_finished for worker in app.workers) or _indexing(app):
        await app.workers.wait_for_complete()
        await pilot.pause()
    for field in app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def _indexing(app: Any) -> bool:
    """Whether the board is loaded but its index not yet attached (its worker starts after the
    first ticket is drawn)."""
    session = getattr(app, "_session", None)
    return session is not None and session.index is None


@pytest.fixture
def settle() -> Settle:
    """`await settle(pilot)`: the app's background work done and its messages handled."""
    return settle_app
