"""The chart catalogue: dimension and chart names, windows, and numbers that agree."""

from __future__ import annotations

import polars as pl
import pytest

from analysis import metrics
from analysis.charts import _catalogue as mc
from analysis.errors import InputError
from analysis.framework import load_framework


@pytest.fixture(scope="module")
def context(board, own_framework):
    """The chart context of the board under the shipped framework as its own, built once."""
    return mc.build_context(board, own_framework)


def test_every_chart_computes(context, board):
    for name in mc.CHARTS:
        if name == "scores":
            continue
        data = mc.chart_data(name, board, mc.ChartRequest(), context)
        assert data.title and data.frames, name


def test_unknown_chart_lists_the_valid_ones():
    with pytest.raises(InputError, match="valid charts: teams, weekly-by-team"):
        mc.resolve_chart("pie")


def test_unknown_dimension_lists_the_valid_ones(context, board):
    with pytest.raises(InputError, match="valid dimensions: platform_team, product.*priority"):
        mc.chart_data("teams", board, mc.ChartRequest(by="colour"), context)


def test_dimension_names_fold_case_separators_and_titles(context, board):
    frame = board
    assert mc.resolve_dimension("Issue-Type", frame, context) == "issue_type"
    assert mc.resolve_dimension("Macro category", frame, context) == "macro_category"
    assert mc.resolve_dimension("platform_team", frame, context) == "team"


def test_a_window_without_tickets_says_so(context, board):
    from datetime import date

    request = mc.ChartRequest(start=date(2030, 1, 1), end=date(2030, 2, 1))
    with pytest.raises(InputError, match="No tickets in 2030-01-01 to 2030-02-01.*2026-W02"):
        mc.chart_data("created-closed", board, request, context)


def test_a_window_of_empty_weeks_says_so(context, board):
    from datetime import date

    frame = board.filter(pl.col("created") < pl.datetime(2026, 1, 12)).vstack(
        board.filter(pl.col("created") >= pl.datetime(2026, 2, 2)))
    request = mc.ChartRequest(start=date(2026, 1, 19), end=date(2026, 1, 25))
    with pytest.raises(InputError, match="No tickets were created or closed"):
        mc.chart_data("teams", frame, request, context)


def test_last_n_periods_and_dates_slice_the_series(context, board):
    from datetime import date

    data = mc.chart_data("created-closed", board, mc.ChartRequest(last=2), context)
    assert data.frames["series"]["period"].to_list() == ["2026-W06", "2026-W07"]
    dated = mc.chart_data("teams", board, mc.ChartRequest(
        start=date(2026, 1, 5), end=date(2026, 1, 11)), context)
    assert dated.frames["share"].select("value", "tickets").rows() == [
        ("Observability", 1), ("PlatOps", 1)]


def test_chart_numbers_agree_with_the_core_metrics(context, board):
    frame = board
    series = mc.chart_data("created-closed", frame, mc.ChartRequest(), context).frames["series"]
    flow = mc.chart_data("flow", frame, mc.ChartRequest(), context).frames["series"]
    assert series.equals(metrics.created_closed(frame))
    assert flow["backlog"][-1] == metrics.open_backlog_now(frame)
    share = mc.chart_data("teams", frame, mc.ChartRequest(), context).frames["share"]
    counts = metrics.value_counts(frame, "team")
    assert dict(share.select("value", "tickets").iter_rows()) == dict(counts.iter_rows())
    weekly = mc.chart_data("weekly-by-team", frame, mc.ChartRequest(), context)
    assert weekly.frames["series"]["created"].sum() == counts["tickets"].sum()


def test_colours_are_stable_per_team_across_charts(context, board):
    first = mc.chart_data("teams", board, mc.ChartRequest(), context).colours
    second = mc.chart_data("weekly-by-team", board, mc.ChartRequest(last=1), context).colours
    assert first["PlatOps"] == second["PlatOps"]
    assert first["Unlabelled"] == second["Unlabelled"] != first["PlatOps"]


def test_team_coverage_counts_the_effective_team(context, board):
    frame = board
    now = mc.chart_data("coverage", frame, mc.ChartRequest(), context).frames["now"]
    team = now.filter(pl.col("dimension") == "team").row(0, named=True)
    assert team["labelled"] == frame.filter(pl.col("team").list.len() > 0).height
    assert now["dimension"].to_list()[1:3] == ["product", "macro_category"]


def test_the_built_in_targets_are_not_judged(board):
    context = mc.build_context(board, load_framework())
    with pytest.raises(InputError, match="No service targets are set for this board"):
        mc.chart_data("targets", board, mc.ChartRequest(), context)
