"""Effort per ticket from a hand-written export with Log Work and Time Spent columns."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.framework import CostSettings, load_framework
from analysis.jira import read_export
from analysis.metrics import (
    EFFORT_COLUMNS,
    effort_by,
    intensive_by_period,
    ticket_effort,
    with_effort,
)

TIMED = """\
Issue key,Summary,Created,Resolved,Labels,Reporter Id,Time Spent,Σ Time Spent,Log Work,Log Work,Comment,Comment
SUPP-1,Vault token,02/Nov/26 9:00 AM,04/Nov/26 9:00 AM,o11y,557058:rep,7200,7200,looked; twice;02/Nov/26 10:00 AM;557058:eng;3600,fixed;03/Nov/26 10:00 AM;557058:two;5400,02/Nov/26 9:30 AM;557058:eng;hi,03/Nov/26 9:30 AM;557058:rep;thanks
SUPP-2,CI broken,03/Nov/26 9:00 AM,10/Nov/26 9:00 AM,bnd,557058:rep,,36000,,,,
SUPP-3,Nothing logged,04/Nov/26 9:00 AM,,bnd,557058:rep,,,,,,
"""

UNTIMED = """\
Issue key,Summary,Created,Resolved,Labels,Reporter Id,Comment,Comment
SUPP-1,Vault token,02/Nov/26 9:00 AM,04/Nov/26 9:00 AM,o11y,557058:rep,02/Nov/26 9:30 AM;557058:eng;hi,03/Nov/26 9:30 AM;557058:rep;thanks
SUPP-2,CI broken,03/Nov/26 9:00 AM,10/Nov/26 9:00 AM,bnd,557058:rep,,
"""


def tickets(tmp_path, text: str) -> pl.DataFrame:
    path = tmp_path / "board.csv"
    path.write_text(text, encoding="utf-8")
    return read_export([path], load_framework(), columns=set(EFFORT_COLUMNS)).tickets


def test_hours_come_from_log_work_else_time_spent_else_its_sum(tmp_path):
    effort = ticket_effort(tickets(tmp_path, TIMED))
    assert effort["hours"].to_list() == [2.5, 10.0, None]  # 3600+5400 s; Σ 36000 s; none
    assert effort["comment_count"].to_list() == [2, 0, 0]
    assert effort["participants"].to_list() == [3, 1, 1]  # reporter, eng, and two who logged
    assert effort["open_hours"].to_list() == [48.0, 168.0, 144.0]  # open until the last date


def test_the_proxy_counts_comments_participants_and_days_open(tmp_path):
    effort = ticket_effort(tickets(tmp_path, UNTIMED))
    assert effort["hours"].to_list() == [None, None]
    # 2 comments + 2 people + 2 days / 3;  0 + 1 + 7 days / 3
    assert effort["proxy"].to_list() == [4.7, 3.3]


def test_with_time_effort_is_hours_and_cost_follows_the_rate(tmp_path):
    measured, recorded = with_effort(tickets(tmp_path, TIMED),
                                     CostSettings(rate=50.0, intensive_hours=5))
    assert recorded
    assert measured["effort"].to_list() == [2.5, 10.0, 0.0]
    assert measured["cost"].to_list() == [125.0, 500.0, None]
    assert measured["intensive"].to_list() == [False, True, False]


def test_without_time_the_top_share_of_the_proxy_is_intensive_and_there_is_no_cost(tmp_path):
    measured, recorded = with_effort(tickets(tmp_path, UNTIMED), CostSettings(rate=50.0))
    assert not recorded
    assert measured["effort"].to_list() == [4.7, 3.3]
    assert measured["cost"].to_list() == [None, None]
    assert measured["intensive"].to_list() == [True, False]


def test_effort_per_period_counts_tickets_in_the_week_they_closed(tmp_path):
    measured, _ = with_effort(tickets(tmp_path, TIMED), CostSettings(rate=10.0,
                                                                     intensive_hours=5))
    by_team = effort_by(measured, "team", "week")
    assert by_team.filter(pl.col("effort") > 0).rows() == [
        ("2026-W45", "Observability", 2.5, 25.0), ("2026-W46", "Build and Deploy", 10.0, 100.0)]
    assert intensive_by_period(measured, "week").rows() == [("2026-W45", 1, 0),
                                                            ("2026-W46", 1, 1)]


def test_open_tickets_are_timed_to_the_given_moment(tmp_path):
    effort = ticket_effort(tickets(tmp_path, TIMED), until=datetime(2026, 11, 5, 9, 0))
    assert effort["open_hours"][2] == pytest.approx(24.0)
