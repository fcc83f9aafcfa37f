"""One export file as raw text cells: checks, encoding, separator, header and every record.

Every cell is read as a string in one `polars.read_csv` call; columns are named by position
(`_0`, `_1`, ...) so repeated headers never depend on polars' renaming.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from analysis.columns import SOURCE_RECORD as RECORD_COLUMN
from analysis.errors import InputError
from analysis.written import written_kind

SNIFF_BYTES = 64 * 1024
# Given a file and its header cells, the positions of the columns to read (None: all).
Projection = Callable[[Path, tuple[str, ...]], "list[int] | None"]

_MAGIC = {
    b"PK\x03\x04": "an Excel workbook or another zip archive",
    b"\xd0\xcf\x11\xe0": "an old-style Excel workbook",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass(frozen=True)
class RawFile:
    """The cells of one export file, before any interpretation."""

    path: Path
    header: tuple[str, ...]
    cells: pl.DataFrame
    records: int
    encoding: str
    # A pulled board's [source_record, status_changes] and account id -> display name.
    status_changes: pl.DataFrame | None = None
    people: dict[str, str] = field(default_factory=dict)


def export_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders to their *.csv exports and *.jsonl pulled boards (sorted) and check that
    every path exists.

    Files supp-tui wrote (journals, label exports) are skipped inside a folder and refused
    when named directly.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        _check_readable(path)
        if path.is_dir():
            found.extend(_folder_exports(path))
        elif path.is_file():
            kind = _written_kind(path)
            if kind:
                raise InputError(f"{path} is {kind}, not a Jira export; pass the Jira CSV "
                                 f"export (or its folder) instead.")
            found.append(path)
        elif path.exists():
            raise InputError(f"{path} is not a regular file or folder (a pipe, socket or "
                             f"device); save the Jira export to a file and pass that.")
        else:
            raise InputError(f"{path} does not exist; check the path of the Jira export.")
    if not found:
        raise InputError("No export given; pass the path of a Jira CSV export.")
    return found


def _folder_exports(folder: Path) -> list[Path]:
    """The folder's *.csv and *.jsonl files, sorted, without the ones supp-tui wrote."""
    inside = sorted(p for p in folder.iterdir()
                    if p.suffix.lower() in (".csv", ".jsonl") and p.is_file())
    for path in inside:
        _check_readable(path)
    if not inside:
        raise InputError(f"Folder {folder} has no .csv files (nor pulled .jsonl boards); put "
                         f"the Jira exports there.")
    exports = [p for p in inside if not _written_kind(p)]
    if not exports:
        names = ", ".join(p.name for p in inside)
        raise InputError(f"Folder {folder} has no Jira exports, only files supp-tui wrote "
                         f"({names}); put the Jira exports there.")
    return exports


def _check_readable(path: Path) -> None:
    """InputError when an existing file or folder cannot be read by this user."""
    if path.exists() and not os.access(path, os.R_OK | (os.X_OK if path.is_dir() else 0)):
        kind = "folder" if path.is_dir() else "file"
        raise InputError(f"The {kind} {path} cannot be read (permission denied); ask its owner "
                         f"to share it, or copy the export somewhere you can read.")


def _written_kind(path: Path) -> str | None:
    """What supp-tui file `path` is, judged by its first line; None for any other file."""
    try:
        with path.open("rb") as handle:
            first_line = handle.readline(SNIFF_BYTES)
    except OSError:
        return None
    return written_kind(first_line)


def read_raw(path: Path, projection: Projection | None = None) -> RawFile:
    """Read one file's header and all its records as strings (only the columns `projection`
    picks from the header, when given), with one clear error per problem."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    _check_looks_like_text(path, head)
    separator = _sniff_separator(head)
    header = _header_record(head)
    try:
        return _read(path, path, header, separator, "utf-8", projection)
    except pl.exceptions.ComputeError as error:
        if "utf-8" not in str(error).lower():
            raise _parse_error(path, error) from None
    text = path.read_bytes().decode("cp1252", errors="replace")
    if header is not None:
        header = header.decode("cp1252", errors="replace").encode("utf-8")
    return _read(path, io.BytesIO(text.encode("utf-8")), header, separator, "cp1252",
                 projection)


def _header_record(head: bytes) -> bytes | None:
    """The header record's bytes (up to the first line end outside quotes) when the sniffed
    head holds all of it, else None."""
    start = 0
    while (newline := head.find(b"\n", start)) >= 0:
        if head.count(b'"', 0, newline) % 2 == 0:
            return head[:newline + 1]
        start = newline + 1
    return head if len(head) < SNIFF_BYTES else None


def _read(
    path: Path, source: Path | io.BytesIO, header_bytes: bytes | None, separator: str,
    encoding: str, projection: Projection | None = None,
) -> RawFile:
    """Header cells first (one record), then every record with positional column names.

    `header_bytes` is the header record when already known, which spares a pass over `source`
    just for its first line.
    """
    try:
        header_frame = pl.read_csv(
            source if header_bytes is None else io.BytesIO(header_bytes), has_header=False,
            n_rows=1,
            infer_schema=False, separator=separator, glob=False,
        )
        header = tuple(_clean_header(cell) for cell in header_frame.row(0))
        if isinstance(source, io.BytesIO):
            source.seek(0)
        columns = projection(path, header) if projection else None
        if columns is None:
            cells = pl.read_csv(
                source, infer_schema=False, separator=separator, glob=False,
                new_columns=[f"_{i}" for i in range(len(header))], row_index_name=RECORD_COLUMN,
            )
        else:
            cells = _read_columns(path, source, len(header), columns, separator)
    except pl.exceptions.NoDataError:
        raise InputError(f"{path} is empty; export the board again from Jira.") from None
    except pl.exceptions.ComputeError as error:
        if encoding == "utf-8" and "utf-8" in str(error).lower():
            raise
        raise _parse_error(path, error) from None
    cells = cells.with_columns(pl.col(RECORD_COLUMN).cast(pl.UInt32))
    return RawFile(path, header, cells, cells.height, encoding)


def _read_columns(path: Path, source: Path | io.BytesIO, width: int, columns: list[int],
                  separator: str) -> pl.DataFrame:
    """Only the given columns, plus the one past the header's width: a record with more cells
    than the header is refused here too, as a read of every column refuses it."""
    names = [f"_{i}" for i in range(width + 1)]
    cells = pl.scan_csv(
        source, has_header=False, skip_rows=1, schema=dict.fromkeys(names, pl.String),
        missing_columns="insert", separator=separator, glob=False,
        row_index_name=RECORD_COLUMN,
    ).select(RECORD_COLUMN, *(names[i] for i in columns), names[-1]).collect()
    if cells[names[-1]].is_not_null().any():
        raise _parse_error(path, pl.exceptions.ComputeError("found more fields than defined"))
    return cells.drop(names[-1])


def _clean_header(cell: str | None) -> str:
    return (cell or "").replace("\ufeff", "").strip()


def _check_looks_like_text(path: Path, head: bytes) -> None:
    """Refuse empty and binary files before handing them to the CSV parser."""
    if not head.strip(b"\xef\xbb\xbf \t\r\n"):
        raise InputError(f"{path} is empty; export the board again from Jira.")
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(
                f"{path} is {kind}, not a CSV file; in Jira use Export > Export CSV, or in "
                f"Excel use Save As > CSV UTF-8."
            )
    if b"\x00" in head:
        raise InputError(
            f"{path} is a binary file, not a CSV file (it may be UTF-16 text); export the board "
            f"again with Export > Export CSV, or re-save it from Excel as CSV UTF-8."
        )


def _sniff_separator(head: bytes) -> str:
    """Comma unless the header line clearly uses semicolons or tabs (Excel in some locales)."""
    line = head.split(b"\n", 1)[0]
    counts = {sep: line.count(sep.encode()) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


def _parse_error(path: Path, error: Exception) -> InputError:
    """Turn a polars parse failure into one sentence about the file."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    line = unclosed_quote_line(path)
    if line is not None:
        return InputError(
            f"{path} line {line} opens a quoted cell (\") that never closes, so the rest of the "
            f"file reads as one cell; fix that line (or one above it) or export the board again."
        )
    if "more fields" in detail:
        return InputError(
            f"{path} is not a well-formed CSV export: a record has more cells than the header "
            f"line; export the board again from Jira rather than editing it by hand."
        )
    return InputError(f"{path} could not be read as CSV ({detail}); export it again from Jira.")


def unclosed_quote_line(path: Path) -> int | None:
    """The line of the last quote that opens a quoted cell never closed, or None when every
    quote closes; read only on the error path."""
    import numpy as np  # only on this error path: numpy costs every command its start-up time

    data = np.frombuffer(path.read_bytes(), dtype=np.uint8)
    quotes = np.flatnonzero(data == ord('"'))
    if len(quotes) % 2 == 0:
        return None
    opening = int(quotes[-1])
    return int(np.count_nonzero(data[:opening] == ord("\n"))) + 1
