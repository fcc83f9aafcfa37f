"""Resolution, first response, working hours and targets on hand-built frames."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.metrics import _time as mt


@pytest.fixture(scope="module")
def timed_board(tickets, day):
    """`timed_board(clock)`: five tickets with comments and closes, their durations by `clock`."""
    def comment(at: str, author: str) -> dict:
        return {"at": day(at), "author": author, "body": "text"}

    frame = tickets([
        # Friday 16:00 -> Monday 10:00; the reporter's own comment does not count.
        {"created": "2026-01-09 16:00", "closed_at": "2026-01-12 10:00", "priority": "High",
         "team": ["PlatOps"], "comments": [comment("2026-01-09 16:30", "rita"),
                                          comment("2026-01-12 09:30", "agent")]},
        # The reporter's account id does not count either: never answered.
        {"created": "2026-01-10 10:00", "priority": "High", "team": ["PlatOps"],
         "comments": [comment("2026-01-10 11:00", "557058:rita")]},
        {"created": "2026-01-05 08:00", "closed_at": "2026-01-05 18:00", "priority": "Low",
         "team": [], "comments": [comment("2026-01-05 09:00", "agent")]},
        # Closed through its status category only (closed_at set by the reader).
        {"created": "2026-01-06 09:00", "closed_at": "2026-01-07 09:00", "priority": "High",
         "status_category": "Done", "team": ["PlatOps"]},
        {"created": "2026-01-07 12:00", "priority": "Medium", "team": ["Observability"]},
    ])

    def timed(clock: mt.Clock = mt.CALENDAR) -> pl.DataFrame:
        return mt.with_durations(frame, clock)
    return timed


def test_first_response_skips_the_reporter_by_name_and_id(timed_board, day):
    timed = timed_board()
    assert timed["first_response"].to_list() == [
        day("2026-01-12 09:30"), None, day("2026-01-05 09:00"), None, None]


def test_calendar_hours(timed_board):
    timed = timed_board()
    assert timed["resolution_hours"].to_list() == [66.0, None, 10.0, 24.0, None]
    assert timed["response_hours"].to_list() == [65.5, None, 1.0, None, None]


def test_working_hours_skip_nights_and_weekends(timed_board):
    timed = timed_board(mt.Clock(working=True, start_hour=9, end_hour=17))
    # Fri 16-17 + Mon 9-10; before-hours creation counts from 9:00; a full day is 8 hours.
    assert timed["resolution_hours"].to_list() == [2.0, None, 8.0, 8.0, None]
    assert timed["response_hours"].to_list() == [1.5, None, 0.0, None, None]


def test_duration_summary_reports_median_and_p90_per_team(timed_board):
    summary = mt.duration_summary(timed_board(), "resolution_hours", "team")
    rows = {row["value"]: row for row in summary.iter_rows(named=True)}
    assert rows["PlatOps"]["tickets"] == 2
    assert rows["PlatOps"]["median_hours"] == pytest.approx(45.0)
    assert rows["PlatOps"]["p90_hours"] == pytest.approx(24 + 0.9 * 42)
    assert rows["Unlabelled"]["median_hours"] == 10.0
    assert "Observability" not in rows


def test_targets_met_per_priority(timed_board):
    goals = pl.DataFrame(
        {"priority": ["High", "Low", "Medium"], "response_target_hours": [4.0, 24.0, None],
         "resolution_target_hours": [24.0, 8.0, None]},
    )
    met = mt.targets_met(timed_board(), goals, order=["High", "Medium", "Low"])
    assert met["priority"].to_list() == ["High", "Low"]
    high = met.row(0, named=True)
    assert (high["resolved"], high["resolved_in_target"], high["resolution_share"]) == (2, 1, 0.5)
    assert (high["answered"], high["answered_in_target"]) == (1, 0)
    low = met.row(1, named=True)
    assert (low["resolution_share"], low["response_share"]) == (0.0, 1.0)


def test_targets_frame_resolves_aliases_from_the_framework():
    from analysis.framework import load_framework

    targets = load_framework().targets
    frame = mt.targets_frame(targets, ["P2", "High", "Unknown", None])
    rows = {row[0]: row[1:] for row in frame.iter_rows()}
    assert rows["P2"] == rows["High"]
    assert rows["Unknown"] == (None, None)


def test_first_response_compares_ids_when_both_are_there(tickets, day):
    def comment(at: str, author: str, author_id: str | None) -> dict:
        return {"at": day(at), "author": author, "author_id": author_id, "body": "text"}

    frame = tickets([
        # The reporter's comment shown by name is still the reporter's: its id matches.
        {"created": "2026-01-09 16:00", "reporter": "Rita Ray",
         "comments": [comment("2026-01-09 16:30", "Rita Ray", "557058:rita"),
                      comment("2026-01-09 17:00", "Rita Ray", "557058:other-rita")]},
        # No reporter id: names decide.
        {"created": "2026-01-09 16:00", "reporter": "Rita Ray", "reporter_id": None,
         "comments": [comment("2026-01-09 16:30", "Rita Ray", "557058:rita"),
                      comment("2026-01-09 18:00", "Agent", "557058:agent")]},
    ])
    assert mt.first_response_at(frame).to_list() == [
        day("2026-01-09 17:00"), day("2026-01-09 18:00")]


def test_first_response_skips_the_reporter_written_by_name_beside_a_reporter_id(tickets, day):
    frame = tickets([
        {"created": "2026-01-09 16:00", "reporter": "Rita Ray",
         "comments": [{"at": day("2026-01-09 16:30"), "author": "Rita Ray",
                       "author_id": "Rita Ray", "body": "more detail"},
                      {"at": day("2026-01-09 17:00"), "author": "Agent",
                       "author_id": "Agent", "body": "on it"}]},
    ])
    assert mt.first_response_at(frame).to_list() == [day("2026-01-09 17:00")]
