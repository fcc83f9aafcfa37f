"""Byte-exact record boundaries of a CSV file, so records can be copied out unchanged.

Files are scanned in fixed-size chunks, carrying the quote parity from one chunk to the next,
so memory stays bounded by the chunk size plus two offsets per record, whatever the file size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from analysis.errors import InputError

_QUOTE = ord('"')
_NEWLINE = ord("\n")
CHUNK_BYTES = 64 * 2**20


@dataclass(frozen=True)
class RecordSpans:
    """Where each record of a CSV file starts and ends, in bytes.

    `header` is the byte range of the header record (terminator included); `starts[i]` and
    `ends[i]` bound data record i, 0-based, terminator included, so `data[starts[i]:ends[i]]`
    is the record exactly as written.
    """

    header: tuple[int, int]
    starts: np.ndarray
    ends: np.ndarray

    @property
    def records(self) -> int:
        """Number of data records after the header."""
        return len(self.starts)


def record_spans(data: bytes) -> RecordSpans:
    """Split raw CSV bytes into records at line feeds that sit outside double quotes.

    A line feed is outside quotes when an even number of quote characters precede it; doubled
    quotes inside a quoted cell keep the count even, so they need no special case. A UTF-8 BOM
    stays part of the header. A final record without a line feed still counts.
    """
    ends, _ = _record_ends(np.frombuffer(data, dtype=np.uint8), 0, 0)
    return _spans(ends, len(data))


def file_record_spans(path: Path, chunk_bytes: int = CHUNK_BYTES) -> RecordSpans:
    """`record_spans` of a file, read `chunk_bytes` at a time."""
    found, offset, parity = [], 0, 0
    buffer = bytearray(chunk_bytes)
    with path.open("rb", buffering=0) as handle:
        while size := handle.readinto(buffer):
            chunk = np.frombuffer(buffer, dtype=np.uint8, count=size)
            ends, parity = _record_ends(chunk, offset, parity)
            found.append(ends)
            offset += size
    return _spans(np.concatenate(found) if found else np.empty(0, np.int64), offset)


def _record_ends(chunk: np.ndarray, offset: int, parity: int) -> tuple[np.ndarray, int]:
    """Ends (after the line feed) of the records closing in `chunk`, and the parity after it.

    `parity` is 1 when the chunk starts inside a quoted cell.
    """
    quotes = np.flatnonzero(chunk == _QUOTE)
    newlines = np.flatnonzero(chunk == _NEWLINE)
    quotes_before = np.searchsorted(quotes, newlines) + parity
    ends = newlines[(quotes_before & 1) == 0].astype(np.int64) + (offset + 1)
    return ends, (parity + len(quotes)) & 1


def _spans(ends: np.ndarray, size: int) -> RecordSpans:
    """Record spans from the record ends found, adding a last record without a line feed."""
    if size and (len(ends) == 0 or ends[-1] != size):
        ends = np.append(ends, size)
    if len(ends) == 0:
        return RecordSpans((0, 0), np.empty(0, np.int64), np.empty(0, np.int64))
    starts = np.concatenate(([0], ends[:-1]))
    return RecordSpans((0, int(ends[0])), starts[1:].astype(np.int64), ends[1:].astype(np.int64))


def read_range(handle: BinaryIO, start: int, end: int) -> bytes:
    """The bytes from `start` to `end` of an open file."""
    handle.seek(start)
    return handle.read(end - start)


def copy_range(source: BinaryIO, target: BinaryIO, start: int, end: int,
               piece_bytes: int = CHUNK_BYTES) -> None:
    """Copy bytes `start` to `end` of `source` to `target`, `piece_bytes` at a time."""
    source.seek(start)
    while start < end:
        piece = source.read(min(piece_bytes, end - start))
        if not piece:
            raise InputError(
                f"{getattr(source, 'name', 'The export')} got shorter while it was being copied; "
                f"run quarantine again once nothing is writing to it."
            )
        target.write(piece)
        start += len(piece)


def line_ending(header: bytes) -> bytes:
    """The terminator the header record uses (CRLF or LF), to end a copied last record with."""
    return b"\r\n" if header.endswith(b"\r\n") else b"\n"
