"""The label journal: an append-only CSV of label changes beside the export: its line format, parsing and applying one line.

Format (v1): the line `# supp-tui journal v1`, the header `at,by,key,dimension,value,op`, then
one line per change. `op` is `set` (the value becomes the only one), `add`, `remove` or
`clear` (value empty); `resolve` is a reviewer's decision where labellers disagreed
(value: the chosen option ids, space-separated, then `|` and the disagreeing journals'
names, `|`-separated) and sets the dimension to the chosen values. A theme flag is its own
op: `flag` (the value is the note, the dimension `_flag`) and `unflag` (the same note), kept
apart from labels. Replay applies the lines in order; merging journals replays their lines
sorted by `at`. A line without its newline (a write cut short by a crash) or one that does not
parse is skipped with a warning, so a damaged journal never blocks opening.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from analysis import written
from analysis.errors import InputError
from analysis.written import JOURNAL_MAGIC

JOURNAL_VERSION = 1
COLUMNS = ("at", "by", "key", "dimension", "value", "op")
HEADER = f"{JOURNAL_MAGIC}{JOURNAL_VERSION}\n{','.join(COLUMNS)}\n"
OPS = frozenset({"set", "add", "remove", "clear", "resolve"})
# Theme flags: a reader before them skips these lines with a warning and keeps every label.
FLAG_OPS = frozenset({"flag", "unflag"})
FLAG_DIMENSION = "_flag"
KNOWN_OPS = OPS | FLAG_OPS
BOM = written.BOM.encode()

# key -> dimension -> values in the order they were added.
Labels = dict[str, dict[str, list[str]]]


class Entry(NamedTuple):
    """One journal line: who changed which label of which ticket, when, and how."""

    at: str
    by: str
    key: str
    dimension: str
    value: str
    op: str


def utc_timestamp(moment: datetime | None = None) -> str:
    """An ISO 8601 UTC timestamp with microseconds, the same width always, so text order is time order."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def format_entry(entry: Entry) -> str:
    """The CSV line for an entry, newline included; fields are quoted only when they must be."""
    fields = (entry.at, entry.by, entry.key, entry.dimension, entry.value, entry.op)
    if any("\n" in f or "\r" in f for f in fields):
        raise ValueError(f"journal fields cannot contain line breaks: {fields!r}")
    if not any("," in f or '"' in f for f in fields):
        return ",".join(fields) + "\n"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    return buffer.getvalue()


def apply_entry(labels: Labels, entry: Entry) -> None:
    """Apply one change to the labels in place; a flag line changes no label."""
    if entry.op not in OPS:
        return
    dimensions = labels.setdefault(entry.key, {})
    values = dimensions.get(entry.dimension)
    if entry.op == "set":
        dimensions[entry.dimension] = [entry.value]
    elif entry.op == "add":
        if values is None:
            dimensions[entry.dimension] = [entry.value]
        elif entry.value not in values:
            values.append(entry.value)
    elif entry.op == "remove":
        if values and entry.value in values:
            values.remove(entry.value)
    elif entry.op == "clear":
        dimensions.pop(entry.dimension, None)
    elif entry.op == "resolve":
        chosen = resolved_values(entry.value)
        if chosen:
            dimensions[entry.dimension] = chosen
        else:
            dimensions.pop(entry.dimension, None)
    if values is not None and not values:
        dimensions.pop(entry.dimension, None)
    if not dimensions:
        labels.pop(entry.key, None)


def resolved_values(value: str) -> list[str]:
    """The option ids a `resolve` line chose (the part of its value before the first `|`)."""
    return list(dict.fromkeys(value.partition("|")[0].split()))


def replay(entries: Iterable[Entry], labels: Labels | None = None) -> Labels:
    """Current labels after applying the entries in order (onto `labels` when given)."""
    labels = {} if labels is None else labels
    for entry in entries:
        apply_entry(labels, entry)
    return labels


def check_header(data: bytes, path: Path) -> int:
    """Byte offset of the first entry line, after checking the version line and the header.

    A UTF-8 BOM and CRLF line ends (an editor's doing) are accepted. A file that is empty or
    holds only the start of the header (a crash while creating it) has no entries; anything
    else that is not a v1 journal is an InputError and stays untouched.
    """
    bom = len(BOM) if data.startswith(BOM) else 0
    rest = data[bom:]
    if HEADER.encode().startswith(rest):
        return len(data)
    first, _, _ = rest.partition(b"\n")
    text = first.decode("utf-8", errors="replace").strip()
    if not text.startswith(JOURNAL_MAGIC):
        raise InputError(
            f"{path} is not a supp-tui label journal (its first line is {text[:60]!r}); "
            f"pass --journal with another file name, or move this file away."
        )
    version = text[len(JOURNAL_MAGIC):]
    if version != str(JOURNAL_VERSION):
        raise InputError(
            f"{path} was written in journal format v{version}, which this supp-tui (format "
            f"v{JOURNAL_VERSION}) cannot read; upgrade supp-tui. The file was not changed."
        )
    header = HEADER.encode().replace(b"\n", line_ending(rest))
    if not rest.startswith(header):
        raise InputError(
            f"{path} has a damaged header: its second line must be {','.join(COLUMNS)!r}; "
            f"restore that line and open it again."
        )
    return bom + len(header)


def line_ending(data: bytes) -> bytes:
    """The line end a journal's first line uses: CRLF when an editor saved it so, else LF."""
    first, newline, _ = data.partition(b"\n")
    return b"\r\n" if newline and first.endswith(b"\r") else b"\n"


def parse_lines(data: bytes, path: Path, first_line: int = 1) -> tuple[list[Entry], list[str]]:
    """Entries from complete journal lines (bytes ending in a newline) and warnings for bad ones."""
    entries: list[Entry] = []
    warnings: list[str] = []
    lines = data.decode("utf-8", errors="replace").split("\n")
    lines.pop()  # the empty string after the final newline
    for number, line in enumerate(lines, start=first_line):
        line = line.removesuffix("\r")
        fields = line.split(",") if '"' not in line else next(csv.reader([line]), [])
        entry = Entry(*fields) if len(fields) == len(COLUMNS) else None
        if entry is None or entry.op not in KNOWN_OPS or not entry.key or not entry.dimension or (
            not entry.value and entry.op != "clear"
        ):
            warnings.append(f"{path} line {number}: skipped a line that does not parse: {line[:80]!r}")
            continue
        entries.append(entry)
    return entries, warnings


def split_torn_tail(data: bytes, path: Path) -> tuple[bytes, list[str]]:
    """The complete lines of `data`, and a warning when a last line lacks its newline."""
    if not data or data.endswith(b"\n"):
        return data, []
    cut = data.rfind(b"\n") + 1
    torn = data[cut:].decode("utf-8", errors="replace")
    warning = (f"{path}: skipped the incomplete last line {torn[:80]!r} (a write cut short, "
               f"probably by a crash); the labels before it are intact.")
    return data[:cut], [warning]
