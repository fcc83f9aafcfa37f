"""Progress bars: drawn on stderr only when it is a terminal, never in piped or captured output."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from supp_tui.cli import main
from supp_tui.commands._progress import counting, progress

DEMO = Path(__file__).resolve().parents[2] / "demo" / "supp-demo.csv"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_stderr_is_not_a_terminal(capsys):
    with progress() as step:
        step("Writing tickets", 0, 10)
        counting(step, "Writing tickets")(10, 10)
    assert capsys.readouterr().err == ""


def test_a_bar_is_drawn_when_stderr_is_a_terminal(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress() as step:
        counting(step, "Drawing figures")(1, 5)
    assert "Drawing figures" in terminal.getvalue()


@pytest.mark.parametrize("argv", [
    ["sample", "-o", "{tmp}/board.csv", "--tickets", "300"],
    ["figures", str(DEMO), "-o", "{tmp}/figures", "--charts", "teams,flow"],
    ["report", "weekly", str(DEMO), "-o", "{tmp}/reports"],
])
def test_long_commands_keep_captured_stderr_clean(capsys, tmp_path, argv):
    status = main([part.format(tmp=tmp_path) for part in argv])
    captured = capsys.readouterr()
    assert status == 0 and captured.out and captured.err == ""
