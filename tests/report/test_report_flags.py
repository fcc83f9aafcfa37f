"""Reports list the theme flags on the period's tickets, grouped by similar notes, with linked
example keys; a period without flags has no such section."""

from __future__ import annotations

from pathlib import Path

from test_report_links import SITE, set_site

from analysis.metrics import open_board
from analysis.report import write_report

AT = "2026-11-20T09:00:00.000000Z"


def weekly(folder: Path) -> str:
    board = open_board([folder / "board.csv"], framework_path=folder / "labels.toml")
    return write_report(board, "weekly", folder / "out", key="2026-W47",
                        figures=False).markdown.read_text(encoding="utf-8")


def add_flags(folder: Path, *flags: tuple[str, str]) -> None:
    with open(folder / "board.csv.labels.csv", "a", encoding="utf-8") as journal:
        journal.writelines(f"{AT},ana,{key},_flag,{note},flag\n" for key, note in flags)


def test_flags_on_the_period_tickets_are_grouped_with_linked_keys(tmp_path, write_board):
    write_board(tmp_path)
    set_site(tmp_path, SITE)
    add_flags(tmp_path, ("SUPP-28", "possible new theme: runner image drift"),
              ("SUPP-32", "runner image drift again"), ("SUPP-33", "vault token expiry"),
              ("SUPP-20", "vpn drops"))
    text = weekly(tmp_path)
    section = text.split("## Themes flagged this week", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[1:] == [
        (f"| 2 | Runner image drift | possible new theme: runner image drift; runner image "
         f"drift again | [SUPP-28]({SITE}/browse/SUPP-28), [SUPP-32]({SITE}/browse/SUPP-32) |"),
        f"| 1 | Vault token expiry | vault token expiry | [SUPP-33]({SITE}/browse/SUPP-33) |",
    ]
    assert "vpn drops" not in text


def test_a_period_without_flags_has_no_themes_section(tmp_path, write_board):
    write_board(tmp_path)
    add_flags(tmp_path, ("SUPP-20", "vpn drops"))
    assert "Themes flagged" not in weekly(tmp_path)
