"""Merging journals into one: every line in the one replay order, conflicts reported, and an
existing file replaced only when forced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import InputError
from analysis.journal._format import Entry, Labels, apply_entry, replay
from analysis.journal._order import merged_order
from analysis.journal._read import JournalContents, read_journal, write_journal


@dataclass(frozen=True)
class Side:
    """What one journal last made of a ticket's dimension: by whom, when, and the values left."""

    journal: Path
    by: str
    at: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    """A ticket's dimension that journals left with different values, and what the merge keeps."""

    key: str
    dimension: str
    sides: tuple[Side, ...]
    kept: tuple[str, ...]

    def sentence(self) -> str:
        """One line naming each side and the values the merged journal keeps."""
        sides = "; ".join(f"{s.journal} has {_shown(s.values)} ({s.by}, {s.at})" for s in self.sides)
        return f"{self.key} {self.dimension}: {sides}; the merge keeps {_shown(self.kept)}."


@dataclass(frozen=True)
class MergeResult:
    """The merged line count, the conflicts found and the warnings about skipped lines."""

    lines: int
    conflicts: tuple[Conflict, ...]
    warnings: tuple[str, ...]


def merge_journals(paths: Sequence[str | Path], output: str | Path, *,
                   force: bool = False) -> MergeResult:
    """Write one journal holding every line of `paths` once, in the one replay order."""
    output = Path(output)
    if output.exists() and not force:
        raise InputError(f"{output} already exists; pass --force to replace it, or write the "
                         f"merged journal to a new file.")
    contents = {Path(p): read_journal(p) for p in dict.fromkeys(paths)}
    entries = merged_order([c.entries for c in contents.values()])
    write_journal(entries, output)
    warnings = tuple(w for c in contents.values() for w in c.warnings)
    return MergeResult(len(entries), conflicts(contents, replay(entries)), warnings)


def conflicts(contents: dict[Path, JournalContents], merged: Labels) -> tuple[Conflict, ...]:
    """Ticket dimensions that two journals end differently, where the merge drops a value one
    of them kept, without one holding the other's last change to it (a journal merged from
    another only carries that one's history on); values two labellers added side by side to a
    several-value dimension are both kept and are no conflict."""
    last: dict[tuple[str, str], list[tuple[Path, Entry, tuple[str, ...]]]] = {}
    for path, journal in contents.items():
        labels: Labels = {}
        latest: dict[tuple[str, str], Entry] = {}
        for entry in journal.entries:
            apply_entry(labels, entry)
            latest[(entry.key, entry.dimension)] = entry
        for (key, dimension), entry in latest.items():
            values = tuple(labels.get(key, {}).get(dimension, ()))
            last.setdefault((key, dimension), []).append((path, entry, values))
    held = {path: set(journal.entries) for path, journal in contents.items()}
    found = []
    for (key, dimension), ends in sorted(last.items()):
        live = [(path, entry, values) for path, entry, values in ends
                if not any(entry in held[other] and other_values != values
                           for other, _, other_values in ends if other != path)]
        kept = tuple(merged.get(key, {}).get(dimension, ()))
        lost = any(not set(values) <= set(kept) for _, _, values in live)
        if lost and len({tuple(sorted(values)) for _, _, values in live}) > 1:
            sides = sorted((Side(path, e.by, e.at, values) for path, e, values in live),
                           key=lambda s: (s.at, s.by, str(s.journal)))
            found.append(Conflict(key, dimension, tuple(sides), kept))
    return tuple(found)


def _shown(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else "no value"
