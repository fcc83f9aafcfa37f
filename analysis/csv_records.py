"""Byte-exact record boundaries of a CSV file, so records can be copied out unchanged."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_QUOTE = ord('"')
_NEWLINE = ord("\n")


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
    buffer = np.frombuffer(data, dtype=np.uint8)
    quotes = np.flatnonzero(buffer == _QUOTE)
    newlines = np.flatnonzero(buffer == _NEWLINE)
    quotes_before = np.searchsorted(quotes, newlines)
    ends = newlines[(quotes_before & 1) == 0] + 1
    if len(data) and (len(ends) == 0 or ends[-1] != len(data)):
        ends = np.append(ends, len(data))
    if len(ends) == 0:
        return RecordSpans((0, 0), np.empty(0, np.int64), np.empty(0, np.int64))
    starts = np.concatenate(([0], ends[:-1]))
    return RecordSpans((0, int(ends[0])), starts[1:].astype(np.int64), ends[1:].astype(np.int64))


def line_ending(data: bytes, header_end: int) -> bytes:
    """The terminator the header record uses (CRLF or LF), to end a copied last record with."""
    return b"\r\n" if data[max(header_end - 2, 0):header_end] == b"\r\n" else b"\n"
