"""Several writers on one labels.toml: none loses an option, and a killed one leaves no trace."""

from __future__ import annotations

import errno
import fcntl
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.framework import add_option, default_framework_path, load_framework

WRITERS = 2
OPTIONS_PER_WRITER = 40

KEEP_ADDING = """\
import os, signal, sys
from analysis.framework import add_option
path, trial, moment = sys.argv[1:]
if moment == "before-rename":
    os.replace = lambda *paths: os.kill(os.getpid(), signal.SIGKILL)
for number in range(100_000):
    add_option(path, "platform_team", f"Killed writer {trial} team {number}")
    if number == 0:
        print("ready", flush=True)
"""


def _add_forty(path: Path, writer: str, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait(timeout=60)
    for number in range(OPTIONS_PER_WRITER):
        add_option(path, "platform_team", f"Writer {writer} team {number}")


def _labels_toml(tmp_path: Path) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(default_framework_path().read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_two_processes_adding_forty_options_each_keep_all_eighty(tmp_path):
    path = _labels_toml(tmp_path)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WRITERS)
    writers = [context.Process(target=_add_forty, args=(path, str(n), start))
               for n in range(WRITERS)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    assert [writer.exitcode for writer in writers] == [0] * WRITERS
    names = load_framework(path).dimension("platform_team").option_names
    expected = {f"Writer {w} team {n}" for w in range(WRITERS) for n in range(OPTIONS_PER_WRITER)}
    assert expected <= set(names)
    assert [p.name for p in tmp_path.iterdir()] == ["labels.toml"]


def _kill_a_writer(path: Path, trial: int, moment: str, pause: float) -> None:
    """Run a process adding options to `path` and SIGKILL it after `pause` seconds of writing,
    or, for the moment "before-rename", let it kill itself just before its file is renamed."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    writer = subprocess.Popen([sys.executable, "-c", KEEP_ADDING, str(path), str(trial), moment],
                              stdout=subprocess.PIPE, env=environment, text=True)
    assert writer.stdout is not None
    if moment == "random":
        assert writer.stdout.readline() == "ready\n"
        time.sleep(pause)
        writer.send_signal(signal.SIGKILL)
    assert writer.wait(timeout=60) == -signal.SIGKILL
    writer.stdout.close()


def test_a_writer_killed_at_any_moment_leaves_a_valid_file_and_no_temporary(tmp_path):
    path = _labels_toml(tmp_path)
    pick = random.Random(10)
    moments = ["before-rename", "random", "random", "random", "random"]
    for trial, moment in enumerate(moments):
        _kill_a_writer(path, trial, moment, pick.uniform(0.01, 0.3))
        load_framework(path)
        add_option(path, "platform_team", f"After kill {trial}")
        assert [p.name for p in tmp_path.iterdir()] == ["labels.toml"]
    names = load_framework(path).dimension("platform_team").option_names
    assert {f"After kill {trial}" for trial in range(len(moments))} <= set(names)


def test_a_folder_that_cannot_be_locked_is_one_sentence_and_no_change(tmp_path, monkeypatch):
    path = _labels_toml(tmp_path)
    before = path.read_bytes()

    def no_locks(descriptor: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with pytest.raises(InputError, match=r"Cannot lock folder .* \(No locks available\), so "
                                         r"another labeller's change could be lost; keep "):
        add_option(path, "platform_team", "Not written")
    assert path.read_bytes() == before
