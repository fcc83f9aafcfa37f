"""The "Recurring problems" section through the entry point, on a board nobody has labelled and
on the same board once labelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.journal import HEADER as JOURNAL_HEADER
from analysis.journal import Entry, format_entry
from supp_tui.cli import main

HEADER = "Summary,Description,Issue key,Issue Type,Status,Status Category,Priority,Created," \
         "Updated,Resolved,Labels\n"
BOARD = HEADER + """\
Grafana dashboard empty,No data on the panels.,SUPP-1,Task,Done,Done,Medium,02/Nov/26 10:00 AM,03/Nov/26 10:00 AM,03/Nov/26 10:00 AM,o11y
Vault token expired for payments-api,The payments-api Vault token expired at 03:00.,SUPP-2,Task,Open,To Do,High,16/Nov/26 09:00 AM,16/Nov/26 09:00 AM,,iam-team
DNS record for orders-web,We need a CNAME.,SUPP-3,Task,Open,To Do,Low,16/Nov/26 10:00 AM,16/Nov/26 10:00 AM,,netplat
orders-web: Vault token expired,Vault says the token expired; please renew it.,SUPP-4,Task,Open,To Do,High,17/Nov/26 09:00 AM,17/Nov/26 09:00 AM,,iam-team
Runner out of disk,The builds fail with no space left.,SUPP-5,Task,Open,To Do,Low,17/Nov/26 11:00 AM,17/Nov/26 11:00 AM,,bnd
Vault token expired in checkout-api,,SUPP-6,Task,Open,To Do,High,18/Nov/26 09:00 AM,18/Nov/26 09:00 AM,,iam-team
Alert storm on checkout-api,PagerDuty pages every minute.,SUPP-7,Task,Open,To Do,Medium,19/Nov/26 09:00 AM,19/Nov/26 09:00 AM,,o11y
Vault token expired again (orders-db),Token expired at 10:00 v1.2.3,SUPP-8,Task,Open,To Do,High,20/Nov/26 09:00 AM,20/Nov/26 09:00 AM,,iam-team
"""
FRAMEWORK = """\
version = 1

[jira]
site = "https://example.atlassian.net"

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


def report(folder: Path, kind: str = "weekly",
           period: tuple[str, ...] = ("--week", "2026-W47")) -> str:
    """The markdown of the report of BOARD written in `folder`."""
    export = folder / "board.csv"
    export.write_text(BOARD, encoding="utf-8")
    (folder / "labels.toml").write_text(FRAMEWORK, encoding="utf-8")
    out = folder / "out"
    assert main(["report", kind, str(export), "-o", str(out), "--no-figures", *period]) == 0
    return next(out.glob("*.md")).read_text(encoding="utf-8")


def section(folder: Path, kind: str = "weekly",
            period: tuple[str, ...] = ("--week", "2026-W47")) -> str:
    """The Recurring problems section of the report, up to the next section."""
    markdown = report(folder, kind, period)
    return markdown.split("## Recurring problems\n\n", 1)[1].split("\n## ", 1)[0]


def test_a_board_nobody_labelled_lists_the_alike_tickets(tmp_path):
    text = section(tmp_path)

    first = text.splitlines()[0]
    assert first.startswith("- 4 tickets this week look alike: “")
    assert "Vault token expired" in first
    assert "(top words: " in first and "vault" in first and "token" in first
    assert first.count("](https://example.atlassian.net/browse/SUPP-") == 3
    assert first.endswith(" and 1 more.")
    assert "SUPP-3" not in first and "SUPP-7" not in first


def test_a_labelled_board_lists_the_same_groups(tmp_path):
    unlabelled_folder = tmp_path / "a"
    unlabelled_folder.mkdir()
    unlabelled = section(unlabelled_folder)
    labelled_folder = tmp_path / "b"
    labelled_folder.mkdir()
    journal = labelled_folder / "board.csv.labels.csv"
    journal.write_text(JOURNAL_HEADER + "".join(
        format_entry(Entry("2026-11-21T09:00:00.000000Z", "ana", f"SUPP-{n}", "macro_category",
                           "Access", "add")) for n in (2, 4, 6, 8)), encoding="utf-8")

    labelled = report(labelled_folder)

    assert "| Access | 4 |" in labelled
    assert section(labelled_folder) == unlabelled


def test_a_period_with_no_alike_tickets_says_so(tmp_path):
    text = section(tmp_path, period=("--week", "2026-W45"))

    assert text.strip() == ("No 3 or more tickets created this week look alike by their "
                            "summaries and descriptions.")


def test_a_monthly_report_has_the_section_too(tmp_path):
    text = section(tmp_path, "monthly", ("--month", "2026-11"))

    assert text.startswith("- 4 tickets this month look alike: “")


def test_a_quarterly_report_leaves_the_section_out(tmp_path):
    markdown = report(tmp_path, "quarterly", ("--quarter", "2026-Q4"))

    assert "## Recurring problems" not in markdown
