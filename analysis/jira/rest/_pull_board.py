"""`supp-tui pull`'s engine: pull the issues of a JQL query from a Jira site into a `.jsonl`
board beside its pull record, fetching only what changed when that board was pulled before."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.atomic import ensure_output_file_folder
from analysis.errors import InputError
from analysis.jira._pull_record import (
    PullRecord,
    load_pull_record,
    pull_record_path,
    save_pull_record,
)
from analysis.jira.rest._board_file import read_pulled_issues, write_pulled_issues
from analysis.jira.rest._merge import merge_issues, newest_updated, updated_since_jql
from analysis.jira.rest._pull import Progress, fetch_issues, status_categories
from analysis.jira.rest._search import open_client
from analysis.jira.rest._site import normalise_site

if TYPE_CHECKING:
    import httpx


@dataclass(frozen=True)
class PullSummary:
    """What one pull did: issues fetched, how they compare with the board before, and the
    board's size now."""

    path: Path
    record: PullRecord
    fetched: int
    new: int
    changed: int
    unchanged: int
    incremental: bool

    @property
    def total(self) -> int:
        return self.new + self.changed + self.unchanged


def pull_board(
    site: str, jql: str, output: str | Path, *, api: str | None = None, force: bool = False,
    full: bool = False, environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep, progress: Progress | None = None,
) -> PullSummary:
    """Pull the issues matching `jql` from `site` into `output` and its pull record.

    An `output` pulled before with the same site and JQL gets only the issues updated since
    (all of them with `full`); any other existing file is replaced only with `force`.
    """
    site, output = normalise_site(site), Path(output)
    previous = _previous_record(output, site, jql, force)
    ensure_output_file_folder(output)
    since = None if previous is None or full else previous.last_updated
    incremental = since is not None
    query = jql if since is None else updated_since_jql(jql, since)
    before = _issues_before(output, previous, full)
    client, api = open_client(site, api, environ=environ, transport=transport, sleep=sleep)
    with client:
        pulled = fetch_issues(client, api, query, progress)
        statuses = status_categories(client, api, pulled.issues)
    merged = merge_issues(before, pulled.issues, replace=not incremental)
    kept = previous if incremental else None
    record = PullRecord(
        site=site, api=api, jql=jql, pulled_at=_now(),
        last_updated=newest_updated(merged.issues),
        names={**(kept.names if kept else {}), **pulled.names},
        statuses={**(kept.statuses if kept else {}), **statuses},
    )
    write_pulled_issues(output, merged.issues)
    save_pull_record(output, record)
    return PullSummary(output, record, len(pulled.issues), merged.new, merged.changed,
                       merged.unchanged, incremental)


def _previous_record(output: Path, site: str, jql: str, force: bool) -> PullRecord | None:
    """The record of the earlier pull into `output` with this site and JQL, or None; refuses
    (without `force`) to replace a file that is not such a pull."""
    if output.is_dir():
        raise InputError(f"{output} is a folder; give -o a file name inside it, e.g. "
                         f"{output / 'supp.jsonl'}.")
    if not output.exists():
        return None
    try:
        record = load_pull_record(output)
    except InputError:
        if not force:
            raise
        return None
    if record is None:
        if force:
            return None
        raise InputError(
            f"{output} already exists and is not a board supp-tui pulled (there is no "
            f"{pull_record_path(output).name} beside it); pass --force to replace it, or "
            f"choose another path with -o.")
    if record.site == site and record.jql == jql:
        return record
    if force:
        return None
    raise InputError(
        f"{output} was pulled from {record.site} with --jql {_quoted(record.jql)}, not this "
        f"site and query; pull with those to update it, pass --force to replace it, or choose "
        f"another path with -o.")


def _issues_before(output: Path, previous: PullRecord | None,
                   full: bool) -> list[dict[str, Any]]:
    """The issues already pulled into `output` (none when it is not our pull); a board that
    cannot be read counts as empty when it is being pulled again in full anyway."""
    if previous is None or not output.is_file():
        return []
    try:
        return read_pulled_issues(output)
    except InputError:
        if full:
            return []
        raise


def _quoted(jql: str) -> str:
    return '"' + jql.replace('"', '\\"') + '"'


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
