"""Reports through the entry point on small hand-written boards: the default period, boards
shorter than a period, periods with only open tickets and boards nobody has labelled yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from supp_tui.cli import main

HEADER = "Summary,Issue key,Issue Type,Status,Status Category,Priority,Created,Updated,Resolved," \
         "Labels,Components\n"
# Updated runs months past the last created or closed date, as Jira's Updated does.
LATE_UPDATES = HEADER + """\
Runner down,SUPP-1,Task,Done,Done,High,01/Sep/26 10:00 AM,20/Jan/27 10:00 AM,03/Sep/26 10:00 AM,platops,Build
Dashboards slow,SUPP-2,Task,Open,To Do,Medium,15/Sep/26 10:00 AM,02/Feb/27 10:00 AM,,o11y,Metrics
Alert storm,SUPP-3,Task,Done,Done,Low,06/Oct/26 10:00 AM,28/Dec/26 10:00 AM,08/Oct/26 10:00 AM,o11y,Metrics
DNS record,SUPP-4,Task,Open,To Do,Medium,04/Nov/26 10:00 AM,25/Jan/27 10:00 AM,,netplat,Network
"""
SHORT = HEADER + """\
Runner down,SUPP-1,Task,Done,Done,High,03/Nov/26 10:00 AM,20/Jan/27 10:00 AM,05/Nov/26 10:00 AM,platops,Build
Dashboards slow,SUPP-2,Task,Open,To Do,Medium,17/Nov/26 10:00 AM,02/Feb/27 10:00 AM,,o11y,Metrics
"""
TARGETS = """\
version = 1

[targets.priorities.Medium]
first_response_hours = 8
resolution_hours = 72

[[dimensions]]
id = "platform_team"
title = "Platform team"

[[dimensions]]
id = "macro_category"
title = "Macro category"
"""


@pytest.fixture(autouse=True)
def away_from_repo(tmp_path, monkeypatch):
    """Run in tmp_path, so no ./labels.toml but the test's own is found."""
    monkeypatch.chdir(tmp_path)


def report(folder: Path, text: str, *options: str) -> tuple[int, str, str]:
    """Write `text` as board.csv in `folder`, run `report monthly` on it; (status, markdown of
    the period written or "", stderr)."""
    export = folder / "board.csv"
    export.write_text(text, encoding="utf-8")
    out = folder / "out"
    status = main(["report", "monthly", str(export), "-o", str(out), "--no-figures", *options])
    written = sorted(out.glob("*.md")) if out.is_dir() else []
    return status, written[0].read_text(encoding="utf-8") if written else "", written[0].name \
        if written else ""


def test_default_month_is_the_last_with_created_or_closed_tickets(tmp_path):
    status, text, name = report(tmp_path, LATE_UPDATES)
    assert status == 0
    assert name == "2026-10.md"
    assert "Data from 2026-09-01 to 2026-11-04." in text
    assert "partial" not in text


def test_a_board_shorter_than_a_month_reports_it_marked_partial(tmp_path):
    status, text, name = report(tmp_path, SHORT)
    assert status == 0
    assert name == "2026-11.md"
    assert "before this month is over: its numbers are partial" in text


def test_a_month_with_only_open_tickets_reports_its_backlog(tmp_path):
    status, text, _ = report(tmp_path, SHORT.replace("03/Nov/26", "03/Dec/26")
                             .replace("05/Nov/26", "05/Dec/26")
                             .replace("17/Nov/26", "17/Oct/26"), "--month", "2026-11")
    assert status == 0
    assert "| Created | 0 |" in text and "| Backlog at end | 1 |" in text
    assert "SUPP-2 “Dashboards slow”" in text


def test_a_fresh_board_report_says_once_what_is_not_labelled(tmp_path):
    status, text, _ = report(tmp_path, LATE_UPDATES)
    assert status == 0
    assert "## Tickets per platform team" in text
    assert "Tickets per macro category" not in text
    assert "Not labelled yet: Product or service with the problem, Macro category" in text
    assert " 0%" not in text and "only partly labelled" not in text


def test_built_in_targets_are_not_judged(tmp_path):
    status, text, _ = report(tmp_path, LATE_UPDATES)
    assert status == 0
    assert "within target" not in text and "missed" not in text
    assert "no service target is judged" in text and "[targets]" in text


def test_targets_the_board_sets_are_judged(tmp_path):
    (tmp_path / "labels.toml").write_text(TARGETS, encoding="utf-8")
    status, text, _ = report(tmp_path, LATE_UPDATES, "--month", "2026-09")
    assert status == 0
    assert "targets from the board's labels.toml" in text
    assert "| First response within target |" in text


@pytest.mark.parametrize(("new", "old", "expected"), [
    (0.436, 0.434, "+1 pt"),     # shown 44% beside 43%
    (0.4449, 0.4351, "0 pts"),   # both shown 44%
    (0.30, 0.254, "+5 pts"),     # 30% beside 25%
])
def test_share_changes_follow_the_shown_percentages(new, old, expected):
    from analysis.report._format import share_change

    assert share_change(new, old) == expected


def test_figures_that_would_only_show_unlabelled_are_left_out(tmp_path):
    unknown_teams = LATE_UPDATES.replace(",platops,", ",payments,").replace(",o11y,", ",growth,") \
        .replace(",netplat,", ",search,")
    export = tmp_path / "board.csv"
    export.write_text(unknown_teams, encoding="utf-8")
    assert main(["report", "monthly", str(export), "-o", str(tmp_path / "out"),
                 "--month", "2026-10"]) == 0
    text = (tmp_path / "out" / "2026-10.md").read_text(encoding="utf-8")
    assert "Tickets created and closed per week" in text
    assert "platform team" not in text.split("## Figures")[1]
    assert sorted(p.name for p in (tmp_path / "out" / "2026-10").iterdir()) == [
        "04-created-closed.png", "05-flow.png"]
