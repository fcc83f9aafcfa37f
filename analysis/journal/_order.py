"""The one order in which several journals' lines replay: by time, ties decided by the lines
themselves (never by which journal came first), identical lines once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from analysis.journal._format import Entry

# The consecutive lines of one journal with one time and labeller: what one keystroke wrote.
Group = tuple[Entry, ...]


def merged_order(journals: Sequence[Sequence[Entry]]) -> list[Entry]:
    """Every line of the journals in time order; a group found in several journals is kept once.

    A group's lines keep their order, since one keystroke's lines (a set, then adds) only mean
    what they mean in that order.
    """
    groups = sorted({group for entries in journals for group in _groups(entries)})
    return [entry for group in groups for entry in group]


def _groups(entries: Iterable[Entry]) -> list[Group]:
    groups: list[list[Entry]] = []
    for entry in entries:
        last = groups[-1][-1] if groups else None
        if last is not None and (last.at, last.by) == (entry.at, entry.by):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return [tuple(group) for group in groups]
