"""Shared fixtures: keep the developer's home and config out of every test, build hand-made
ticket frames, and give every test folder the same snapshot files."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from analysis.framework import Framework, load_framework

COMMENT = pl.Struct(
    {"at": pl.Datetime("us"), "author": pl.String, "author_id": pl.String, "body": pl.String}
)
CANONICAL = {
    "key": pl.String, "summary": pl.String, "description": pl.String, "issue_type": pl.String,
    "status": pl.String, "status_category": pl.String, "priority": pl.String,
    "resolution": pl.String, "reporter": pl.String, "reporter_id": pl.String,
    "assignee": pl.String, "created": pl.Datetime("us"), "updated": pl.Datetime("us"),
    "resolved": pl.Datetime("us"), "closed_at": pl.Datetime("us"), "labels": pl.List(pl.String),
    "components": pl.List(pl.String), "comments": pl.List(COMMENT), "team": pl.List(pl.String),
}


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point HOME and XDG dirs at a temporary folder so no user config leaks into a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("SUPP_TUI_FRAMEWORK", raising=False)
    return home


def parse_day(text: str) -> datetime:
    """A datetime from "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"."""
    return datetime.fromisoformat(text)


def ticket_frame(rows: list[dict], **extra_schema: pl.DataType) -> pl.DataFrame:
    """A ticket frame from a few fields per row; every other canonical column gets a default."""
    full = []
    for index, row in enumerate(rows):
        base = {
            "key": f"SUPP-{index + 1}", "summary": "s", "description": "", "issue_type": "Task",
            "status": "Open", "status_category": "To Do", "priority": "Medium",
            "resolution": None, "reporter": "rita", "reporter_id": "557058:rita",
            "assignee": None, "created": None, "updated": None, "resolved": None,
            "closed_at": None, "labels": [], "components": [], "comments": [], "team": [],
        }
        base.update({name: parse_day(value) if isinstance(value, str) and name in (
            "created", "updated", "resolved", "closed_at") else value
            for name, value in row.items()})
        if base["updated"] is None:
            base["updated"] = base["closed_at"] or base["created"]
        full.append(base)
    schema = {**CANONICAL, **extra_schema}
    return pl.DataFrame(full, schema=schema)


@pytest.fixture(scope="session")
def day():
    """The converter from "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" text to a datetime."""
    return parse_day


@pytest.fixture(scope="session")
def tickets():
    """The builder `tickets(rows, **extra_schema)`: a canonical ticket frame from a few fields."""
    return ticket_frame


@pytest.fixture(scope="session")
def canonical_schema():
    """The canonical ticket columns and their types, in the order the `tickets` builder uses."""
    return CANONICAL


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


@pytest.fixture(scope="session")
def framework() -> Framework:
    """The built-in default framework (labels.toml as shipped)."""
    return load_framework(None)


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch):
    """Point the parse cache at a temporary folder so no test reads or fills the real one."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SUPP_TUI_CACHE_DIR", str(folder))
    return folder
