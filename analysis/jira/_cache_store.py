"""The parse cache's entries on disk: a Parquet ticket frame and a JSON sidecar per board.

An entry is a folder named by the digest of the reading settings; its sidecar records the
exports' stat signatures and content hashes and names the Parquet file it belongs to, so a
half-written or foreign Parquet file is never read as the board's.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import polars as pl

from analysis.atomic import atomic_output, write_text_atomically
from analysis.jira._reader import Export, ExportFile

CACHE_ENV = "SUPP_TUI_CACHE_DIR"
SIDECAR = "entry.json"
MAX_ENTRIES = 8
MAX_BYTES = 2 * 1024**3
# What a damaged or foreign entry raises while it is read; it is then rebuilt.
DAMAGED = (OSError, ValueError, KeyError, TypeError, IndexError, pl.exceptions.PolarsError)


@dataclass(frozen=True)
class Stored:
    """A cache entry's sidecar: the exports it was read from and what the read said."""

    stats: list[list[Any]]
    hashes: list[str]
    parquet: str
    files: list[dict[str, Any]]
    warnings: list[str]
    guessed: dict[str, str]


def cache_root() -> Path:
    """The folder holding the cache entries: $SUPP_TUI_CACHE_DIR, else the user cache folder."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("supp-tui")) / "boards"


def load_stored(entry: Path) -> Stored | None:
    """The entry's sidecar, or None when it is missing or damaged."""
    try:
        data = json.loads((entry / SIDECAR).read_text(encoding="utf-8"))
        return Stored(**data)
    except DAMAGED:
        return None


def load_export(entry: Path, stored: Stored) -> Export | None:
    """The Export the entry holds, or None when its Parquet file is missing or damaged."""
    try:
        tickets = pl.read_parquet(entry / stored.parquet)
        files = tuple(ExportFile(Path(f["path"]), tuple(f["header"]), int(f["records"]),
                                 str(f["encoding"])) for f in stored.files)
    except DAMAGED:
        return None
    _touch(entry / SIDECAR)
    return Export(tickets, files, tuple(stored.warnings), dict(stored.guessed))


def store_export(entry: Path, export: Export, stats: list[list[Any]], hashes: list[str],
                 content: str) -> None:
    """Write the export into the entry (Parquet first, sidecar last); failures are ignored."""
    parquet = f"tickets-{content[:24]}.parquet"
    stored = Stored(stats=stats, hashes=hashes, parquet=parquet,
                    files=[{"path": str(f.path), "header": list(f.header), "records": f.records,
                            "encoding": f.encoding} for f in export.files],
                    warnings=list(export.warnings), guessed=dict(export.guessed_columns))
    try:
        entry.mkdir(parents=True, exist_ok=True)
        with atomic_output(entry / parquet) as stream:
            export.tickets.write_parquet(stream)
        write_text_atomically(entry / SIDECAR, json.dumps(stored.__dict__))
    except (OSError, pl.exceptions.PolarsError):
        return
    _remove_other_parquets(entry, parquet)
    prune(entry.parent)


def refresh_stats(entry: Path, stored: Stored, stats: list[list[Any]]) -> None:
    """Record the exports' new stat signatures once their content proved unchanged."""
    try:
        write_text_atomically(entry / SIDECAR, json.dumps({**stored.__dict__, "stats": stats}))
    except OSError:
        pass


def prune(root: Path, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
    """Delete the least recently used entries beyond `max_entries` or `max_bytes` in all."""
    try:
        entries = [(_last_used(path), _size(path), path) for path in root.iterdir()
                   if path.is_dir()]
    except OSError:
        return
    entries.sort(reverse=True)
    total = 0
    for kept, (_, size, path) in enumerate(entries):
        total += size
        if kept >= max_entries or total > max_bytes:
            shutil.rmtree(path, ignore_errors=True)


def _remove_other_parquets(entry: Path, keep: str) -> None:
    """Delete the entry's Parquet files the sidecar no longer names."""
    for path in entry.glob("tickets-*.parquet"):
        if path.name != keep:
            path.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark the entry as just used, for pruning; a read-only cache stays as it is."""
    try:
        os.utime(path)
    except OSError:
        pass


def _last_used(entry: Path) -> int:
    """When the entry was last written or read (its sidecar's mtime; 0 without one)."""
    try:
        return (entry / SIDECAR).stat().st_mtime_ns
    except OSError:
        return 0


def _size(entry: Path) -> int:
    """The bytes the entry's files take."""
    total = 0
    for path in entry.iterdir():
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total
