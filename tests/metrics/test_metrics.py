"""Core metrics on hand-built frames: period keys, team counts, created/closed, backlog, flow."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from analysis import metrics


@pytest.fixture(scope="module")
def keys(day):
    """`keys(dates, period)`: the period key of each date given as text."""
    def period_keys(dates: list[str], period: str) -> list[str]:
        frame = pl.DataFrame({"at": [day(text) for text in dates]})
        return frame.select(metrics.period_key(pl.col("at"), period))["at"].to_list()
    return period_keys


def test_builder_has_the_canonical_columns_in_order(tickets, canonical_schema):
    frame = tickets([{"created": "2026-01-05", "team": ["PlatOps"]}])
    assert list(frame.schema.items())[:19] == list(canonical_schema.items())


def test_week_keys_use_the_iso_year_across_a_year_boundary(keys):
    dates = ["2020-12-31", "2021-01-03", "2021-01-04", "2026-12-31", "2027-01-04", "2019-12-30"]
    assert keys(dates, "week") == [
        "2020-W53", "2020-W53", "2021-W01", "2026-W53", "2027-W01", "2020-W01"]


def test_month_and_quarter_keys(keys):
    dates = ["2026-11-30 23:59", "2026-01-01", "2026-12-31"]
    assert keys(dates, "month") == ["2026-11", "2026-01", "2026-12"]
    assert keys(dates, "quarter") == ["2026-Q4", "2026-Q1", "2026-Q4"]


def test_unknown_period_is_refused():
    with pytest.raises(ValueError, match="week, month, quarter"):
        metrics.period_key(pl.col("created"), "fortnight")


def test_value_counts_explodes_two_teams_and_keeps_unlabelled(tickets):
    frame = tickets([
        {"created": "2026-01-05", "team": ["PlatOps", "Observability"]},
        {"created": "2026-01-06", "team": ["PlatOps"]},
        {"created": "2026-01-07", "team": []},
        {"created": "2026-01-08", "team": ["PlatOps", "PlatOps"]},
        {"created": "2026-01-09", "team": None},
    ])
    expected = pl.DataFrame(
        {"value": ["PlatOps", "Unlabelled", "Observability"], "tickets": [3, 2, 1]},
        schema={"value": pl.String, "tickets": pl.UInt32},
    )
    assert_frame_equal(metrics.value_counts(frame, "team"), expected)


def test_value_counts_of_a_scalar_column(tickets):
    frame = tickets([{"priority": "High"}, {"priority": "Low"}, {"priority": "High"},
                     {"priority": None}, {"priority": ""}])
    result = metrics.value_counts(frame, "priority")
    assert result.rows() == [("High", 2), ("Unlabelled", 2), ("Low", 1)]


def test_created_closed_covers_empty_weeks_and_the_year_boundary(tickets):
    frame = tickets([
        {"created": "2020-12-29", "closed_at": "2021-01-12"},
        {"created": "2021-01-02"},
        {"created": "2021-01-04", "closed_at": "2021-01-05"},
        {"created": "2021-01-19", "status_category": "Done", "closed_at": "2021-01-20"},
        {"created": None, "closed_at": "2021-03-01"},
    ])
    expected = pl.DataFrame(
        {"period": ["2020-W53", "2021-W01", "2021-W02", "2021-W03"],
         "created": [2, 1, 0, 1], "closed": [0, 1, 1, 1]},
        schema={"period": pl.String, "created": pl.UInt32, "closed": pl.UInt32},
    )
    assert_frame_equal(metrics.created_closed(frame), expected)


def test_created_closed_runs_to_the_last_close(tickets):
    frame = tickets([
        {"created": "2026-12-30", "closed_at": "2027-02-02"},
        {"created": "2026-11-02"},
    ])
    result = metrics.created_closed(frame, "month")
    assert result.rows() == [("2026-11", 1, 0), ("2026-12", 1, 0), ("2027-01", 0, 0),
                             ("2027-02", 0, 1)]
    assert metrics.created_closed(frame, "quarter").rows() == [("2026-Q4", 2, 0),
                                                               ("2027-Q1", 0, 1)]


def test_a_close_before_creation_counts_in_the_creation_week(tickets):
    frame = tickets([{"created": "2026-03-10", "closed_at": "2026-03-01"}])
    assert metrics.backlog(frame).rows() == [("2026-W11", 1, 1, 0)]


def test_created_closed_of_no_tickets_is_an_empty_frame(tickets):
    result = metrics.created_closed(tickets([]))
    assert result.height == 0
    assert result.schema == pl.Schema(
        {"period": pl.String, "created": pl.UInt32, "closed": pl.UInt32})


def test_backlog_is_absolute_and_reconciles(tickets):
    frame = tickets([
        {"created": "2026-01-05", "closed_at": "2026-01-20"},
        {"created": "2026-01-06"},
        {"created": "2026-01-07", "closed_at": "2026-01-08"},
        {"created": "2026-01-26", "closed_at": "2026-01-27"},
        {"created": "2026-01-27"},
    ])
    expected = pl.DataFrame(
        {"period": ["2026-W02", "2026-W03", "2026-W04", "2026-W05"],
         "created": [3, 0, 0, 2], "closed": [1, 0, 1, 1], "backlog": [2, 2, 1, 2]},
        schema={"period": pl.String, "created": pl.UInt32, "closed": pl.UInt32,
                "backlog": pl.UInt32},
    )
    result = metrics.backlog(frame)
    assert_frame_equal(result, expected)
    assert metrics.open_backlog_now(frame) == result["backlog"][-1] == 2


def test_flow_is_created_minus_previous_weeks_closed(tickets):
    frame = tickets([
        {"created": "2026-01-05", "closed_at": "2026-01-06"},
        {"created": "2026-01-06", "closed_at": "2026-01-07"},
        {"created": "2026-01-13"},
        {"created": "2026-01-20", "closed_at": "2026-01-21"},
        {"created": "2026-01-21"},
    ])
    result = metrics.flow(frame)
    assert result["flow"].to_list() == [None, -1, 2]
    assert result["previous_closed"].to_list() == [None, 2, 0]


def test_open_backlog_now_counts_open_dated_tickets(tickets):
    frame = tickets([
        {"created": "2026-01-05"},
        {"created": "2026-01-05", "status_category": "Done", "closed_at": "2026-01-09"},
        {"created": None},
    ])
    assert metrics.open_backlog_now(frame) == 1


def test_slice_periods_and_period_at(day):
    frame = pl.DataFrame({"period": ["2026-W51", "2026-W52", "2026-W53", "2027-W01"]})
    assert metrics.slice_periods(frame, "2026-W52", "2026-W53")["period"].to_list() == [
        "2026-W52", "2026-W53"]
    assert metrics.period_at("week", day("2027-01-03").date()).key == "2026-W53"
