"""Tied case scores list tickets in issue-number order, not text order."""

import polars as pl

from analysis.metrics import case_scores


def test_ties_are_in_issue_number_order():
    tickets = pl.DataFrame({
        "key": ["SUPP-1014", "SUPP-104", "SUPP-9", "OPS-20"],
        "summary": ["a", "b", "c", "d"],
        "macro_category": [["Metrics"], ["Metrics"], ["Metrics"], ["Metrics"]],
    })
    weights = pl.DataFrame({"dimension": ["macro_category"], "value": ["Metrics"],
                            "product_score": [2], "process_score": [1]})
    assert case_scores(tickets, weights)["key"].to_list() == [
        "OPS-20", "SUPP-9", "SUPP-104", "SUPP-1014",
    ]
