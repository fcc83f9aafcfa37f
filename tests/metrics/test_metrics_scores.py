"""Case scores and label coverage on hand-built frames."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.metrics import _coverage as coverage
from analysis.metrics import _scores as scores

LIST = pl.List(pl.String)
WEIGHTS = pl.DataFrame({
    "dimension": ["macro_category", "product", "product"],
    "value": ["Access", "Grafana", "Loki"],
    "product_score": [3, 1, 2], "process_score": [1, 0, 5],
})


@pytest.fixture(scope="module")
def labelled(tickets) -> pl.DataFrame:
    """Five tickets with macro category and product labels, some empty, some without weights."""
    return tickets([
        {"created": "2026-01-05", "macro_category": ["Metrics"], "product": ["Grafana"]},
        {"created": "2026-01-06", "macro_category": [], "product": ["Grafana", "Loki"]},
        {"created": "2026-01-20", "macro_category": ["Access"], "product": []},
        {"created": "2026-01-21", "macro_category": [], "product": []},
        {"created": "2026-01-22", "macro_category": ["Metrics"], "product": ["Kafka"]},
    ], macro_category=LIST, product=LIST)


def test_case_scores_add_the_weights_of_every_label(labelled):
    result = scores.case_scores(labelled, WEIGHTS)
    assert result.select("key", "product_score", "process_score", "total_score").rows() == [
        ("SUPP-2", 3, 5, 8), ("SUPP-3", 3, 1, 4), ("SUPP-1", 1, 0, 1)]


def test_score_grid_counts_tickets_per_point(labelled):
    grid = scores.score_grid(scores.case_scores(labelled, WEIGHTS))
    assert grid.rows() == [(1, 0, 1), (3, 1, 1), (3, 5, 1)]


def test_score_weights_of_the_default_framework_skip_unweighted_options():
    from analysis.framework import load_framework

    weights = scores.score_weights(load_framework())
    assert weights.height > 0
    assert (weights["product_score"] + weights["process_score"] > 0).all()


def test_coverage_per_week_and_overall(labelled):
    series = coverage.label_coverage(labelled, ["macro_category", "product"], "week")
    macro = series.filter(pl.col("dimension") == "macro_category")
    assert macro["period"].to_list() == ["2026-W02", "2026-W03", "2026-W04"]
    assert macro["labelled"].to_list() == [1, 0, 2]
    assert macro["share"].to_list() == [0.5, None, 2 / 3]
    now = coverage.coverage_now(labelled, ["macro_category", "product"])
    assert now.rows() == [("macro_category", 5, 3, 0.6), ("product", 5, 3, 0.6)]
