"""Shared fixtures: keep the developer's home and config out of every test, and give every test
folder the same snapshot files."""

from __future__ import annotations

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point HOME and XDG dirs at a temporary folder so no user config leaks into a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("SUPP_TUI_FRAMEWORK", raising=False)
    return home


class MarkdownSnapshot(SingleFileSnapshotExtension):
    """Each snapshot is a plain .md file in __snapshots__/<test module>/ beside the test."""

    _write_mode = WriteMode.TEXT
    _file_extension = "md"


class TextSnapshot(MarkdownSnapshot):
    """Each snapshot is a plain .txt file in __snapshots__/<test module>/ beside the test."""

    _file_extension = "txt"


@pytest.fixture
def md_snapshot(snapshot):
    """A syrupy snapshot kept as one readable .md file per test."""
    return snapshot.use_extension(MarkdownSnapshot)


@pytest.fixture
def text_snapshot(snapshot):
    """A syrupy snapshot kept as one readable .txt file per test."""
    return snapshot.use_extension(TextSnapshot)
