"""A labels.toml for tests of one settings table: that table, then one dimension with one
option."""

from __future__ import annotations

from pathlib import Path

MINIMAL = """\
[[dimensions]]
id = "platform_team"
title = "Platform team"

[[dimensions.options]]
id = "platops"
name = "PlatOps"
"""


def with_table(tmp_path: Path, table: str, body: str) -> Path:
    """`tmp_path/labels.toml` holding `[table]` with `body`, then the minimal dimension."""
    path = tmp_path / "labels.toml"
    path.write_text(f"[{table}]\n{body}\n\n{MINIMAL}", encoding="utf-8")
    return path
