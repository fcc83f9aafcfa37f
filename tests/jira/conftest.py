"""Jira reader test fixtures: write tiny hand-written exports into tmp_path and read them back."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.framework import ExportSettings, Framework
from analysis.jira import Export, read_export


@pytest.fixture
def write_export(tmp_path):
    """`write_export(text, name, encoding)`: `text` written byte-for-byte under tmp_path."""
    def write(text: str, name: str = "board.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path
    return write


@pytest.fixture
def read_text(write_export, framework):
    """`read_text(text, framework, **options)`: one export of `text`, written and read."""
    default = framework

    def read(text: str, framework: Framework | None = None, **options) -> Export:
        return read_export([write_export(text)], framework or default, **options)
    return read


@pytest.fixture(scope="session")
def framework_with(framework):
    """`framework_with(**export)`: the default framework with some [export] settings replaced."""
    def replaced(**export) -> Framework:
        return framework.model_copy(update={"export": ExportSettings(**export)})
    return replaced


@pytest.fixture
def user_framework(tmp_path, framework) -> Framework:
    """The default framework as if read from a labels.toml of the user's in tmp_path."""
    return framework.model_copy(update={"path": tmp_path / "labels.toml"})


@pytest.fixture(scope="session")
def column():
    """`column(export, name)`: one column of the export's tickets as a list."""
    def values(export: Export, name: str) -> list:
        return export.tickets.get_column(name).to_list()
    return values
