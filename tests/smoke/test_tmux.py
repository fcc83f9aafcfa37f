"""The real `supp-tui label` in a real terminal (tmux): keys typed, journal checked, SIGKILL survived."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from analysis.jira import read_export
from analysis.journal import read_labels
from analysis.sample import write_sample

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

ENTRY_POINT = Path(sys.executable).with_name("supp-tui")
WAIT_SECONDS = 20


class Terminal:
    """One tmux session on a private server, running a command in a pane of a fixed size."""

    def __init__(self, command: str, cwd: Path, size=(100, 30)) -> None:
        self.socket = f"supp-smoke-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", "main", "-x", str(size[0]), "-y", str(size[1]),
                   "-c", str(cwd), f"exec {command}")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], check=True,
                                capture_output=True, text=True)
        return result.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "main")

    def pid(self) -> int:
        return int(self._tmux("display-message", "-p", "-t", "main", "#{pane_pid}").strip())

    def press(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", "main", key)

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], check=False,
                       capture_output=True)


@pytest.fixture
def board(tmp_path) -> Path:
    """A 30-ticket sample export with the repository's labels.toml beside it."""
    path = write_sample(tmp_path / "board.csv", tickets=30, seed=11)
    shutil.copy(Path(__file__).parents[2] / "labels.toml", tmp_path / "labels.toml")
    return path


@pytest.fixture
def keys(board) -> list[str]:
    """The board's ticket keys in export order."""
    return read_export([board]).tickets["key"].to_list()


def label_command(board: Path) -> str:
    return f"{ENTRY_POINT} label {board.name} --by smoke"


def test_label_a_few_tickets_and_quit(board, keys, tmp_path):
    terminal = Terminal(label_command(board), tmp_path)
    try:
        terminal.wait_for(f"{keys[0]} ")
        terminal.press("1", "m")
        terminal.wait_for(f"{keys[0]} 2/3 required")  # no product yet
        terminal.press("Space")
        terminal.wait_for(f"{keys[1]} ")
        terminal.press("2", "b", "Space", "3")
        terminal.wait_for(f"{keys[2]} 1/3 required")
        terminal.press("q")
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline and _alive(terminal):
            time.sleep(0.05)
    finally:
        terminal.close()
    labels = set(read_labels(tmp_path / "board.csv.labels.csv").iter_rows())
    assert labels == {
        (keys[0], "platform_team", "platops"), (keys[0], "macro_category", "metrics"),
        (keys[1], "platform_team", "build_and_deploy"),
        (keys[1], "macro_category", "build_pipeline"),
        (keys[2], "platform_team", "observability"),
    }


def test_sigkill_loses_no_label_already_shown(board, keys, tmp_path):
    terminal = Terminal(label_command(board), tmp_path)
    try:
        terminal.wait_for(f"{keys[0]} ")
        pid = terminal.pid()
        terminal.press("4", "w", "Space", "5")
        terminal.wait_for(f"{keys[1]} 1/3 required")
        terminal.press("t")
        terminal.wait_for("Macro category: Databases")
        os.kill(pid, signal.SIGKILL)
    finally:
        terminal.close()
    journal = tmp_path / "board.csv.labels.csv"
    assert set(read_labels(journal).iter_rows()) == {
        (keys[0], "platform_team", "network_platform"), (keys[0], "macro_category", "networking"),
        (keys[1], "platform_team", "data_platform"), (keys[1], "macro_category", "databases"),
    }
    reopened = Terminal(label_command(board), tmp_path)
    try:
        reopened.wait_for(f"{keys[0]} 2/3 required")  # the first incomplete ticket
    finally:
        reopened.close()


def _alive(terminal: Terminal) -> bool:
    try:
        return "main" in terminal._tmux("list-sessions", "-F", "#{session_name}")
    except subprocess.CalledProcessError:
        return False
