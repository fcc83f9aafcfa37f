"""Per-dimension metrics on hand-built frames: shares, created per period, averages, crosstab."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from analysis.metrics import _values as groups

LIST = pl.List(pl.String)


@pytest.fixture(scope="module")
def five_tickets(tickets) -> pl.DataFrame:
    """Five tickets in three weeks: two teams on one, no team on one, list-valued categories."""
    return tickets([
        {"created": "2026-01-05", "team": ["PlatOps", "Observability"], "priority": "High",
         "macro_category": ["Metrics"]},
        {"created": "2026-01-06", "team": ["PlatOps"], "priority": "Low",
         "macro_category": ["Access", "Metrics"]},
        {"created": "2026-01-20", "team": [], "priority": "High", "macro_category": []},
        {"created": "2026-01-21", "team": ["PlatOps"], "priority": "High",
         "macro_category": ["Metrics"]},
        {"created": "2026-01-22", "team": ["Data Platform"], "priority": "Medium",
         "macro_category": ["Access"]},
    ], macro_category=LIST)


def test_share_merges_small_slices_into_other_but_keeps_unlabelled(five_tickets):
    result = groups.share(five_tickets, "team", min_share=0.2)
    expected = pl.DataFrame(
        {"value": ["PlatOps", "Unlabelled", "All others"], "tickets": [3, 1, 2],
         "share": [0.5, 1 / 6, 2 / 6]},
        schema={"value": pl.String, "tickets": pl.UInt32, "share": pl.Float64},
    )
    assert_frame_equal(result, expected)


def test_share_adds_up_to_one_with_two_teams_on_a_ticket(five_tickets):
    result = groups.share(five_tickets, "team", min_share=0.0)
    assert abs(result["share"].sum() - 1.0) < 1e-12
    assert result["tickets"].sum() == 6


def test_created_by_fills_every_period_and_value_with_zeros(five_tickets):
    result = groups.created_by(five_tickets, "team", "week", limit=None)
    weeks = ["2026-W02", "2026-W03", "2026-W04"]
    values = ["PlatOps", "Data Platform", "Observability", "Unlabelled"]
    assert result["period"].unique(maintain_order=True).to_list() == weeks
    assert result["value"].unique(maintain_order=True).to_list() == values
    assert result.height == len(weeks) * len(values)
    week3 = result.filter(pl.col("period") == "2026-W03")
    assert week3["created"].to_list() == [0, 0, 0, 0]
    platops = result.filter(pl.col("value") == "PlatOps")["created"].to_list()
    assert platops == [2, 0, 1]


def test_created_by_folds_beyond_the_limit_into_other(five_tickets):
    result = groups.created_by(five_tickets, "team", "week", limit=1)
    assert result["value"].unique(maintain_order=True).to_list() == [
        "PlatOps", "All others", "Unlabelled"]
    assert result.filter(pl.col("value") == "All others")["created"].sum() == 2


def test_average_is_total_over_the_number_of_periods_in_the_window(five_tickets):
    series = groups.created_by(five_tickets, "team", "week", limit=None)
    result = groups.average_per_period(series)
    platops = result.filter(pl.col("value") == "PlatOps").row(0, named=True)
    assert platops == {"value": "PlatOps", "tickets": 3, "periods": 3, "average": 1.0}
    assert result["value"][0] == "PlatOps"


def test_crosstab_counts_distinct_tickets_in_cells_and_totals(five_tickets):
    result = groups.crosstab(five_tickets, "team", "macro_category")
    assert result.columns == ["team", "Metrics", "Access", "Unlabelled", "Total"]
    rows = {row[0]: row[1:] for row in result.iter_rows()}
    assert rows["PlatOps"] == (3, 1, 0, 3)
    assert rows["Observability"] == (1, 0, 0, 1)
    assert rows["Unlabelled"] == (0, 0, 1, 1)
    assert rows["Total"] == (3, 2, 1, 5)
    totals = dict(groups.value_counts(five_tickets, "team").iter_rows())
    for team, count in totals.items():
        assert rows[team][-1] == count


def test_crosstab_of_a_scalar_field_against_itself(five_tickets):
    result = groups.crosstab(five_tickets, "priority", "priority")
    assert result.filter(pl.col("priority") == "High")["High"].item() == 3
    assert result.filter(pl.col("priority") == "Total")["Total"].item() == 5
