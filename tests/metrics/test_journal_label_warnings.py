"""open_board warns about journal labels its framework cannot place, and only about those."""

from __future__ import annotations

from analysis.journal import HEADER
from analysis.metrics import open_board

AT = "2026-01-05T09:00:00.000000Z"
FRAMEWORK = """\
version = 1

[[dimensions]]
id = "platform_team"
title = "Platform team"
options = [{ id = "platops", name = "PlatOps" }]

[[dimensions]]
id = "product"
title = "Product"
multi = true
"""


def open_with(tmp_path, *lines: str):
    export = tmp_path / "board.csv"
    export.write_text("Issue key,Summary,Created,Labels\nSUPP-1,a,05/Jan/26 10:00 AM,platops\n")
    (tmp_path / "labels.toml").write_text(FRAMEWORK)
    journal = HEADER + "".join(f"{AT},ana,{line}\n" for line in lines)
    (tmp_path / "board.csv.labels.csv").write_text(journal)
    return open_board([export])


def test_ids_names_and_open_dimensions_are_not_warned_about(tmp_path):
    board = open_with(tmp_path, "SUPP-1,platform_team,platops,set",
                      "SUPP-1,platform_team,PlatOps,add", "SUPP-1,product,Anything,add")
    assert board.export.warnings == ()
    assert board.journal_skipped == 0


def test_unknown_tickets_dimensions_options_and_bad_lines_are_warned_about(tmp_path):
    board = open_with(tmp_path, "SUPP-2,platform_team,platops,set", "SUPP-1,colour,red,set",
                      "SUPP-1,platform_team,martians,set", "nonsense")
    warnings = board.export.warnings
    assert len(warnings) == 4
    assert "line 6" in warnings[0] and "nonsense'" in warnings[0]
    assert "1 ticket that this board does not have (SUPP-2)" in warnings[1]
    assert "dimension 'colour' on 1 ticket" in warnings[2]
    assert "platform_team: martians" in warnings[3]
    assert board.journal_skipped == 1
