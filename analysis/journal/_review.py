"""Review decisions: a reviewer's choice where labellers' journals disagree, kept as a `resolve` line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from analysis.journal._format import Entry, resolved_values
from analysis.journal._read import read_journal
from analysis.journal._writer import Change, LabelJournal


class Decision(NamedTuple):
    """What a `resolve` line says: the chosen values, who decided, which journals disagreed."""

    key: str
    dimension: str
    values: tuple[str, ...]
    by: str
    journals: tuple[str, ...]
    at: str


def resolve_value(values: Sequence[str], journals: Sequence[str | Path]) -> str:
    """The value field of a `resolve` line: chosen option ids, then the journals' file names."""
    names = [Path(j).name.replace("|", "_") for j in journals]
    return "|".join([" ".join(dict.fromkeys(values)), *names])


def decision(entry: Entry) -> Decision:
    """The review decision a `resolve` line records."""
    _, _, journals = entry.value.partition("|")
    return Decision(entry.key, entry.dimension, tuple(resolved_values(entry.value)), entry.by,
                    tuple(j for j in journals.split("|") if j), entry.at)


def record_resolution(journal: LabelJournal, key: str, dimension: str, values: Sequence[str],
                      journals: Sequence[str | Path]) -> Change:
    """Append the reviewer's choice for one ticket's dimension; undo brings back what it had."""
    current = journal.values(key, dimension)
    inverse = ([("set", current[0])] + [("add", v) for v in current[1:]] if current
               else [("clear", "")])
    return journal._change(key, dimension, (("resolve", resolve_value(values, journals)),),
                           inverse)


def review_decisions(path: str | Path) -> list[Decision]:
    """Every review decision a journal holds, oldest first."""
    return [decision(e) for e in read_journal(path).entries if e.op == "resolve"]
