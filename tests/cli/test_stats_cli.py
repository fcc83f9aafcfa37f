"""`supp-tui stats` through the real CLI, on a hand-written export whose numbers are known."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analysis.journal import open_journal
from supp_tui.cli import main

EXPORT = (
    "Issue key,Summary,Created,Resolved,Status,Status Category,Labels,Labels,Component/s\n"
    "SUPP-1,Grafana empty,05/Jan/26 10:00 AM,07/Jan/26 9:00 AM,Done,Done,platops,urgent,DNS\n"
    "SUPP-2,Pipeline stuck,06/Jan/26 2:15 PM,,Open,To Do,bnd,PlatOps,\n"
    "SUPP-3,\"Access, please\",20/Jan/26 9:30 AM,,Open,To Do,,,VPN\n"
)


@pytest.fixture
def board(tmp_path):
    """The three-ticket EXPORT written to board.csv."""
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def stats_json(capsys, *args) -> dict:
    assert main(["stats", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract_on_known_numbers(board, capsys):
    stats = stats_json(capsys, board)
    assert stats["tickets"] == 3
    assert stats["with_team"] == 2
    assert stats["per_team"] == {"PlatOps": 2, "Build and Deploy": 1, "Unlabelled": 1}
    assert stats["open_backlog"] == 2
    assert stats["weekly"] == [
        {"week": "2026-W02", "created": 2, "closed": 1, "backlog": 1},
        {"week": "2026-W03", "created": 0, "closed": 0, "backlog": 1},
        {"week": "2026-W04", "created": 1, "closed": 0, "backlog": 2},
    ]


def test_team_field_counts_every_distinct_value(board, capsys):
    stats = stats_json(capsys, board, "--team-field", "Component/s")
    assert stats["per_team"] == {"DNS": 1, "VPN": 1, "Unlabelled": 1}
    assert stats["with_team"] == 2


def test_journal_team_label_replaces_the_export_team(board, capsys):
    with open_journal(board.with_name("board.csv.labels.csv"), by="tester") as journal:
        journal.set("SUPP-3", "platform_team", "observability", multi=False)
    stats = stats_json(capsys, board)
    assert stats["with_team"] == 3
    assert stats["per_team"]["Observability"] == 1
    assert "Unlabelled" not in stats["per_team"]


def test_table_shows_totals_and_teams(board, capsys):
    assert main(["stats", str(board)]) == 0
    out = capsys.readouterr().out
    assert "Tickets: 3" in out
    assert "with a team: 2 (66.7%)" in out
    assert "Build and Deploy" in out and "2026-W04" in out


@pytest.mark.parametrize("content, expected", [
    ("", "empty"),
    ("just,a,csv\n1,2,3\n", "Issue key"),
])
def test_bad_exports_exit_2_with_one_sentence(tmp_path, capsys, content, expected):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["stats", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("supp-tui: error: ")
    assert expected.lower() in err.lower()
    assert "Traceback" not in err


def test_real_entry_point_missing_file(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "supp_tui", "stats", str(tmp_path / "nope.csv")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    assert "nope.csv" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_text_from_the_export_is_never_read_as_markup(tmp_path, capsys):
    path = tmp_path / "[board].csv"
    path.write_text(
        "Issue key,Summary,Created,Component/s\n"
        "SUPP-1,a,05/Jan/26 10:00 AM,[/]\n"
        "SUPP-2,b,06/Jan/26 10:00 AM,[legacy] payments\n",
        encoding="utf-8",
    )
    assert main(["stats", str(path), "--team-field", "Component/s"]) == 0
    out = capsys.readouterr().out
    assert "[/]" in out and "[legacy] payments" in out and "[board].csv" in out


def test_header_only_export_exits_2_like_every_other_command(tmp_path, capsys):
    path = tmp_path / "empty-board.csv"
    path.write_text(EXPORT.splitlines()[0] + "\n", encoding="utf-8")
    assert main(["stats", str(path)]) == 2
    captured = capsys.readouterr()
    assert "empty-board.csv has a header but no tickets" in captured.err
    assert captured.out == "" and "Traceback" not in captured.err


def test_labelled_counts_complete_tickets_only(board, capsys):
    """A ticket counts as labelled once every required dimension has a value (the team may come
    from the export): SUPP-1 and SUPP-3 here; SUPP-2 has a category but no product."""
    with open_journal(board.with_name(board.name + ".labels.csv"), by="tester") as journal:
        journal.toggle("SUPP-1", "product", "grafana", multi=True)
        journal.toggle("SUPP-1", "macro_category", "metrics", multi=False)
        journal.toggle("SUPP-2", "macro_category", "metrics", multi=False)
        for dimension, value, multi in (("platform_team", "platops", False),
                                        ("product", "kubernetes", True),
                                        ("macro_category", "access", False)):
            journal.toggle("SUPP-3", dimension, value, multi=multi)
    stats = stats_json(capsys, board)
    assert (stats["labelled"], stats["labelled_pct"]) == (2, 66.7)
    assert main(["stats", str(board)]) == 0
    assert "Labelled (every required label): 2 (66.7%)" in capsys.readouterr().out


def test_per_labeller_progress_counts_each_labellers_tickets_and_complete_ones(board, capsys):
    with open_journal(board.with_name("board.csv.labels.csv"), by="ana") as journal:
        for dimension, value in (("platform_team", "platops"), ("product", "grafana"),
                                 ("macro_category", "metrics")):
            journal.set("SUPP-1", dimension, value, multi=False)
    with open_journal(board.with_name("board.csv.labels.csv"), by="bo") as journal:
        journal.set("SUPP-1", "macro_category", "alerting", multi=False)
        journal.set("SUPP-3", "product", "vpn", multi=False)
        journal.set("SUPP-9", "product", "vpn", multi=False)  # not on the board: not counted
    stats = stats_json(capsys, board)
    assert stats["per_labeller"] == {"bo": {"labelled": 2, "complete": 1},
                                     "ana": {"labelled": 1, "complete": 1}}
    assert main(["stats", str(board)]) == 0
    out = capsys.readouterr().out
    assert "Per labeller" in out and "bo" in out


def test_per_labeller_names_become_tokens_when_anonymised(board, capsys):
    with open_journal(board.with_name("board.csv.labels.csv"), by="ana") as journal:
        journal.set("SUPP-1", "macro_category", "metrics", multi=False)
    stats = stats_json(capsys, board, "--anonymise")
    (name,) = stats["per_labeller"]
    assert name.startswith("person-") and stats["per_labeller"][name]["labelled"] == 1
