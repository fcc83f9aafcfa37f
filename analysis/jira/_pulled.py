"""A pulled board (`supp-tui pull`: one Jira issue per line, as the REST API returned it) read
as the raw cells of a CSV export, plus its changelog's status transitions.

Turning each issue into the cells Jira's CSV export would hold lets one pipeline (header
matching, date formats, closed_at, team, dedupe) type both kinds of board, so their numbers
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from analysis.errors import InputError
from analysis.jira._changelog import status_changes
from analysis.jira._pull_record import load_pull_record
from analysis.jira._pulled_fields import ISSUE_HEADERS, Cells, field_headers, issue_cells
from analysis.jira._source import RECORD_COLUMN, Projection, RawFile

PULLED_SUFFIX = ".jsonl"


def is_pulled(path: Path) -> bool:
    """True for a pulled board's file (`.jsonl`)."""
    return path.suffix.lower() == PULLED_SUFFIX


def read_issues(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(0-based line number, issue) for every non-blank line, with one sentence per bad line."""
    issues = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle):
            if not line.strip():
                continue
            try:
                issue = orjson.loads(line)
            except ValueError as error:
                raise InputError(
                    f"{path} line {number + 1} is not JSON ({str(error).splitlines()[0]}); a "
                    f"pulled board holds one Jira issue per line, so delete that line or run "
                    f"`supp-tui pull` again."
                ) from None
            if not (isinstance(issue, dict) and "key" in issue
                    and isinstance(issue.get("fields"), dict)):
                raise InputError(
                    f"{path} line {number + 1} is JSON but not a Jira issue (it has no \"key\" "
                    f"and \"fields\"); keep only issues as Jira's search API returns them, one "
                    f"per line, or run `supp-tui pull` again."
                )
            issues.append((number, issue))
    if not issues:
        raise InputError(f"{path} is empty; run `supp-tui pull` again to fetch the board's "
                         f"issues.")
    return issues


def read_pulled(path: Path, projection: Projection | None = None,
                done_names: Sequence[str] = ("Done",)) -> RawFile:
    """The pulled board at `path` as raw cells under CSV headers (only the columns
    `projection` picks, when given), with its status changes and account names."""
    issues = read_issues(path)
    record = load_pull_record(path)
    names = record.names if record else {}
    people: dict[str, str] = {}
    every_header, only = _wanted_fields(path, issues, names, projection)
    rows = [issue_cells(issue, names, done_names, people, only) for _, issue in issues]
    header, cells = _cells(rows, [number for number, _ in issues])
    header = (*header, *(name for name in every_header if name not in header))
    chosen = projection(path, header) if projection else None
    if chosen is not None:
        cells = cells.select(RECORD_COLUMN, *(f"_{i}" for i in chosen
                                              if f"_{i}" in cells.columns))
    statuses = record.statuses if record else {}
    records = [number for number, _ in issues]
    changes = status_changes([issue for _, issue in issues], records, statuses)
    return RawFile(path, header, cells, len(issues), "utf-8", changes, people)


def _wanted_fields(path: Path, issues: list[tuple[int, dict[str, Any]]], names: dict[str, str],
                   projection: Projection | None) -> tuple[tuple[str, ...], frozenset[str] | None]:
    """Every header the board's fields go under (one slot each), and the field ids whose
    headers `projection` picks (None: every field), asked before any value is turned into
    cells. The header of a field left out still names it, so required fields are found."""
    if projection is None:
        return (), None
    field_ids = dict.fromkeys(field for _, issue in issues for field in issue["fields"])
    headers = {field: field_headers(field, names) for field in field_ids}
    provisional = tuple(dict.fromkeys(
        (*ISSUE_HEADERS, *(header for found in headers.values() for header in found))))
    chosen = projection(path, provisional)
    if chosen is None:
        return provisional, None
    picked = {provisional[index] for index in chosen}
    return provisional, frozenset(field for field, found in headers.items()
                                  if picked.intersection(found))


def _cells(rows: list[Cells], records: list[int]) -> tuple[tuple[str, ...], pl.DataFrame]:
    """The header (each field repeated as often as its fullest issue needs, in first-seen
    order) and the cells under it, named by position as `read_raw` names them."""
    names = list(dict.fromkeys(name for row in rows for name in row))
    columns: dict[str, pl.Series] = {RECORD_COLUMN: pl.Series(records, dtype=pl.UInt32)}
    header: list[str] = []
    for name in names:
        values = [row.get(name) for row in rows]
        width = max(1, max(len(cell) for cell in values if cell is not None))
        for slot in range(width):
            cells = [cell[slot] if cell is not None and len(cell) > slot else None
                     for cell in values]
            columns[f"_{len(header)}"] = pl.Series(cells, dtype=pl.String)
            header.append(name)
    return tuple(header), pl.DataFrame(columns)
