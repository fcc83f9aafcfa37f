"""`supp-tui quarantine` counts a ticket's team as stats does: the label journal's, else Jira's."""

from __future__ import annotations

import pytest

from analysis.journal import open_journal
from supp_tui.cli import main

EXPORT = (
    "Issue key,Summary,Created,Labels\n"
    "SUPP-1,Grafana empty,05/Jan/26 10:00 AM,platops\n"
    "SUPP-2,No Jira team,06/Jan/26 2:15 PM,urgent\n"
)


@pytest.fixture
def board(tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def label(journal_path, key: str, team: str) -> None:
    with open_journal(journal_path, by="tester") as journal:
        journal.set(key, "platform_team", team, multi=False)


def test_a_ticket_the_journal_gave_a_team_is_kept(board, tmp_path, capsys):
    label(board.with_name("board.csv.labels.csv"), "SUPP-2", "observability")
    output = tmp_path / "useful.csv"
    assert main(["quarantine", str(board), "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert "Kept 2 of 2 tickets" in out and "Observability" in out
    assert output.read_text(encoding="utf-8") == EXPORT


def test_journal_option_chooses_the_journal(board, tmp_path, capsys):
    elsewhere = tmp_path / "mine.labels.csv"
    label(elsewhere, "SUPP-2", "observability")
    output = tmp_path / "useful.csv"
    assert main(["quarantine", str(board), "-o", str(output)]) == 0
    assert "Kept 1 of 2 tickets" in capsys.readouterr().out
    assert main(["quarantine", str(board), "-o", str(tmp_path / "again.csv"),
                 "--journal", str(elsewhere)]) == 0
    assert "Kept 2 of 2 tickets" in capsys.readouterr().out


def test_the_journal_team_replaces_the_jira_team_in_the_table(board, tmp_path, capsys):
    label(board.with_name("board.csv.labels.csv"), "SUPP-1", "observability")
    assert main(["quarantine", str(board), "-o", str(tmp_path / "useful.csv")]) == 0
    out = capsys.readouterr().out
    assert "Kept 1 of 2 tickets" in out
    assert "Observability" in out and "PlatOps" not in out
