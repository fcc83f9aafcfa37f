"""A pulled board (`supp-tui pull`: one Jira issue per line, as the REST API returned it) read
as the raw cells of a CSV export, plus its changelog's status transitions.

Turning each issue into the cells Jira's CSV export would hold lets one pipeline (header
matching, date formats, closed_at, team, dedupe) type both kinds of board, so their numbers
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from analysis.errors import InputError
from analysis.jira._changelog import ChangeRows
from analysis.jira._pull_record import load_pull_record
from analysis.jira._pulled_fields import ISSUE_HEADERS, Cells, field_headers, issue_cells
from analysis.jira._source import RECORD_COLUMN, Projection, RawFile

PULLED_SUFFIX = ".jsonl"


def is_pulled(path: Path) -> bool:
    """True for a pulled board's file (`.jsonl`)."""
    return path.suffix.lower() == PULLED_SUFFIX


def iter_issues(path: Path, *, empty_ok: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    """(0-based line number, issue) for every non-blank line, with one sentence per bad line
    and, unless `empty_ok`, one for a file without any issue."""
    found = False
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
            found = True
            yield number, issue
    if not found and not empty_ok:
        raise InputError(f"{path} is empty; run `supp-tui pull` again to fetch the board's "
                         f"issues.")


def read_pulled(path: Path, projection: Projection | None = None,
                done_names: Sequence[str] = ("Done",)) -> RawFile:
    """The pulled board at `path` as raw cells under CSV headers (only the columns
    `projection` picks, when given), with its status changes and account names.

    Each issue is turned into cells as it is read and then let go, so memory follows the
    cells, not the JSON objects.
    """
    record = load_pull_record(path)
    names = record.names if record else {}
    people: dict[str, str] = {}
    wanted = _WantedFields(path, names, projection)
    changes = ChangeRows()
    rows: list[Cells] = []
    for number, issue in iter_issues(path):
        rows.append(issue_cells(issue, names, done_names, people, wanted.fields(issue)))
        changes.add(number, issue)
    header, cells = _cells(rows, changes.records)
    header = (*header, *(name for name in wanted.headers if name not in header))
    chosen = projection(path, header) if projection else None
    if chosen is not None:
        cells = cells.select(RECORD_COLUMN, *(f"_{i}" for i in chosen
                                              if f"_{i}" in cells.columns))
    frame = changes.frame(record.statuses if record else {})
    return RawFile(path, header, cells, len(rows), "utf-8", frame, people)


class _WantedFields:
    """The field ids whose headers `projection` picks, asked before any value is turned into
    cells, with one slot per header; asked again only when an issue brings a field not seen
    before. Headers of fields left out are kept, so required fields are still found."""

    def __init__(self, path: Path, names: dict[str, str],
                 projection: Projection | None) -> None:
        self.path, self.names, self.projection = path, names, projection
        self.seen: dict[str, tuple[str, ...]] = {}
        self.headers: tuple[str, ...] = ()
        self.only: frozenset[str] | None = None

    def fields(self, issue: dict[str, Any]) -> frozenset[str] | None:
        """The fields of `issue` to turn into cells (None: all)."""
        if self.projection is None:
            return None
        if not self.seen.keys() >= issue["fields"].keys():
            for field in issue["fields"]:
                self.seen.setdefault(field, field_headers(field, self.names))
            self._ask(self.projection)
        return self.only

    def _ask(self, projection: Projection) -> None:
        self.headers = tuple(dict.fromkeys(
            (*ISSUE_HEADERS, *(header for found in self.seen.values() for header in found))))
        chosen = projection(self.path, self.headers)
        if chosen is None:
            self.only = None
            return
        picked = {self.headers[index] for index in chosen}
        self.only = frozenset(field for field, found in self.seen.items()
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
