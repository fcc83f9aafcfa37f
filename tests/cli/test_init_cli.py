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


def test_init_keeps_the_built_in_teams_when_most_tickets_already_name_one(tmp_path, capsys):
    board = tmp_path / "board.csv"
    board.write_text(
        "Issue key,Summary,Created,Labels,Custom field (Team Name)\n"
        f"SUPP-1,a,{DATE},platops,Payments\n"
        f"SUPP-2,b,{DATE},o11y,\n"
        f"SUPP-3,c,{DATE},,Checkout\n", encoding="utf-8")
    assert main(["init", str(board)]) == 0
    out = capsys.readouterr().out
    assert "kept, with the built-in teams: 67% of the tickets already name one" in out
    assert "dimension 'Platform team' with 8 teams" in out
    assert stats_json(capsys, board)["per_team"] == {
        "Observability": 1, "PlatOps": 1, "Unlabelled": 1}


def test_init_pins_the_headers_it_placed_by_structure(tmp_path, capsys):
    from analysis.framework import load_framework

    board = tmp_path / "board.csv"
    board.write_text(
        "Riepilogo,Chiave,ID ticket,Tipo ticket,Stato,Chiave progetto,Priorità,Risoluzione,"
        "Assegnatario,Segnalatore,Autore,Creato,Aggiornato,Ultima visualizzazione,Risolto,"
        "Componenti,Scadenza,Voti,Etichette,Descrizione\n"
        "Disco pieno,SUPP-1,10001,Bug,Chiuso,SUPP,High,Fatto,bo,ana,ana,02/ott/25 9:00 AM,"
        "03/ott/25 9:00 AM,,03/ott/25 9:00 AM,Db,,0,platops,testo\n"
        "Accesso,SUPP-2,10002,Task,Aperto,SUPP,Low,,,bo,bo,05/nov/25 2:15 PM,06/nov/25 2:15 PM,"
        ",,,,0,o11y,altro\n", encoding="utf-8")
    assert main(["init", str(board)]) == 0
    capsys.readouterr()
    columns = load_framework(tmp_path / "labels.toml").export.columns
    assert columns["key"] == "Chiave" and columns["created"] == "Creato"
    assert main(["stats", str(board), "--json"]) == 0
    assert not any("no names for" in w for w in json.loads(capsys.readouterr().out)["warnings"])


def test_init_force_reads_the_board_with_an_export_only_labels_toml(tmp_path, capsys):
    board = tmp_path / "board.csv"
    board.write_text("Issue key,Summary,Created,Labels\nS-1,a,2025|01|05,payments\n",
                     encoding="utf-8")
    assert main(["init", str(board)]) == 2
    assert "a file holding only that section will do" in capsys.readouterr().err
    (tmp_path / "labels.toml").write_text('[export]\ndate_format = "%Y|%m|%d"\n')
    assert main(["init", str(board), "--force"]) == 0
    capsys.readouterr()
    assert stats_json(capsys, board)["with_team"] == 1
