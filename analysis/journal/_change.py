"""What one user action appended to an open journal, and how to take it back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.journal._format import Entry

Ops = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Change:
    """The lines one user action appended, and the (op, value) pairs that undo it."""

    key: str
    dimension: str
    entries: tuple[Entry, ...]
    inverse: tuple[tuple[str, str], ...]
    others: frozenset[str] = field(default_factory=frozenset)
