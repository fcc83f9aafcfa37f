"""Commands that read only the columns they need print and write exactly what a full read
gives, on the demo board."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import analysis.jira._cache as cache_module
from supp_tui.cli import main

DEMO = Path(__file__).resolve().parents[2] / "demo" / "supp-demo.csv"
COMMANDS = [
    ["stats", "{board}", "--json"],
    ["stats", "{board}", "--weeks", "0"],
    ["chart", "teams", "{board}", "--width", "100", "--height", "30", "--color", "never"],
    ["chart", "created-closed", "{board}", "--width", "100", "--height", "30"],
    ["chart", "resolution", "{board}", "--width", "100", "--height", "30"],
    ["chart", "targets", "{board}", "--width", "100", "--height", "30"],
    ["chart", "teams", "{board}", "--by", "assignee", "--width", "100", "--height", "30"],
    ["chart", "teams", "{board}", "--by", "Issue Type", "--width", "100", "--height", "30"],
    ["chart", "crosstab", "{board}", "--by", "priority", "--against", "status",
     "--width", "100", "--height", "30"],
    ["chart", "teams", "{board}", "--by", "nonsense", "--width", "100", "--height", "30"],
    ["figures", "{board}", "-o", "{out}"],
    ["report", "monthly", "{board}", "-o", "{out}"],
    ["report", "weekly", "{board}", "-o", "{out}", "--no-figures"],
    ["labels", "export", "{board}", "-o", "-", "--format", "jira"],
    ["stats", "{board}", "--json", "--anonymise"],
]


def _run(args: list[str], folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """Exit status, output and every file written, for one command run in `folder`."""
    folder.mkdir()
    board = folder / "board.csv"
    shutil.copy(DEMO, board)
    out = folder / "out"
    filled = [arg.format(board=board, out=out) for arg in args]
    try:
        status = main(filled)
    except SystemExit as error:
        status = error.code
    printed = capsys.readouterr()
    files = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and p.name != "board.csv"}
    text = (printed.out + printed.err).replace(str(folder), "FOLDER")
    return {"status": status, "text": text, "files": files}


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:3]) for a in COMMANDS])
def test_projected_read_matches_full_read(args, tmp_path, monkeypatch, capsys):
    projected = _run(args, tmp_path / "projected", capsys)
    real = cache_module.read_export

    def full_read(*positional, columns=None, **named):
        return real(*positional, **named)

    monkeypatch.setattr(cache_module, "read_export", full_read)
    full = _run(args, tmp_path / "full", capsys)
    assert projected["status"] == full["status"]
    assert projected["text"] == full["text"]
    assert projected["files"] == full["files"]
