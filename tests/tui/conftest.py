"""Fixtures for the app tests: the hand-written board of tui_board.py and the app built on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_board import build_app, write_board

from supp_tui.app import LabelApp


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path, monkeypatch):
    """Run from an empty folder, so no ./labels.toml of the developer's is picked up."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def board(tmp_path) -> Path:
    return write_board(tmp_path)


@pytest.fixture
def app(board) -> LabelApp:
    return build_app(board)
