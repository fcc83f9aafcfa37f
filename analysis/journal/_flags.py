"""Theme flags in the journal: a short note on a ticket ("possible new theme: …"), replayed
apart from labels so a flag never becomes a label value or counts in coverage."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.journal._format import FLAG_OPS, Entry, parse_lines
from analysis.journal._read import merged_entries

# key -> note -> the flag; a note is flagged once per ticket, whoever flags it again.
Flags = dict[str, dict[str, "Flag"]]

_FLAG_LINE = re.compile(rb"^[^\n]*,(?:un)?flag\r?\n", re.MULTILINE)


@dataclass(frozen=True)
class Flag:
    """A ticket flagged with a note, by whom and when (the line that last raised it)."""

    key: str
    note: str
    by: str
    at: str


def clean_note(note: str) -> str:
    """A note as the journal keeps it: one line, spaces collapsed."""
    return " ".join(note.split())


def apply_flag(flags: Flags, entry: Entry) -> None:
    """Apply one journal line to the flags in place; a label line changes nothing."""
    if entry.op == "flag":
        flags.setdefault(entry.key, {}).setdefault(
            entry.value, Flag(entry.key, entry.value, entry.by, entry.at))
    elif entry.op == "unflag":
        notes = flags.get(entry.key)
        if notes is not None:
            notes.pop(entry.value, None)
            if not notes:
                flags.pop(entry.key)


def replay_flags(entries: Iterable[Entry], flags: Flags | None = None) -> Flags:
    """The open flags after applying the entries in order (onto `flags` when given)."""
    flags = {} if flags is None else flags
    for entry in entries:
        if entry.op in FLAG_OPS:
            apply_flag(flags, entry)
    return flags


def flags_in(body: bytes, path: Path) -> Flags:
    """The open flags of a journal's complete entry lines, found without parsing label lines."""
    if b"flag" not in body:
        return {}
    lines = b"".join(match.group(0) for match in _FLAG_LINE.finditer(body))
    entries, _ = parse_lines(lines, path)
    return replay_flags(entries)


def read_flags(path: str | Path | Sequence[str | Path]) -> list[Flag]:
    """Every open flag of one journal, or of several merged, oldest first."""
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    entries, _ = merged_entries(paths)
    return flag_list(replay_flags(entries))


def flag_list(flags: Flags) -> list[Flag]:
    """The flags as a list, oldest first (ties by key and note)."""
    return sorted((flag for notes in flags.values() for flag in notes.values()),
                  key=lambda flag: (flag.at, flag.key, flag.note))
