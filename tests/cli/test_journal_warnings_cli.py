"""Journal problems outside the app: skipped lines and labels a board cannot use are warned about
by every command, listed in `stats --json`, and stated beside a report's coverage."""

from __future__ import annotations

import json

import pytest

from analysis.journal import HEADER
from supp_tui.cli import main

AT = "2026-01-05T09:00:00.000000Z"
EXPORT = ("Issue key,Summary,Created,Resolved,Labels\n"
          "SUPP-1,a,05/Jan/26 10:00 AM,06/Jan/26 10:00 AM,platops\n"
          "SUPP-2,b,06/Jan/26 10:00 AM,,\n"
          "SUPP-3,c,13/Jan/26 10:00 AM,,\n")
LINES = [f"{AT},ana,SUPP-1,platform_team,observability,set", "garbage here",
         f"{AT},ana,SUPP-9,platform_team,observability,set",
         f"{AT},ana,SUPP-2,flavour,sweet,set",
         f"{AT},ana,SUPP-2,platform_team,martians,set"]
WARNED = ["line 4: skipped", "1 ticket that this board does not have (SUPP-9)",
          "dimension 'flavour'", "platform_team: martians", "incomplete last line"]


@pytest.fixture
def board(tmp_path):
    export = tmp_path / "board.csv"
    export.write_text(EXPORT, encoding="utf-8")
    journal = "".join(line + "\n" for line in LINES) + f"{AT},ana,SUPP-3,platf"  # torn tail
    (tmp_path / "board.csv.labels.csv").write_text(HEADER + journal, encoding="utf-8")
    return export


@pytest.mark.parametrize("argv", [
    ["stats", "X"], ["stats", "X", "--json"], ["chart", "teams", "X"],
    ["figures", "X", "--charts", "teams", "-o", "O"],
    ["report", "weekly", "X", "--week", "2026-W02", "--no-figures", "-o", "O"],
    ["labels", "export", "X", "-o", "O"], ["quarantine", "X", "-o", "O"],
])
def test_every_command_warns_about_the_journal(board, capsys, argv):
    paths = {"X": str(board), "O": str(board.parent / "out")}
    status = main([paths.get(word, word) for word in argv])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    shown = " ".join((captured.err + captured.out).split())  # stats wraps its warnings
    # quarantine judges teams only, so it reports the lines it skipped, not the label checks
    for fragment in [WARNED[0], WARNED[-1]] if argv[0] == "quarantine" else WARNED:
        assert fragment in shown, (fragment, shown)
    if "--json" in argv:
        warnings = json.loads(captured.out)["warnings"]
        assert all(any(f in w for w in warnings) for f in WARNED)


def test_report_states_skipped_lines_beside_coverage(board, capsys):
    output = board.parent / "reports"
    assert main(["report", "weekly", str(board), "--week", "2026-W02", "--no-figures",
                 "-o", str(output)]) == 0
    text = (output / "2026-W02.md").read_text(encoding="utf-8")
    coverage = next(p for p in text.split("\n\n") if p.startswith("Label coverage"))
    assert "2 lines of the labels journal could not be read" in coverage


def test_a_clean_journal_gives_no_warnings(tmp_path, capsys):
    export = tmp_path / "board.csv"
    export.write_text(EXPORT, encoding="utf-8")
    (tmp_path / "board.csv.labels.csv").write_text(HEADER + LINES[0] + "\n", encoding="utf-8")
    assert main(["stats", str(export), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["warnings"] == [] and captured.err == ""
