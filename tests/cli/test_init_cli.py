"""`supp-tui init` through the real CLI: the board's own teams count once it has run."""

from __future__ import annotations

import json

import pytest

from supp_tui.cli import main

DATE = "05/Jan/26 10:00 AM"
EXPORT = (
    "Issue key,Summary,Created,Labels,Labels,Component/s,Custom field (Team Name)\n"
    f"SUPP-1,a,{DATE},payments,urgent,API,Payments\n"
    f"SUPP-2,b,{DATE},Payments,,API,Payments\n"
    f"SUPP-3,c,{DATE},checkout,,Web,\n"
    f"SUPP-4,d,{DATE},payments-team,,,\n"
)


@pytest.fixture
def board(tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def stats_json(capsys, board) -> dict:
    assert main(["stats", str(board), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_init_then_stats_counts_the_boards_own_teams(board, capsys):
    before = stats_json(capsys, board)
    assert before["with_team"] == 0
    assert any("supp-tui init" in w and "--team-field" in w for w in before["warnings"])
    assert main(["init", str(board), "--team-field", "Labels"]) == 0
    out = capsys.readouterr().out
    assert "Team field: Labels, as --team-field asks." in out
    assert f"supp-tui stats {board}" in out and f"supp-tui label {board}" in out
    after = stats_json(capsys, board)
    assert after["per_team"] == {"Payments": 3, "checkout": 1, "urgent": 1}
    assert after["with_team_pct"] == 100.0
    assert not any("none matches a team" in w for w in after["warnings"])


def test_init_chooses_the_field_named_after_teams_and_says_why(board, capsys):
    assert main(["init", str(board)]) == 0
    out = capsys.readouterr().out
    assert "Custom field (Team Name)" in out.splitlines()[4]
    assert "Team field: Custom field (Team Name), its name says it holds teams" in out
    assert "dimension 'Team Name' with 1 teams (Payments [1])" in out
    assert stats_json(capsys, board)["with_team"] == 2


def test_init_twice_needs_force(board, capsys):
    assert main(["init", str(board)]) == 0
    target = board.parent / "labels.toml"
    written = target.read_bytes()
    capsys.readouterr()
    assert main(["init", str(board), "--team-field", "Labels"]) == 2
    err = capsys.readouterr().err
    assert err == (f"supp-tui: error: {target} already exists; pass --force to replace it, "
                   f"or edit it by hand.\n")
    assert target.read_bytes() == written
    assert main(["init", str(board), "--team-field", "Components", "--force"]) == 0
    assert 'field = "Components"' in target.read_text(encoding="utf-8")


def test_init_on_a_folder_writes_inside_it(board, capsys):
    assert main(["init", str(board.parent), "--team-field", "Labels"]) == 0
    assert (board.parent / "labels.toml").is_file()


def test_init_without_any_team_values_exits_2(tmp_path, capsys):
    path = tmp_path / "empty.csv"
    path.write_text(f"Issue key,Summary,Created,Labels\nSUPP-1,a,{DATE},\n", encoding="utf-8")
    assert main(["init", str(path)]) == 2
    assert "--team-field FIELD" in capsys.readouterr().err
    assert not (tmp_path / "labels.toml").exists()


@pytest.mark.parametrize("command", [
    ["chart", "created-closed"], ["figures"], ["report", "weekly"], ["quarantine"],
])
def test_every_command_names_init_when_no_team_matches(board, tmp_path, capsys, command):
    args = [*command, str(board)]
    if command[0] == "figures":
        args += ["-o", str(tmp_path / "figs")]
    elif command[0] == "report":
        args += ["-o", str(tmp_path / "reports"), "--no-figures"]
    elif command[0] == "quarantine":
        args += ["-o", str(tmp_path / "useful.csv")]
    main(args)
    captured = capsys.readouterr()
    assert "none matches a team" in captured.out + captured.err
    assert "supp-tui init" in captured.out + captured.err
