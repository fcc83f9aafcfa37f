"""Links back to Jira: which site a board's issue keys point at, and an issue's address."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from analysis.framework import Framework
from analysis.jira._pull_record import load_pull_record


def board_site(framework: Framework, board_files: Iterable[str | Path]) -> str | None:
    """The Jira site a board links to: labels.toml's `[jira] site`, else the site `supp-tui
    pull` recorded beside one of the board's files, else None."""
    if framework.jira.site:
        return framework.jira.site
    for path in board_files:
        record = load_pull_record(path)
        if record is not None and record.site.strip():
            return record.site.strip().rstrip("/")
    return None


def issue_link(site: str, key: str) -> str:
    """The address of one issue on a Jira site: `SITE/browse/KEY`."""
    return f"{site.rstrip('/')}/browse/{key}"
