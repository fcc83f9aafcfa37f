"""A pulled board on disk: one JSON object per line, each an issue as Jira returned it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from analysis.atomic import atomic_output
from analysis.errors import InputError


def read_pulled_issues(path: str | Path) -> list[dict[str, Any]]:
    """The issues of a pulled board, in file order."""
    path = Path(path)
    issues: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    issues.append(_issue(line, path, number))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"Cannot read the pulled board {path} ({error}); pass --full to pull "
                         f"every issue again.") from None
    return issues


def _issue(line: str, path: Path, number: int) -> dict[str, Any]:
    try:
        issue = json.loads(line)
    except ValueError:
        issue = None
    if not isinstance(issue, dict) or "key" not in issue:
        raise InputError(f"Line {number} of {path} is not a Jira issue in JSON; pass --full to "
                         f"pull every issue again into it.")
    return issue


def write_pulled_issues(path: str | Path, issues: list[dict[str, Any]]) -> None:
    """Replace `path` with `issues`, one JSON object per line, atomically."""
    with atomic_output(path) as stream:
        for issue in issues:
            line = json.dumps(issue, ensure_ascii=False, separators=(",", ":")) + "\n"
            stream.write(line.encode("utf-8"))
