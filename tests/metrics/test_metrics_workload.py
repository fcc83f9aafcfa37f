"""Workload per assignee and the caseload KPIs on hand-made frames."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

import analysis.framework
from analysis import metrics as mr
from analysis.framework import add_option, load_framework


def comment(day, at: str, author: str) -> dict:
    return {"at": day(at), "author": author, "body": "text"}


def board(tickets, day) -> pl.DataFrame:
    """Five tickets over two ISO weeks (2026-W02, 2026-W03) held by two people and nobody."""
    return mr.with_durations(tickets([
        {"assignee": "Ana", "created": "2026-01-05 09:00", "closed_at": "2026-01-05 19:00",
         "comments": [comment(day, "2026-01-05 10:00", "Ana")]},
        {"assignee": "Ana", "created": "2026-01-06 09:00", "closed_at": "2026-01-13 09:00",
         "comments": [comment(day, "2026-01-06 13:00", "Ana")]},
        {"assignee": "Bo", "created": "2026-01-07 09:00", "closed_at": "2026-01-12 09:00"},
        {"assignee": " ", "created": "2026-01-12 09:00"},
        {"assignee": "Ana", "created": "2026-01-14 09:00",
         "comments": [comment(day, "2026-01-14 11:00", "rita"),
                      comment(day, "2026-01-14 15:00", "Bo")]},
    ]))


def test_workload_counts_assigned_and_closed_per_week_and_assignee(tickets, day):
    result = mr.workload(board(tickets, day), "week")
    expected = pl.DataFrame({
        "period": ["2026-W02", "2026-W02", "2026-W03", "2026-W03", "2026-W03"],
        "assignee": ["Ana", "Bo", "Ana", "Unassigned", "Bo"],
        "assigned": [2, 1, 1, 1, 0],
        "closed": [1, 0, 1, 0, 1],
        "median_resolution_hours": [10.0, None, 168.0, None, 120.0],
        "median_response_hours": [2.5, None, 6.0, None, None],
    }, schema_overrides={"assigned": pl.UInt32, "closed": pl.UInt32})
    assert_frame_equal(result, expected)


def test_workload_in_a_window_counts_what_is_still_open_at_its_end(tickets, day):
    result = mr.workload_in(board(tickets, day), datetime(2026, 1, 12), datetime(2026, 1, 19))
    assert result.select("assignee", "assigned", "closed", "open").rows() == [
        ("Ana", 1, 1, 1), ("Unassigned", 1, 0, 1), ("Bo", 0, 1, 0)]
    assert result["median_resolution_hours"].to_list() == [168.0, None, 120.0]


def test_workload_stats_are_json_ready_with_rounded_hours(tickets, day):
    numbers = mr.workload_stats(board(tickets, day))
    assert numbers["workload"][0] == {
        "assignee": "Ana", "assigned": 3, "closed": 2, "open": 1,
        "median_resolution_hours": 89.0, "median_response_hours": 4.0}
    assert [row["period"] for row in numbers["workload_weekly"]] == [
        "2026-W02", "2026-W02", "2026-W03", "2026-W03", "2026-W03"]


def test_anonymised_workload_names_nobody(tickets, day):
    frame = board(tickets, day).with_columns(
        pl.col("assignee").replace({"Ana": "Ana Silva", "Bo": "Bo Lind"}))
    hidden = mr.with_durations(mr.anonymise(frame.drop(
        "first_response", "resolution_hours", "response_hours")))
    assignees = mr.workload_in(hidden, datetime(2026, 1, 1), datetime(2026, 2, 1))["assignee"]
    assert set(assignees) == {mr.person_token("Ana Silva"), mr.person_token("Bo Lind"),
                              "Unassigned"}


def labelled(tickets) -> pl.DataFrame:
    """Six tickets of 2026-W03 with priorities, Jira labels and resolution kinds."""
    return tickets([
        {"priority": "Highest", "created": "2026-01-12", "closed_at": "2026-01-13",
         "resolution_kind": ["Information shared"]},
        {"priority": "P1", "created": "2026-01-12", "labels": ["Regression"],
         "resolution_kind": []},
        {"priority": "High", "created": "2026-01-05", "closed_at": "2026-01-14",
         "resolution_kind": ["Code change"], "labels": ["regression"]},
        {"priority": "Medium", "created": "2026-01-13", "closed_at": "2026-01-15",
         "resolution_kind": ["Information shared"]},
        {"priority": "Low", "created": "2026-01-13", "closed_at": "2026-01-16",
         "resolution_kind": []},
        {"priority": "Medium", "created": "2026-01-02", "closed_at": "2026-01-03",
         "resolution_kind": ["Duplicate"]},
    ], resolution_kind=pl.List(pl.String))


def test_caseload_kpis_count_high_priority_kinds_and_regressions(tickets):
    framework = load_framework(None)
    kpis = mr.caseload_kpis(labelled(tickets), framework, datetime(2026, 1, 12),
                            datetime(2026, 1, 19))
    # P1 is an alias of Highest in the built-in targets; the third ticket was created earlier.
    assert (kpis.high_priority_created, kpis.high_priority_open) == (2, 1)
    assert kpis.closed == 4
    assert kpis.closed_by_kind.rows() == [
        ("Information shared", 2), ("Config change", 0), ("Code change", 1), ("Duplicate", 0),
        ("No action", 0), ("Unlabelled", 1)]
    assert kpis.regressions == 1  # created this week and labelled regression (any case)


def test_regressions_are_unknown_until_the_board_labels_any(tickets):
    frame = labelled(tickets).with_columns(pl.lit([], dtype=pl.List(pl.String)).alias("labels"))
    kpis = mr.caseload_kpis(frame, load_framework(None), datetime(2026, 1, 12),
                            datetime(2026, 1, 19))
    assert kpis.regressions is None


def test_a_regression_option_in_any_dimension_counts(tickets, tmp_path):
    framework = load_framework(None)
    copy = tmp_path / "labels.toml"
    built_in = Path(analysis.framework.__file__).with_name("default_labels.toml")
    copy.write_text(built_in.read_text(encoding="utf-8"), encoding="utf-8")
    with_option = add_option(copy, "macro_category", "Regression")
    frame = tickets([{"created": "2026-01-12", "macro_category": ["Regression"]}],
                    macro_category=pl.List(pl.String))
    assert frame.select(mr.regression_expr(frame, with_option)).item()
    assert not frame.select(mr.regression_expr(frame, framework)).item()
