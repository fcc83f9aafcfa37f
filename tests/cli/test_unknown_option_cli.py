"""A journal value naming an option labels.toml lacks is a warning in every command, not a team."""

from __future__ import annotations

import json

import pytest

from analysis.journal import open_journal
from supp_tui.cli import main

EXPORT = (
    "Issue key,Summary,Created,Status,Status Category,Labels\n"
    "SUPP-1,Grafana empty,05/Jan/26 10:00 AM,Open,To Do,platops\n"
    "SUPP-2,Pipeline stuck,06/Jan/26 2:15 PM,Open,To Do,\n"
    "SUPP-3,Access please,07/Jan/26 9:30 AM,Open,To Do,platops\n"
)


@pytest.fixture
def board(tmp_path):
    """Three tickets whose journal labels two of them with option ids labels.toml lacks."""
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    with open_journal(path.with_name("board.csv.labels.csv"), by="tester") as journal:
        journal.set("SUPP-1", "platform_team", "observability", multi=False)
        journal.set("SUPP-2", "platform_team", "ghost_team", multi=False)
        journal.set("SUPP-3", "platform_team", "phantom_squad", multi=False)
    return path


def test_stats_json_drops_unknown_option_ids_with_one_warning(board, capsys):
    assert main(["stats", str(board), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["per_team"] == {"Observability": 1, "PlatOps": 1, "Unlabelled": 1}
    unknown = [w for w in stats["warnings"] if "ghost_team" in w]
    assert len(unknown) == 1
    assert "2 tickets" in unknown[0] and "phantom_squad" in unknown[0]
    assert "re-add it with +" in unknown[0]


def test_stats_table_and_chart_show_the_warning(board, capsys):
    assert main(["stats", str(board)]) == 0
    captured = capsys.readouterr()
    assert "ghost_team" in captured.out + captured.err
    assert "ghost_team" not in captured.out.split("warning")[0]
    assert main(["chart", "teams", str(board)]) == 0
    captured = capsys.readouterr()
    assert "ghost_team" in captured.err and "ghost_team" not in captured.out


def test_figures_and_report_print_the_warning(board, tmp_path, capsys):
    assert main(["figures", str(board), "-o", str(tmp_path / "figures")]) == 0
    assert "ghost_team" in capsys.readouterr().err
    assert main(["report", "weekly", str(board), "-o", str(tmp_path / "report")]) == 0
    assert "ghost_team" in capsys.readouterr().err
