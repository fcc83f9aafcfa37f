"""The parse cache: a second read of an unchanged board comes from Parquet, anything that
changes the frame makes a new read, and a broken or unwritable cache is never fatal."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from analysis.framework import ClosedSettings
from analysis.jira import cache_root, read_board, read_export
from supp_tui.cli import main

DEMO = Path(__file__).resolve().parents[2] / "demo" / "supp-demo.csv"
BOARD = (
    "Issue key,Summary,Created,Updated,Labels\n"
    "S-1,first,17/Jan/21 10:32 AM,18/Jan/21 9:00 AM,platform\n"
    "S-1,first again,17/Jan/21 10:32 AM,19/Jan/21 9:00 AM,platform\n"
    "S-2,second,18/Jan/21 11:00 AM,18/Jan/21 11:00 AM,data\n"
)


@pytest.fixture
def reads(monkeypatch):
    """The list of paths read_export was called with through the cache, one item per parse."""
    calls: list[object] = []

    def counted(paths, *args, **kwargs):
        calls.append(paths)
        return read_export(paths, *args, **kwargs)
    monkeypatch.setattr("analysis.jira._cache.read_export", counted)
    return calls


def entries() -> list[Path]:
    root = cache_root()
    return sorted(root.iterdir()) if root.exists() else []


def test_second_read_comes_from_the_cache_with_the_same_frame_files_and_warnings(
        write_export, framework, reads):
    path = write_export(BOARD)
    first = read_board([path], framework)
    second = read_board([path], framework)
    assert len(reads) == 1
    assert second.tickets.equals(first.tickets)
    assert second.tickets.schema == first.tickets.schema
    assert second.files == first.files
    assert second.warnings == first.warnings
    assert any("repeat an issue key" in warning for warning in second.warnings)
    assert second.guessed_columns == first.guessed_columns


def test_changed_content_with_the_same_size_and_mtime_is_read_again(write_export, framework,
                                                                    reads):
    path = write_export(BOARD)
    read_board([path], framework)
    before = path.stat()
    path.write_bytes(BOARD.replace("second", "SECOND").encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    export = read_board([path], framework)
    assert len(reads) == 2
    assert "SECOND" in export.tickets.get_column("summary").to_list()


def test_a_touched_but_unchanged_export_is_still_a_hit(write_export, framework, reads,
                                                     monkeypatch):
    from analysis.jira import _cache
    hashed: list[Path] = []

    def counted(path):
        hashed.append(path)
        return content_hash(path)
    content_hash = _cache.content_hash
    monkeypatch.setattr(_cache, "content_hash", counted)
    path = write_export(BOARD)
    read_board([path], framework)
    os.utime(path, ns=(1, 1))
    read_board([path], framework)
    read_board([path], framework)
    assert len(reads) == 1
    assert len(hashed) == 2  # written once, checked once; then the new mtime is trusted


def test_a_changed_framework_is_read_again(write_export, framework, reads):
    path = write_export(BOARD)
    read_board([path], framework)
    changed = framework.model_copy(update={"closed": ClosedSettings(fallback_to_updated=False)})
    read_board([path], changed)
    read_board([path], framework, team_field="Labels")
    read_board([path], framework, dedupe=False)
    assert len(reads) == 4


@pytest.mark.parametrize("damage", ["parquet", "sidecar-json", "sidecar-missing"])
def test_a_damaged_entry_is_rebuilt(write_export, framework, reads, damage):
    path = write_export(BOARD)
    first = read_board([path], framework)
    (entry,) = entries()
    if damage == "parquet":
        next(entry.glob("*.parquet")).write_bytes(b"not parquet at all")
    elif damage == "sidecar-json":
        (entry / "entry.json").write_text("{broken", encoding="utf-8")
    else:
        (entry / "entry.json").unlink()
    again = read_board([path], framework)
    assert again.tickets.equals(first.tickets)
    assert len(reads) == 2
    assert read_board([path], framework).tickets.equals(first.tickets)
    assert len(reads) == 2


def test_a_cache_folder_that_cannot_be_made_is_skipped(write_export, framework, reads,
                                                       tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("SUPP_TUI_CACHE_DIR", str(blocker / "cache"))
    path = write_export(BOARD)
    assert read_board([path], framework).tickets.height == 2
    assert read_board([path], framework).tickets.height == 2
    assert len(reads) == 2


def test_a_full_disk_while_writing_the_cache_is_ignored(write_export, framework, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr("analysis.jira._cache_store.write_text_atomically", full)
    path = write_export(BOARD)
    assert read_board([path], framework).tickets.height == 2
    assert all(not (entry / "entry.json").exists() for entry in entries())


def test_without_cache_nothing_is_stored_or_reused(write_export, framework, reads):
    path = write_export(BOARD)
    read_board([path], framework, cache=False)
    read_board([path], framework, cache=False)
    assert len(reads) == 2
    assert entries() == []


def test_the_cache_keeps_only_the_most_recent_entries(write_export, framework):
    for index in range(10):
        read_board([write_export(BOARD, name=f"board{index}.csv")], framework)
    assert len(entries()) == 8


def test_the_column_set_is_part_of_the_key(tmp_path, framework):
    from analysis.jira._cache import settings_digest

    def digest(columns):
        return settings_digest(["b.csv"], [tmp_path / "b.csv"], framework, None, True, columns)
    assert digest(["key", "created"]) == digest(["created", "key"])
    assert digest(["key", "created"]) != digest(["key"])
    assert digest(None) != digest(["key"])


def stats_json(capsys, *options: str) -> str:
    assert main(["stats", "--json", str(DEMO), *options]) == 0
    return capsys.readouterr().out


def test_stats_json_is_the_same_cached_and_uncached(capsys, monkeypatch):
    uncached = stats_json(capsys, "--no-cache")
    assert entries() == []
    first = stats_json(capsys)
    assert len(entries()) == 1

    def fail(*args, **kwargs):
        raise AssertionError("the export was parsed although the cache holds it")
    monkeypatch.setattr("analysis.jira._cache.read_export", fail)
    cached = stats_json(capsys)
    assert json.loads(cached) == json.loads(first) == json.loads(uncached)
    assert cached == uncached


def test_no_cache_reads_the_export_even_when_the_cache_holds_it(capsys, monkeypatch, reads):
    stats_json(capsys)
    stats_json(capsys, "--no-cache")
    assert len(reads) == 2


def test_a_projected_read_is_cached_under_its_own_column_set(write_export, framework, reads):
    path = write_export(BOARD)
    full = read_board([path], framework)
    first = read_board([path], framework, columns=["key", "created"])
    second = read_board([path], framework, columns=["created", "key"])
    assert len(reads) == 2
    assert second.tickets.equals(first.tickets)
    assert second.tickets.width < full.tickets.width
