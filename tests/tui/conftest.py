"""Fixtures for the app tests: the hand-written board of tui_board.py and the app built on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_board import build_app, write_board

from supp_tui.app import LabelApp


@pytest.fixture
def board(tmp_path) -> Path:
    return write_board(tmp_path)


@pytest.fixture
def app(board) -> LabelApp:
    return build_app(board)
