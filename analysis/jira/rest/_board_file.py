"""A pulled board on disk: one JSON object per line, each an issue as Jira returned it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from analysis.atomic import atomic_output
from analysis.errors import InputError
from analysis.jira import iter_issues


def read_pulled_issues(path: str | Path) -> list[dict[str, Any]]:
    """The issues of a pulled board, in file order, read as the board reader reads them."""
    path = Path(path)
    try:
        return [issue for _, issue in iter_issues(path, empty_ok=True)]
    except OSError as error:
        raise InputError(f"Cannot read the pulled board {path} ({error}); pass --full to pull "
                         f"every issue again.") from None


def write_pulled_issues(path: str | Path, issues: list[dict[str, Any]]) -> None:
    """Replace `path` with `issues`, one JSON object per line, atomically."""
    with atomic_output(path) as stream:
        for issue in issues:
            line = json.dumps(issue, ensure_ascii=False, separators=(",", ":")) + "\n"
            stream.write(line.encode("utf-8"))
