"""Opening a board for labelling off the UI thread: a quick look at its first tickets, then the
whole board with its journal, as one `LabelSession`."""

from __future__ import annotations

import csv
import io
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

import polars as pl

from analysis.errors import InputError
from analysis.framework import Framework
from analysis.jira import (
    Export,
    export_paths,
    is_pulled,
    pull_record_path,
    read_board,
    read_export,
)
from analysis.journal import LabelJournal
from analysis.metrics import calibration_first, missing_dimensions
from supp_tui.labelling._session import DISPLAY_COLUMNS, LabelSession

PREVIEW_RECORDS = 50
# Whether a ticket is complete, given its key and the team values its export carries.
IsComplete = Callable[[str, Sequence[str]], bool]


@dataclass(frozen=True)
class LoadedBoard:
    """The session over the whole board and the warnings met while opening it."""

    session: LabelSession
    warnings: tuple[str, ...]
    calibration: tuple[str, ...] = ()  # the shared sample's keys, placed first


@dataclass(frozen=True)
class BoardLoader:
    """Reads the board and replays (or, once the board is read, creates) its journal.

    `journal` is an existing journal, already replayed (so a bad one is refused before the
    app starts); otherwise `open_journal` creates one only after the board has been read, so a
    refused board leaves none.
    """

    paths: tuple[Path, ...]
    framework: Framework
    team_field: str | None
    journal: LabelJournal | None
    open_journal: Callable[[], LabelJournal]
    monotonic: Callable[[], float] = time.monotonic
    warnings: tuple[str, ...] = ()
    cache: bool = True  # reuse (and fill) the parse cache, as the other board commands do
    calibration: float = 0.0  # share of the board in the shared calibration sample

    def load(self, preview: Callable[[dict[str, Any]], None] = lambda ticket: None) -> LoadedBoard:
        """Hand the first ticket to `preview` as soon as it is read, then open the whole board."""
        if self.journal is None:
            self._preview(preview, lambda key, teams: False)
            export = self._read()
            journal = self.open_journal()
        else:
            export, journal = self._read_with_journal(self.journal, preview)
        tickets, sample = calibration_first(export.tickets, self.calibration) \
            if self.calibration else (export.tickets, [])
        try:
            session = LabelSession(tickets, self.framework, journal, self.monotonic)
        except BaseException:
            journal.close()
            raise
        return LoadedBoard(session, (*export.warnings, *self.warnings, *journal.warnings),
                           tuple(sample))

    def _read(self) -> Export:
        return read_board(self.paths, self.framework, self.team_field, cache=self.cache)

    def _read_with_journal(self, journal: LabelJournal,
                           preview: Callable[[dict[str, Any]], None]
                           ) -> tuple[Export, LabelJournal]:
        """Show the first incomplete ticket, then read the whole export (after the preview:
        both read with polars, whose threads the full read would hold); closes the journal on
        any error."""
        try:
            self._preview(preview, self._completeness(journal))
            return self._read(), journal
        except BaseException:
            journal.close()
            raise

    def _completeness(self, journal: LabelJournal) -> IsComplete:
        """Whether a ticket is complete, given its key and its export's team values."""
        def is_complete(key: str, teams: Sequence[str]) -> bool:
            values = partial(journal.values, key)
            return not missing_dimensions(self.framework, values, teams)
        return is_complete

    def _preview(self, preview: Callable[[dict[str, Any]], None],
                 is_complete: IsComplete) -> None:
        """Show the first incomplete ticket of the first export, read on its own; anything
        wrong with the file is left for the full read to report."""
        try:
            ticket = first_incomplete(self.paths, self.framework, self.team_field, is_complete)
        except (InputError, OSError, ValueError, csv.Error, pl.exceptions.PolarsError):
            return
        if ticket is not None:
            preview(ticket)


def first_incomplete(paths: Sequence[Path], framework: Framework, team_field: str | None,
                     is_complete: IsComplete) -> dict[str, Any] | None:
    """The first incomplete ticket of the board's first export, read by the export reader
    from its raw record alone (None when the file cannot be read so); past the first records
    only keys are read, so there the export's teams are not looked at."""
    path = export_paths(list(paths))[0]
    if is_pulled(path):
        return _first_pulled(path, framework, team_field, is_complete)
    header, sample = _first_records(path)
    tickets = _as_tickets(path.name, header, sample, framework, team_field)
    for ticket in tickets:
        if not is_complete(ticket["key"], ticket.get("team") or ()):
            return ticket
    column = _key_column(sample, {ticket["key"] for ticket in tickets})
    if column is None:
        return None
    keys = pl.read_csv(path, columns=[column], infer_schema=False, encoding="utf8-lossy")
    number = next((n for n, key in enumerate(keys.to_series())
                   if key and not is_complete(key, ())), None)
    if number is None:
        return None
    record = pl.read_csv(path, infer_schema=False, encoding="utf8-lossy", n_rows=1,
                         skip_rows_after_header=number).row(0)
    if record[column] != keys.item(number, 0):
        return None
    row = ["" if value is None else value for value in record]
    found = _as_tickets(path.name, header, [row], framework, team_field)
    return found[0] if found else None


def _first_records(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header and the first PREVIEW_RECORDS records of a CSV export."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            with path.open(encoding=encoding, newline="") as file:
                rows = csv.reader(file)
                header = next(rows, None)
                if header is None:
                    raise ValueError(f"{path} is empty")
                return header, list(islice(rows, PREVIEW_RECORDS))
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path} is neither UTF-8 nor Windows-1252")


def _key_column(rows: list[list[str]], keys: set[str]) -> int | None:
    """The column whose every non-empty record holds one of the keys read from them."""
    filled = [row for row in rows if any(row)]
    if not filled:
        return None
    for column in range(len(filled[0])):
        if all(len(row) > column and row[column] in keys for row in filled):
            return column
    return None


def _first_pulled(path: Path, framework: Framework, team_field: str | None,
                  is_complete: IsComplete) -> dict[str, Any] | None:
    """The first incomplete ticket among a pulled board's first issues (None when they are
    all complete: the full read then finds it)."""
    with path.open("rb") as handle:
        lines = b"".join(islice(handle, PREVIEW_RECORDS))
    record = pull_record_path(path)
    tickets = _read_alone(path.name, lines, framework, team_field,
                          record.read_bytes() if record.is_file() else None)
    return next((ticket for ticket in tickets
                 if not is_complete(ticket["key"], ticket.get("team") or ())), None)


def _as_tickets(name: str, header: list[str], rows: list[list[str]], framework: Framework,
                team_field: str | None) -> list[dict[str, Any]]:
    """These raw records read by the export reader as a board of their own, display columns
    only."""
    text = io.StringIO(newline="")
    csv.writer(text).writerows([header, *rows])
    return _read_alone(name, text.getvalue().encode("utf-8"), framework, team_field)


def _read_alone(name: str, data: bytes, framework: Framework, team_field: str | None,
                record: bytes | None = None) -> list[dict[str, Any]]:
    """`data` saved as a board file `name` of its own (with a pulled board's `record`) and read
    by the export reader, display columns only."""
    with tempfile.TemporaryDirectory(prefix="supp-tui-preview-") as folder:
        sample = Path(folder) / name
        sample.write_bytes(data)
        if record is not None:
            pull_record_path(sample).write_bytes(record)
        tickets = read_export([sample], framework, team_field).tickets
    return tickets.select([c for c in DISPLAY_COLUMNS if c in tickets.columns]).to_dicts()
