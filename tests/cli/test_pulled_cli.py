"""Pulled boards (`.jsonl`) through the real CLI: the same numbers as the CSV export of the same
board, and every command that reads a board accepts one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.journal import open_journal
from supp_tui.cli import main

TICKETS, SEED = 600, 11


@pytest.fixture(scope="module")
def boards(tmp_path_factory) -> dict[str, Path]:
    """One sample board written as a CSV export and as Cloud and Data Center pulls."""
    folder = tmp_path_factory.mktemp("boards")
    written = {"csv": folder / "board.csv", "cloud": folder / "cloud.jsonl",
               "server": folder / "server.jsonl"}
    for api, path in written.items():
        argv = ["sample", "-o", str(path), "--tickets", str(TICKETS), "--seed", str(SEED)]
        assert main(argv + ([] if api == "csv" else ["--api", api])) == 0
    return written


def run(capsys, *argv: object) -> str:
    capsys.readouterr()
    assert main([str(arg) for arg in argv]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_csv_and_pulled_board_give_the_same_stats(boards, capsys, api):
    from_csv = json.loads(run(capsys, "stats", boards["csv"], "--json"))
    pulled = json.loads(run(capsys, "stats", boards[api], "--json"))
    assert from_csv["tickets"] == TICKETS
    assert pulled == from_csv


def test_team_field_names_the_custom_field_on_both(boards, capsys):
    argv = ("--json", "--team-field", "Custom field (Team Name)")
    from_csv = json.loads(run(capsys, "stats", boards["csv"], *argv))
    assert json.loads(run(capsys, "stats", boards["cloud"], *argv)) == from_csv
    assert from_csv["with_team"] > 0


def test_report_reads_a_pulled_board(boards, tmp_path, capsys):
    out = run(capsys, "report", "monthly", boards["cloud"], "-o", tmp_path / "reports",
              "--no-figures")
    assert "Wrote" in out
    written = list((tmp_path / "reports").glob("*.md"))
    assert written and "SUPP-" in written[0].read_text(encoding="utf-8")


def test_quarantine_writes_the_useful_issue_lines_as_they_were(boards, tmp_path, capsys):
    output = tmp_path / "useful.jsonl"
    out = run(capsys, "quarantine", boards["cloud"], "-o", output)
    assert out.startswith("Kept ")
    lines = boards["cloud"].read_bytes().splitlines(keepends=True)
    kept = output.read_bytes().splitlines(keepends=True)
    assert 0 < len(kept) < len(lines) and set(kept) <= set(lines)
    assert output.with_name("useful.jsonl.pull.json").is_file()
    assert json.loads(run(capsys, "stats", output, "--json"))["with_team"] == len(kept)


def test_quarantine_refuses_a_pulled_board_with_a_csv(boards, tmp_path, capsys):
    argv = ["quarantine", str(boards["csv"]), str(boards["cloud"]), "-o", str(tmp_path / "o")]
    assert main(argv) == 2
    assert "pulled board" in capsys.readouterr().err


def test_labels_export_uses_the_journal_beside_the_pulled_board(boards, tmp_path, capsys):
    journal = boards["server"].with_name("server.jsonl.labels.csv")
    with open_journal(journal, by="tester") as writer:
        writer.set("SUPP-3", "platform_team", "observability", multi=False)
    output = tmp_path / "labels.csv"
    run(capsys, "labels", "export", boards["server"], "-o", output)
    text = output.read_text(encoding="utf-8")
    assert "SUPP-3" in text and "Observability" in text
