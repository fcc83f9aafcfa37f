"""Report lines from a pulled board's status history: where time went and reopened tickets;
a CSV board's report has neither."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.report import build_report, render_markdown

CHANGES = pl.List(pl.Struct({"at": pl.Datetime("us"), "from_status": pl.String,
                             "from_category": pl.String, "to_status": pl.String,
                             "to_category": pl.String}))


def move(at: str, source: str, source_category: str, target: str, category: str) -> dict:
    return {"at": datetime.fromisoformat(at), "from_status": source,
            "from_category": source_category, "to_status": target, "to_category": category}


@pytest.fixture
def pulled(tickets) -> pl.DataFrame:
    """Week 2026-W02: SUPP-1 waits 2 h then is worked 6 h; SUPP-2 waits 1 h, is worked 2 h,
    closed for a day, reopened for 1 h of review and closed again; SUPP-3 stays open; SUPP-4 closed the
    week before."""
    rows = [
        {"created": "2026-01-05 09:00", "closed_at": "2026-01-05 17:00", "status": "Done",
         "team": ["PlatOps"], "status_changes": [
             move("2026-01-05 11:00", "Open", "new", "In Progress", "indeterminate"),
             move("2026-01-05 17:00", "In Progress", "indeterminate", "Done", "done")]},
        {"created": "2026-01-06 09:00", "closed_at": "2026-01-07 13:00", "status": "Done",
         "team": ["PlatOps"], "status_changes": [
             move("2026-01-06 10:00", "Open", "new", "In Progress", "indeterminate"),
             move("2026-01-06 12:00", "In Progress", "indeterminate", "Done", "done"),
             move("2026-01-07 12:00", "Done", "done", "Review", "indeterminate"),
             move("2026-01-07 13:00", "Review", "indeterminate", "Done", "done")]},
        {"created": "2026-01-07 09:00", "status": "Open", "team": ["Data"],
         "status_changes": []},
        {"created": "2025-12-29 09:00", "closed_at": "2025-12-30 09:00", "status": "Done",
         "team": ["Data"], "status_changes": [
             move("2025-12-29 10:00", "Open", "new", "Done", "done")]},
        {"created": "2026-01-12 09:00", "status": "Open", "team": ["Data"],
         "status_changes": []},
    ]
    return tickets(rows, status_changes=CHANGES)


def issue_texts(report) -> list[str]:
    return [issue.text for issue in report.issues]


def test_where_time_went_for_tickets_closed_in_the_week(pulled, framework):
    """Closed this week: 3 h waiting (To Do), 9 h worked (In Progress, Review) and the 24 h
    SUPP-2 sat in Done before it was reopened: 36 h in all."""
    report = build_report(pulled, framework, "weekly", "2026-W02")
    where = next(issue for issue in report.issues if issue.text.startswith("Where time went"))
    assert where.text == "Where time went on the 2 tickets closed this week, by status category:"
    assert where.items == (
        "To Do: 8% of the time, median 1.5 h per ticket",
        "In Progress: 25% of the time, median 4.5 h per ticket",
        "Done: 67% of the time, median 24.0 h per ticket",
        "Most time in: Done 67%, In Progress 22%, Open 8%",
    )


def test_reopened_tickets_in_the_week(pulled, framework):
    report = build_report(pulled, framework, "weekly", "2026-W02")
    assert "1 ticket reopened this week (moved back out of Done): SUPP-2." in issue_texts(report)
    markdown = render_markdown(report)
    assert "SUPP-2" in markdown and "Where time went" in markdown


def test_no_reopen_line_in_a_week_without_reopens(pulled, framework):
    report = build_report(pulled, framework, "weekly", "2026-W01")
    assert not any("reopened" in text for text in issue_texts(report))
    assert any(text.startswith("Where time went on the 1 ticket closed")
               for text in issue_texts(report))


def test_a_csv_board_has_no_status_lines(pulled, framework):
    report = build_report(pulled.drop("status_changes"), framework, "weekly", "2026-W02")
    texts = issue_texts(report)
    assert not any("Where time went" in text or "reopened" in text for text in texts)
