"""Helpers for the Jira reader tests: write tiny hand-written exports, read them back."""

from __future__ import annotations

from pathlib import Path

from analysis.framework import ExportSettings, load_framework
from analysis.jira import Export, read_export

FRAMEWORK = load_framework(None)


def write(tmp_path: Path, text: str, name: str = "board.csv", encoding: str = "utf-8") -> Path:
    """Write `text` byte-for-byte (no newline translation) and return the path."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def framework_with(**export) -> object:
    """The default framework with some [export] settings replaced."""
    return FRAMEWORK.model_copy(update={"export": ExportSettings(**export)})


def read(tmp_path: Path, text: str, framework=None, **options) -> Export:
    """Write one export and read it with the default (or given) framework."""
    return read_export([write(tmp_path, text)], framework or FRAMEWORK, **options)


def column(export: Export, name: str) -> list:
    return export.tickets.get_column(name).to_list()


def user_framework(tmp_path: Path) -> object:
    """The default framework as if read from a labels.toml of the user's in `tmp_path`."""
    return FRAMEWORK.model_copy(update={"path": tmp_path / "labels.toml"})
