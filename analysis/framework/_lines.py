"""Light reading of TOML text by line: where a key path is written, and where a table ends.

tomllib gives data without positions; this scanner recovers enough of them for error messages
and for appending an option block textually, so that the user's comments survive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

Path_ = tuple[str | int, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Entry:
    """One header or key line: its 1-based line number and the concrete key path it defines."""

    line: int
    path: Path_
    is_header: bool
    is_array_header: bool = False


def _split_key(text: str) -> tuple[list[str], str] | None:
    """Parse a (dotted, possibly quoted) key at the start of `text`; return parts and the rest."""
    parts: list[str] = []
    rest = text.lstrip()
    while True:
        if rest.startswith('"'):
            end = rest.find('"', 1)
            while end > 0 and rest[end - 1] == "\\":
                end = rest.find('"', end + 1)
            if end < 0:
                return None
            parts.append(rest[1:end])
            rest = rest[end + 1:].lstrip()
        elif rest.startswith("'"):
            end = rest.find("'", 1)
            if end < 0:
                return None
            parts.append(rest[1:end])
            rest = rest[end + 1:].lstrip()
        else:
            match = _BARE_KEY.match(rest)
            if not match:
                return None
            parts.append(match.group())
            rest = rest[match.end():].lstrip()
        if rest.startswith("."):
            rest = rest[1:].lstrip()
            continue
        return parts, rest


def _open_depth(value: str, depth: int, in_triple: str | None) -> tuple[int, str | None]:
    """Track bracket depth and open triple-quoted strings across the lines of one value."""
    index = 0
    while index < len(value):
        if in_triple:
            end = value.find(in_triple, index)
            if end < 0:
                return depth, in_triple
            index, in_triple = end + 3, None
            continue
        char = value[index]
        if value.startswith(('"""', "'''"), index):
            in_triple, index = value[index:index + 3], index + 3
            continue
        if char == "#":
            break
        if char in "\"'":
            end = index + 1
            while end < len(value) and value[end] != char:
                end += 2 if char == '"' and value[end] == "\\" else 1
            index = end + 1
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        index += 1
    return depth, in_triple


def scan(text: str) -> Iterator[Entry]:
    """Yield every table header and key line of `text` with its concrete path (array indices)."""
    table: Path_ = ()
    latest_index: dict[tuple[str, ...], int] = {}
    counts: dict[Path_, int] = {}
    depth, in_triple = 0, None
    for line_no, line in enumerate(text.splitlines(), start=1):
        if depth > 0 or in_triple:
            depth, in_triple = _open_depth(line, depth, in_triple)
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            is_array = stripped.startswith("[[")
            parsed = _split_key(stripped[2 if is_array else 1:])
            if parsed is None:
                continue
            parts = parsed[0]
            concrete: list[str | int] = []
            for position in range(len(parts)):
                concrete.append(parts[position])
                abstract = tuple(parts[:position + 1])
                if position < len(parts) - 1 and abstract in latest_index:
                    concrete.append(latest_index[abstract])
            if is_array:
                parent = tuple(concrete)
                index = counts.get(parent, 0)
                counts[parent] = index + 1
                latest_index[tuple(parts)] = index
                for key in [k for k in latest_index if len(k) > len(parts) and
                            k[:len(parts)] == tuple(parts)]:
                    del latest_index[key]
                concrete.append(index)
            table = tuple(concrete)
            yield Entry(line_no, table, True, is_array)
            continue
        parsed = _split_key(stripped)
        if parsed is None or not parsed[1].startswith("="):
            continue
        parts, rest = parsed
        yield Entry(line_no, table + tuple(parts), False)
        depth, in_triple = _open_depth(rest[1:], 0, None)


def line_of(text: str, path: Path_) -> int | None:
    """The line where `path` (or the nearest enclosing key written in the text) is defined."""
    lines = {entry.path: entry.line for entry in scan(text)}
    for length in range(len(path), 0, -1):
        if path[:length] in lines:
            return lines[path[:length]]
    return None


def insert_after_table(text: str, table: Path_, block: str) -> str | None:
    """Insert `block` at the end of the `[[...]]` table `table` and its sub-tables, or None.

    The block goes after the table's last non-comment line, so a comment that introduces the
    next section stays with it.
    """
    entries = list(scan(text))
    headers = [entry for entry in entries if entry.is_header]
    start = next((entry.line for entry in headers if entry.path == table), None)
    if start is None:
        return None
    end = next(
        (entry.line for entry in headers
         if entry.line > start and entry.path[:len(table)] != table),
        None,
    )
    lines = text.splitlines(keepends=True)
    stop = (end - 1) if end else len(lines)
    last = start
    for number in range(start, stop + 1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            last = number
    for entry in entries:
        if not entry.is_header and start <= entry.line <= stop:
            last = max(last, entry.line)
    last = _end_of_value(lines, last, stop)
    newline = "\r\n" if "\r\n" in text else "\n"
    head = "".join(lines[:last])
    if head and not head.endswith("\n"):
        head += newline
    return head + newline + block + "".join(lines[last:])


def _end_of_value(lines: list[str], line_no: int, stop: int) -> int:
    """The last line of a value that starts on `line_no` (a multi-line array or string)."""
    parsed = _split_key(lines[line_no - 1].strip())
    if parsed is None or not parsed[1].startswith("="):
        return line_no
    depth, in_triple = _open_depth(parsed[1][1:], 0, None)
    while (depth > 0 or in_triple) and line_no < stop:
        line_no += 1
        depth, in_triple = _open_depth(lines[line_no - 1], depth, in_triple)
    return line_no
