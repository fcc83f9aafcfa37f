"""Reading whole journals: parse, replay to current labels (fast with polars), write."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from analysis.atomic import write_text_atomically
from analysis.errors import InputError
from analysis.journal._format import (
    HEADER,
    Entry,
    Labels,
    check_header,
    format_entry,
    parse_lines,
    replay,
    split_torn_tail,
)
from analysis.journal._order import merged_order
from analysis.journal._replay import parse_frame, replay_frame

LABELS_SCHEMA = {"key": pl.String, "dimension": pl.String, "value": pl.String}


@dataclass(frozen=True)
class JournalContents:
    """The parsed lines of one journal, the warnings about skipped lines, and its byte size."""

    entries: list[Entry]
    warnings: tuple[str, ...]
    size: int


def parse_journal(data: bytes, path: Path) -> JournalContents:
    """Entries and warnings from the bytes of a whole journal file."""
    start = check_header(data, path)
    if start == len(data):
        return JournalContents([], (), len(data))
    body, warnings = split_torn_tail(data[start:], path)
    entries, bad = parse_lines(body, path, first_line=HEADER.count("\n") + 1)
    return JournalContents(entries, tuple(bad + warnings), len(data))


def read_journal(path: str | Path) -> JournalContents:
    """Parse a journal file; a missing file is an empty journal."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return JournalContents([], (), 0)
    except OSError as error:
        raise InputError(f"cannot read the label journal {path}: {error.strerror}.") from None
    return parse_journal(data, path)


def merged_entries(paths: Sequence[str | Path]) -> tuple[list[Entry], tuple[str, ...]]:
    """The entries of several journals in the one replay order (`merged_order`) and all warnings."""
    contents = [read_journal(p) for p in paths]
    warnings = tuple(w for c in contents for w in c.warnings)
    if len(contents) == 1:
        return contents[0].entries, warnings
    return merged_order([c.entries for c in contents]), warnings


def read_labels(path: str | Path | Sequence[str | Path]) -> pl.DataFrame:
    """Current labels (key, dimension, value) after replaying one journal, or several merged."""
    return read_labels_warned(path)[0]


def read_labels_warned(
    path: str | Path | Sequence[str | Path],
) -> tuple[pl.DataFrame, tuple[str, ...]]:
    """`read_labels` and the warnings about the lines it skipped (torn, unparsable)."""
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    if len(paths) == 1:
        try:
            data = Path(paths[0]).read_bytes()
        except FileNotFoundError:
            return labels_frame({}), ()
        except OSError as error:
            raise InputError(f"Cannot read the label journal {paths[0]}: {error.strerror}; "
                             f"check its permissions or pass another file with --journal.") \
                from None
        return current_labels(data, Path(paths[0]))
    entries, warnings = merged_entries(paths)
    return labels_frame(replay(entries)), warnings


def current_labels(data: bytes, path: Path) -> tuple[pl.DataFrame, tuple[str, ...]]:
    """Replayed (key, dimension, value) labels and warnings from a whole journal's bytes.

    Parses with polars when every line is well formed, else line by line with a warning for
    each line skipped; both give the same labels.
    """
    start = check_header(data, path)
    body, warnings = split_torn_tail(data[start:], path)
    frame = parse_frame(body)
    if frame is not None:
        return replay_frame(frame), tuple(warnings)
    entries, bad = parse_lines(body, path, first_line=HEADER.count("\n") + 1)
    return labels_frame(replay(entries)), tuple(bad + warnings)


def labels_frame(labels: Labels) -> pl.DataFrame:
    """The long (key, dimension, value) frame of in-memory labels, one row per value."""
    rows = [
        (key, dimension, value)
        for key, dimensions in labels.items()
        for dimension, values in dimensions.items()
        for value in values
    ]
    return pl.DataFrame(rows, schema=LABELS_SCHEMA, orient="row")


def write_journal(entries: Iterable[Entry], output: Path) -> None:
    """Write a complete journal atomically (temp file beside it, then rename)."""
    text = HEADER + "".join(format_entry(e) for e in entries)
    write_text_atomically(Path(output), text, fsync=True)
