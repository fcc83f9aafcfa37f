"""Time in status and reopens from a pulled board's status changes, on hand-made frames."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from analysis.errors import InputError
from analysis.metrics import (
    NEEDS_PULL,
    category_summary,
    category_time_by,
    reopen_counts,
    reopened_in,
    status_as_of,
    status_summary,
    time_in_category,
    time_in_status,
)

CHANGE = pl.Struct({"at": pl.Datetime("us"), "from_status": pl.String,
                    "from_category": pl.String, "to_status": pl.String,
                    "to_category": pl.String})
CHANGES = pl.List(CHANGE)


def move(at: str, source: str, source_category: str | None, target: str,
         target_category: str | None) -> dict:
    return {"at": datetime.fromisoformat(at), "from_status": source,
            "from_category": source_category, "to_status": target, "to_category": target_category}


@pytest.fixture
def pulled(tickets) -> pl.DataFrame:
    """Five tickets: closed in one pass, reopened once, open untouched, changed before it was
    created with an unknown last category, and one without a created date."""
    rows = [
        {"created": "2026-01-05 09:00", "closed_at": "2026-01-05 14:00", "status": "Done",
         "team": ["PlatOps"], "status_changes": [
             move("2026-01-05 10:00", "Open", "new", "In Progress", "indeterminate"),
             move("2026-01-05 14:00", "In Progress", "indeterminate", "Done", "done")]},
        {"created": "2026-01-05 09:00", "closed_at": "2026-01-05 13:00", "status": "Done",
         "team": ["PlatOps", "Data"], "status_changes": [
             move("2026-01-05 10:00", "Open", "new", "Done", "done"),
             move("2026-01-05 12:00", "Done", "done", "In Progress", "indeterminate"),
             move("2026-01-05 13:00", "In Progress", "indeterminate", "Done", "done")]},
        {"created": "2026-01-06 00:00", "status": "Open", "team": [], "status_changes": []},
        {"created": "2026-01-06 12:00", "status": "Waiting", "team": ["Data"], "status_changes": [
            move("2026-01-06 06:00", "Open", "new", "In Progress", "indeterminate"),
            move("2026-01-07 12:00", "In Progress", "indeterminate", "Waiting", None)]},
        {"created": None, "status": "Done", "status_changes": [
            move("2026-01-08 10:00", "Done", "done", "Open", "new")]},
    ]
    return tickets(rows, status_changes=CHANGES)


def frame(rows: list[tuple], schema: dict) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema, orient="row")


TIMES = {"key": pl.String, "status": pl.String, "category": pl.String, "hours": pl.Float64}


def test_time_in_status_by_hand(pulled):
    """Each stretch runs from one change to the next, clipped to the ticket's life; an open
    ticket runs to the board's as-of time (its latest change, 8 Jan 10:00); a ticket without
    a created date has no time."""
    expected = frame([
        ("SUPP-1", "Open", "new", 1.0), ("SUPP-1", "In Progress", "indeterminate", 4.0),
        ("SUPP-1", "Done", "done", 0.0),
        ("SUPP-2", "Open", "new", 1.0), ("SUPP-2", "Done", "done", 2.0),
        ("SUPP-2", "In Progress", "indeterminate", 1.0),
        ("SUPP-3", "Open", "new", 58.0),
        ("SUPP-4", "Open", "new", 0.0), ("SUPP-4", "In Progress", "indeterminate", 24.0),
        ("SUPP-4", "Waiting", None, 22.0),
    ], TIMES)
    assert_frame_equal(time_in_status(pulled), expected)


def test_as_of_is_the_latest_moment_on_the_board(pulled):
    assert status_as_of(pulled) == datetime(2026, 1, 8, 10, 0)
    assert status_as_of(pulled.head(4)) == datetime(2026, 1, 7, 12, 0)


def test_explicit_as_of_ends_open_tickets(pulled):
    times = time_in_status(pulled.head(4), as_of=datetime(2026, 1, 8, 12, 0))
    open_rows = times.filter(pl.col("key").is_in(["SUPP-3", "SUPP-4"]))
    assert open_rows["hours"].to_list() == [60.0, 0.0, 24.0, 24.0]


def test_closed_ticket_without_done_move_ends_at_closed_at(tickets):
    board = tickets([{"created": "2026-01-05 09:00", "closed_at": "2026-01-05 11:30",
                      "status": "Resolved", "status_changes": []}], status_changes=CHANGES)
    assert_frame_equal(time_in_status(board),
                       frame([("SUPP-1", "Resolved", None, 2.5)], TIMES))


def test_time_in_category(pulled):
    expected = frame([
        ("SUPP-1", "To Do", 1.0), ("SUPP-1", "In Progress", 4.0), ("SUPP-1", "Done", 0.0),
        ("SUPP-2", "To Do", 1.0), ("SUPP-2", "In Progress", 1.0), ("SUPP-2", "Done", 2.0),
        ("SUPP-3", "To Do", 36.0),
        ("SUPP-4", "To Do", 0.0), ("SUPP-4", "In Progress", 24.0), ("SUPP-4", "Unknown", 0.0),
    ], {"key": pl.String, "category": pl.String, "hours": pl.Float64})
    assert_frame_equal(time_in_category(time_in_status(pulled.head(4))), expected)


def test_reopen_counts(pulled):
    """Only a move out of done into another known category is a reopen."""
    expected = frame([("SUPP-1", 0), ("SUPP-2", 1), ("SUPP-3", 0), ("SUPP-4", 0),
                      ("SUPP-5", 1)], {"key": pl.String, "reopens": pl.UInt32})
    assert_frame_equal(reopen_counts(pulled), expected)


def test_reopened_in_window(pulled):
    inside = reopened_in(pulled, datetime(2026, 1, 5), datetime(2026, 1, 6))
    assert_frame_equal(inside, frame([("SUPP-2", 1)], {"key": pl.String, "reopens": pl.UInt32}))


def test_status_summary(pulled):
    summary = status_summary(time_in_status(pulled.head(4)))
    assert summary["status"].to_list() == ["Open", "In Progress", "Done"]
    assert summary["category"].to_list() == ["To Do", "In Progress", "Done"]
    assert summary["tickets"].to_list() == [3, 3, 1]
    assert summary["median_hours"].to_list() == [1.0, 4.0, 2.0]
    assert summary["total_hours"].to_list() == [38.0, 29.0, 2.0]
    assert summary["share"].sum() == pytest.approx(1.0)


def test_category_summary(pulled):
    summary = category_summary(time_in_status(pulled.head(2)))
    expected = frame([("To Do", 2, 1.0, 2.0, 2 / 9), ("In Progress", 2, 2.5, 5.0, 5 / 9),
                      ("Done", 1, 2.0, 2.0, 2 / 9)],
                     {"category": pl.String, "tickets": pl.UInt32, "median_hours": pl.Float64,
                      "total_hours": pl.Float64, "share": pl.Float64})
    assert_frame_equal(summary, expected, check_exact=False)


def test_category_time_by_team(pulled):
    """Mean hours per ticket per category; a ticket with two teams counts for each."""
    means = category_time_by(pulled.head(4), time_in_status(pulled.head(4)), "team")
    rows = {(value, category): (tickets, hours)
            for value, tickets, category, hours in means.iter_rows()}
    assert means["value"].unique(maintain_order=True).to_list() == [
        "Unlabelled", "Data", "PlatOps"]
    assert rows[("Unlabelled", "To Do")] == (1, 36.0)
    assert rows[("Data", "In Progress")] == (2, 12.5)
    assert rows[("PlatOps", "Done")] == (2, 1.0)
    assert ("PlatOps", "Unknown") not in rows  # no ticket spent time in Unknown


def test_csv_board_needs_a_pull(tickets):
    board = tickets([{"created": "2026-01-05 09:00"}])
    with pytest.raises(InputError, match="supp-tui pull"):
        time_in_status(board)
    with pytest.raises(InputError) as raised:
        reopen_counts(board)
    assert str(raised.value) == NEEDS_PULL


def test_unknown_category_keys_read_as_unknown(tickets):
    board = tickets([{"created": "2026-01-05 09:00", "status": "Triage", "status_changes": [
        move("2026-01-05 10:00", "Open", "undefined", "Triage", "new")]}],
        status_changes=CHANGES)
    times = time_in_status(board)
    assert times["category"].to_list() == ["undefined", "new"]
    assert time_in_category(times)["category"].to_list() == ["To Do", "Unknown"]
