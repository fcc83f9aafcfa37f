"""What the journal once held: values set or added and later removed, replaced or cleared."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from analysis.journal._format import replay
from analysis.journal._read import labels_frame, merged_entries


def removed_labels(path: str | Path | Sequence[str | Path]) -> pl.DataFrame:
    """(key, dimension, value) of every value the journal set or added and no longer holds,
    in the order each was first given."""
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    entries, _ = merged_entries(paths)
    current = replay(entries)
    removed: dict[str, dict[str, list[str]]] = {}
    for entry in entries:
        if entry.op not in ("set", "add"):
            continue
        if entry.value in current.get(entry.key, {}).get(entry.dimension, ()):
            continue
        values = removed.setdefault(entry.key, {}).setdefault(entry.dimension, [])
        if entry.value not in values:
            values.append(entry.value)
    return labels_frame(removed)
