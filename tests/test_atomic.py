"""Atomic writes leave either the old file or the new one, never a partial file."""

import os

import pytest

from analysis.atomic import atomic_output, write_text_atomically


def test_new_file_gets_a_plain_mode_not_0600(tmp_path):
    target = tmp_path / "out.md"
    write_text_atomically(target, "hello\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "hello\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_replacing_keeps_the_old_mode(tmp_path):
    target = tmp_path / "labels.toml"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomically(target, "new", fsync=True)
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_error_mid_write_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "useful.csv"
    target.write_text("precious")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half")
        raise RuntimeError("disk full")
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["useful.csv"]


def test_output_folder_is_made_and_refused_when_it_cannot_be(tmp_path):
    from analysis.atomic import ensure_output_folder
    from analysis.errors import InputError

    made = ensure_output_folder(tmp_path / "a" / "b", "the files")
    assert made.is_dir() and list(made.iterdir()) == []
    (tmp_path / "q.csv").write_text("keep")
    with pytest.raises(InputError, match=r"q.csv is a file; pass a folder to -o \(the files\)"):
        ensure_output_folder(tmp_path / "q.csv", "the files")
    with pytest.raises(InputError, match="Cannot write into the output folder .*-o"):
        ensure_output_folder(tmp_path / "q.csv" / "sub", "the files")
    with pytest.raises(InputError, match="Cannot write into the output folder /proc/nope"):
        ensure_output_folder("/proc/nope", "the files")
    assert (tmp_path / "q.csv").read_text() == "keep"


def test_save_png_into_a_blocked_place_is_an_input_error(tmp_path):
    from matplotlib.figure import Figure

    from analysis.charts.png import save_png
    from analysis.errors import InputError

    (tmp_path / "2026-W05").write_text("a file where the figure folder goes")
    with pytest.raises(InputError, match="Cannot write .*01-teams.png"):
        save_png(Figure(), tmp_path / "2026-W05" / "01-teams.png")


@pytest.fixture
def umask_022():
    """Run with the common umask 022, so a plain new file is 0644 (readable by teammates)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_every_writer_leaves_files_teammates_can_read(tmp_path, umask_022):
    """Labels export, journal merge and quarantine all write through analysis.atomic: 0644."""
    import polars as pl

    from analysis.framework import load_framework
    from analysis.jira import quarantine
    from analysis.journal import export_labels, merge_journals, open_journal
    from analysis.sample import write_sample

    export = tmp_path / "board.csv"
    write_sample(export, tickets=20, seed=3)
    journals = [tmp_path / "ana.labels.csv", tmp_path / "ben.labels.csv"]
    for journal_path, key in zip(journals, ("SUPP-1", "SUPP-2"), strict=True):
        with open_journal(journal_path, by=journal_path.stem) as journal:
            journal.toggle(key, "platform_team", "platops", multi=False)
    merged = tmp_path / "merged.labels.csv"
    merge_journals(journals, merged)
    labels = pl.DataFrame({"key": ["SUPP-1"], "dimension": ["platform_team"],
                           "value": ["platops"]})
    exported = tmp_path / "labels.csv"
    export_labels(pl.DataFrame({"key": ["SUPP-1"], "summary": ["s"], "labels": [[]]}), labels,
                  load_framework(), "csv", exported)
    useful = tmp_path / "useful.csv"
    quarantine([export], useful, load_framework())
    for written in (merged, exported, useful):
        assert written.stat().st_mode & 0o777 == 0o644, written.name


def _finished_pid() -> int:
    """The pid of a process that has already ended (and been reaped)."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_write_removes_the_temporaries_a_killed_writer_of_that_target_left(tmp_path):
    import re
    import socket
    import time

    from analysis.atomic import STALE_AFTER_SECONDS

    host = re.sub(r"[^\w-]", "-", socket.gethostname())[:32]
    target = tmp_path / "labels.toml"
    dead = tmp_path / f".labels.toml.{_finished_pid()}@{host}.abcd1234.tmp"
    untagged_old = tmp_path / ".labels.toml.k9_x2m4q.tmp"
    other_host_old = tmp_path / ".labels.toml.12@elsewhere.zz99yy88.tmp"
    for stale in (dead, untagged_old, other_host_old):
        stale.write_text("half")
    long_ago = time.time() - STALE_AFTER_SECONDS - 5
    os.utime(untagged_old, (long_ago, long_ago))
    os.utime(other_host_old, (long_ago, long_ago))
    live = tmp_path / f".labels.toml.{os.getpid()}@{host}.live0001.tmp"
    untagged_fresh = tmp_path / ".labels.toml.fresh001.tmp"
    other_target = tmp_path / f".report.md.{_finished_pid()}@{host}.abcd1234.tmp"
    for kept in (live, untagged_fresh, other_target):
        kept.write_text("in progress")
    write_text_atomically(target, "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["labels.toml", live.name, untagged_fresh.name, other_target.name])


def test_a_stale_temporary_that_cannot_be_removed_does_not_stop_the_write(tmp_path, monkeypatch):
    import time
    from pathlib import Path

    from analysis.atomic import STALE_AFTER_SECONDS

    stale = tmp_path / ".labels.toml.k9_x2m4q.tmp"
    stale.write_text("another user's")
    long_ago = time.time() - STALE_AFTER_SECONDS - 5
    os.utime(stale, (long_ago, long_ago))
    unlink = Path.unlink

    def refuse_the_stale_one(path, missing_ok=False):
        if path.name == stale.name:
            raise PermissionError(13, "Permission denied")
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_the_stale_one)
    write_text_atomically(tmp_path / "labels.toml", "new")
    assert (tmp_path / "labels.toml").read_text() == "new" and stale.exists()
