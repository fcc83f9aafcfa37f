"""How a report compares its period with earlier ones when the data starts part-way through
them: real counts marked partial, averages over the fully covered periods only."""

from __future__ import annotations

from pathlib import Path

from analysis.metrics import open_board
from analysis.report import report_for_board
from analysis.report._markdown import render

HEADER = "Issue key,Summary,Status,Status Category,Created,Updated,Resolved,Labels,Priority\n"
# SUPP-1 is created on Wed 23 Dec 2026 (2026-W52), so that week is only partly in the data.
LATE_START = [
    "SUPP-1,a,Open,To Do,2026-12-23 10:00,2026-12-23 10:00,,platops,Medium",
    "SUPP-2,b,Open,To Do,2026-12-31 10:00,2026-12-31 10:00,,platops,Medium",
    "SUPP-3,c,Done,Done,2027-01-03 10:00,2027-01-05 10:00,2027-01-05 10:00,o11y,Medium",
    "SUPP-4,d,Done,Done,2027-01-04 10:00,2027-01-04 12:00,2027-01-04 12:00,,Medium",
]
# Four teams in 2026-W48, one unlabelled ticket in W49, only PlatOps in 2026-W52; the data covers W48 to W52 whole.
FALLING = [
    "SUPP-1,a,Open,To Do,2026-11-23 09:00,2026-11-23 09:00,,platops,Medium",
    "SUPP-2,b,Open,To Do,2026-11-24 09:00,2026-11-24 09:00,,o11y,Medium",
    "SUPP-3,c,Open,To Do,2026-11-25 09:00,2026-11-25 09:00,,devex,Medium",
    "SUPP-4,d,Open,To Do,2026-11-26 09:00,2026-11-26 09:00,,cloud-infra,Medium",
    "SUPP-7,g,Open,To Do,2026-12-01 09:00,2026-12-01 09:00,,,Medium",
    "SUPP-5,e,Open,To Do,2026-12-22 09:00,2026-12-22 09:00,,platops,Medium",
    "SUPP-6,f,Open,To Do,2026-12-27 09:00,2026-12-27 09:00,,platops,Medium",
]


def markdown(folder: Path, rows: list[str], kind: str, key: str) -> str:
    export = folder / "export.csv"
    export.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    report, _ = report_for_board(open_board([export]), kind, key)
    return render(report)


def section(text: str, title: str) -> list[str]:
    """The lines of one `## title` section."""
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else None].splitlines()


def row(lines: list[str], name: str) -> list[str]:
    """The cells of a table row by its first cell."""
    for line in lines:
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] == name:
            return cells
    raise AssertionError(f"no row {name!r} in {lines}")


def test_a_partly_covered_previous_week_shows_its_real_counts_marked_partial(tmp_path):
    text = markdown(tmp_path, LATE_START, "weekly", "2026-W53")
    teams = section(text, "Tickets per platform team")
    assert row(teams, "Platform team")[:4] == [
        "Platform team", "This week", "Previous week (partial)", "Change"]
    assert row(teams, "PlatOps")[:4] == ["PlatOps", "1", "1", "0"]
    assert row(teams, "Observability")[:4] == ["Observability", "1", "0", "+1"]
    headline = section(text, "Headline numbers")
    assert row(headline, "Created")[:4] == ["Created", "2", "1", "+1 (+100%)"]
    assert "The data starts on Wed 23 Dec 2026" in text
    assert "previous 0" not in text


def test_no_average_is_shown_when_no_earlier_period_is_wholly_in_the_data(tmp_path):
    text = markdown(tmp_path, LATE_START, "weekly", "2026-W53")
    for title in ("Headline numbers", "Tickets per platform team"):
        header = section(text, title)[2]
        assert "Average" not in header, header


def test_a_month_after_a_partial_month_keeps_teams_that_fell_to_zero(tmp_path):
    rows = [*LATE_START, "SUPP-5,e,Open,To Do,2027-01-20 10:00,2027-01-20 10:00,,devex,Medium",
            "SUPP-6,f,Open,To Do,2027-02-02 10:00,2027-02-02 10:00,,devex,Medium"]
    text = markdown(tmp_path, rows, "monthly", "2027-01")
    teams = section(text, "Tickets per platform team")
    assert row(teams, "PlatOps")[:4] == ["PlatOps", "0", "2", "−2"]


def test_the_average_counts_only_the_weeks_wholly_in_the_data(tmp_path):
    text = markdown(tmp_path, FALLING, "weekly", "2026-W52")
    teams = section(text, "Tickets per platform team")
    assert row(teams, "Platform team")[4] == "Average, previous 4 weeks"
    assert row(teams, "PlatOps")[1:] == ["2", "0", "+2", "0.25"]


def test_teams_that_fell_to_zero_against_the_average_stay_in_the_table(tmp_path):
    teams = section(markdown(tmp_path, FALLING, "weekly", "2026-W52"),
                    "Tickets per platform team")
    for team in ("Observability", "Developer Experience", "Cloud Infrastructure"):
        assert row(teams, team)[1:] == ["0", "0", "0", "0.25"]


def test_headline_averages_keep_two_decimals(tmp_path):
    headline = section(markdown(tmp_path, FALLING, "weekly", "2026-W52"), "Headline numbers")
    assert row(headline, "Created")[4:] == ["1.25", "+0.75 (+60%)"]
    assert row(headline, "Backlog at end")[4:] == ["4.75", "+2.25 (+47%)"]


def test_the_first_week_of_the_data_has_nothing_to_compare_with(tmp_path):
    text = markdown(tmp_path, LATE_START, "weekly", "2026-W52")
    teams = section(text, "Tickets per platform team")
    assert row(teams, "Platform team") == ["Platform team", "This week", "Previous week",
                                           "Change"]
    assert row(teams, "PlatOps") == ["PlatOps", "1", "–", "–"]
    assert "with this week: there is no earlier week to compare with" in text
