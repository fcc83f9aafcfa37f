"""Read a board through the parse cache: the ticket frame saved as Parquet, reused while the
exports (and pulled boards' pull records), the framework's reading settings and the reader
stay the same."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import polars as pl

from analysis.framework import Framework, load_framework
from analysis.jira._cache_store import (
    cache_root,
    load_export,
    load_stored,
    refresh_stats,
    store_export,
)
from analysis.jira._pull_record import pull_record_path
from analysis.jira._pulled import is_pulled
from analysis.jira._reader import Export, read_export
from analysis.jira._source import export_paths

# Bump whenever the ticket frame read_export builds changes, so old cache entries are not reused.
READER_VERSION = 2
BLOCK = 8 * 1024 * 1024


def read_board(
    paths: str | Path | Sequence[str | Path], framework: Framework | None = None,
    team_field: str | None = None, *, dedupe: bool = True,
    columns: Collection[str] | None = None, cache: bool = True,
) -> Export:
    """The same Export as `read_export`, taken from the parse cache when it holds this board.

    The stored frame is trusted when every export's size, mtime, ctime and inode match, or else
    when its content hash does; the cache is best effort, so a damaged entry is rebuilt and a
    cache that cannot be written is skipped.
    """
    if framework is None:
        framework = load_framework(None)
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    options: dict[str, Any] = {"dedupe": dedupe}
    if columns is not None:
        options["columns"] = columns
    if not cache:
        return read_export(given, framework, team_field, **options)
    files = [path.resolve() for path in export_paths(given)]
    entry = cache_root() / settings_digest(given, files, framework, team_field, dedupe, columns)
    stats = [stat_signature(path) for path in files]
    stored = load_stored(entry)
    hashes: list[str] | None = None
    if stored is not None and stored.stats == stats:
        cached = load_export(entry, stored)
        if cached is not None:
            return hashed(cached, stored.hashes)
    elif stored is not None:
        hashes = [content_hash(path) for path in files]
        cached = load_export(entry, stored) if stored.hashes == hashes else None
        if cached is not None:
            refresh_stats(entry, stored, stats)
            return hashed(cached, hashes)
    with ThreadPoolExecutor(max_workers=1) as pool:
        hashing = pool.map(content_hash, files if hashes is None else [])
        export = read_export(given, framework, team_field, **options)
        hashes = hashes or list(hashing)
    if [stat_signature(path) for path in files] == stats:
        store_export(entry, export, stats, hashes, _digest(json.dumps(hashes)))
    return hashed(export, hashes)


def hashed(export: Export, hashes: Sequence[str]) -> Export:
    """The export with each file's content hash, so nothing hashes the exports again."""
    files = tuple(replace(file, sha256=digest)
                  for file, digest in zip(export.files, hashes, strict=True))
    return replace(export, files=files)


def settings_digest(given: Sequence[str | Path], files: Sequence[Path], framework: Framework,
                    team_field: str | None, dedupe: bool,
                    columns: Collection[str] | None) -> str:
    """The digest naming a board's cache entry: everything but the exports' content that
    changes the Export read_export returns."""
    settings = {
        "reader": READER_VERSION,
        "polars": pl.__version__,
        "given": [str(path) for path in given],
        "files": [str(path) for path in files],
        "framework": framework_settings(framework),
        "team_field": team_field,
        "dedupe": dedupe,
        "columns": None if columns is None else sorted(set(columns)),
        "pull_records": [pull_record_digest(path) for path in files if is_pulled(path)],
    }
    return _digest(json.dumps(settings, sort_keys=True))


def pull_record_digest(board: Path) -> str | None:
    """The content hash of a pulled board's pull record (it names the custom fields and the
    status categories), or None when it has none."""
    record = pull_record_path(board)
    return content_hash(record) if record.is_file() else None


def framework_settings(framework: Framework) -> str:
    """The parts of the framework that change the ticket frame or the reader's warnings."""
    return json.dumps({
        "path": None if framework.path is None else str(framework.path),
        "team": framework.team.model_dump_json(),
        "closed": framework.closed.model_dump_json(),
        "export": framework.export.model_dump_json(),
        "team_dimension": framework.team_dimension.model_dump_json(),
    })


def stat_signature(path: Path) -> list[int]:
    """Size, mtime, ctime and inode: what changes whenever the file's bytes do, in practice."""
    stat = os.stat(path)
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def content_hash(path: Path) -> str:
    """The SHA-256 hex digest of the file's bytes, read in 8 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _digest(text: str) -> str:
    """A short hex digest of `text`, fit for a folder name."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
