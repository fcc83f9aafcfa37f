"""Opening a board for labelling off the UI thread: a quick look at its first tickets, then the
whole board with its journal, as one `LabelSession`."""

from __future__ import annotations

import csv
import io
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import InputError
from analysis.framework import Framework
from analysis.jira import Export, export_paths, read_export
from analysis.journal import LabelJournal
from supp_tui.labelling._session import DISPLAY_COLUMNS, LabelSession

PREVIEW_RECORDS = 50


@dataclass(frozen=True)
class LoadedBoard:
    """The session over the whole board and the warnings met while opening it."""

    session: LabelSession
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class BoardLoader:
    """Reads the board and replays (or, once the board is read, creates) its journal.

    `journal_exists` decides the order: an existing journal replays while the board is read; a
    new one is created only after the board has been read, so a refused board leaves none.
    """

    paths: tuple[Path, ...]
    framework: Framework
    team_field: str | None
    journal_exists: bool
    open_journal: Callable[[], LabelJournal]
    monotonic: Callable[[], float] = time.monotonic
    warnings: tuple[str, ...] = ()

    def load(self, preview: Callable[[dict[str, Any]], None] = lambda ticket: None) -> LoadedBoard:
        """Hand the first ticket to `preview` as soon as it is read, then open the whole board."""
        if not self.journal_exists:
            self._preview(preview, lambda key: False)
            export = self._read()
            journal = self.open_journal()
        else:
            export, journal = self._read_with_journal(preview)
        try:
            session = LabelSession(export.tickets, self.framework, journal, self.monotonic)
        except BaseException:
            journal.close()
            raise
        return LoadedBoard(session, (*export.warnings, *self.warnings, *journal.warnings))

    def _read(self) -> Export:
        return read_export(self.paths, self.framework, self.team_field)

    def _read_with_journal(self, preview: Callable[[dict[str, Any]], None]
                           ) -> tuple[Export, LabelJournal]:
        """Read the export while the journal replays, closing the journal on any error."""
        with ThreadPoolExecutor(max_workers=1) as pool:
            reading = pool.submit(self._read)
            try:
                journal = self.open_journal()
            except BaseException:
                reading.cancel()
                raise
            try:
                self._preview(preview, journal.is_labelled)
                return reading.result(), journal
            except BaseException:
                journal.close()
                raise

    def _preview(self, preview: Callable[[dict[str, Any]], None],
                 is_labelled: Callable[[str], bool]) -> None:
        """Read the first records of the first export and show the first unlabelled ticket;
        anything wrong with them is left for the full read to report."""
        try:
            first = first_tickets(self.paths, self.framework, self.team_field)
        except (InputError, OSError, ValueError, csv.Error):
            return
        for ticket in first:
            if not is_labelled(ticket["key"]):
                preview(ticket)
                return


def first_tickets(paths: Sequence[Path], framework: Framework,
                  team_field: str | None) -> list[dict[str, Any]]:
    """The first records of the board's first export, read by the export reader as a board."""
    path = export_paths(list(paths))[0]
    with tempfile.TemporaryDirectory(prefix="supp-tui-preview-") as folder:
        sample = Path(folder) / path.name
        sample.write_text(_first_records(path), encoding="utf-8")
        tickets = read_export([sample], framework, team_field).tickets
    shown = tickets.select([c for c in DISPLAY_COLUMNS if c in tickets.columns])
    return shown.to_dicts()


def _first_records(path: Path) -> str:
    """The header and the first PREVIEW_RECORDS records of a CSV file, as CSV text."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            with path.open(encoding=encoding, newline="") as file:
                rows = [row for _, row in zip(range(PREVIEW_RECORDS + 1), csv.reader(file),
                                              strict=False)]
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError(f"{path} is neither UTF-8 nor Windows-1252")
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    return text.getvalue()
