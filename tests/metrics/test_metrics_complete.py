"""Complete tickets: every required dimension has a value, the team being the effective team;
the per-ticket rule the app uses and the frame rule reports use agree."""

from __future__ import annotations

import polars as pl

from analysis.framework import Framework
from analysis.metrics import (
    complete_count,
    complete_expr,
    completeness_dimensions,
    labelled_tickets,
    missing_dimensions,
)

TICKETS = pl.DataFrame({
    "key": ["SUPP-1", "SUPP-2", "SUPP-3", "SUPP-4", "SUPP-5"],
    "team": [["PlatOps"], [], [], ["Observability"], []],
})
JOURNAL = [
    ("SUPP-1", "product", "grafana"), ("SUPP-1", "macro_category", "metrics"),
    ("SUPP-2", "platform_team", "platops"), ("SUPP-2", "macro_category", "metrics"),
    ("SUPP-3", "platform_team", "platops"), ("SUPP-3", "product", "grafana"),
    ("SUPP-3", "macro_category", "ghost_category"),
    ("SUPP-5", "platform_team", "platops"), ("SUPP-5", "product", "kubernetes"),
    ("SUPP-5", "macro_category", "logging"),
]


def labels() -> pl.DataFrame:
    return pl.DataFrame(JOURNAL, schema=["key", "dimension", "value"], orient="row")


def values_of(key: str):
    return lambda dimension: tuple(v for k, d, v in JOURNAL if k == key and d == dimension)


def missing(framework: Framework, key: str) -> list[str]:
    row = TICKETS["key"].to_list().index(key)
    return [d.id for d in missing_dimensions(framework, values_of(key), TICKETS["team"][row])]


def test_each_required_dimension_needs_a_value_the_team_may_come_from_the_export(framework):
    assert missing(framework, "SUPP-1") == []                       # team from the export
    assert missing(framework, "SUPP-2") == ["product"]
    assert missing(framework, "SUPP-3") == ["macro_category"]       # a value naming no option
    assert missing(framework, "SUPP-4") == ["product", "macro_category"]
    assert missing(framework, "SUPP-5") == []


def test_the_frame_rule_agrees_with_the_ticket_rule(framework):
    labelled = labelled_tickets(TICKETS, labels(), framework)
    flags = labelled.select(complete_expr(framework, labelled.schema))[:, 0].to_list()
    assert flags == [not missing(framework, key) for key in TICKETS["key"]]
    assert complete_count(labelled, framework) == 2


def test_without_required_dimensions_the_team_is_what_a_complete_ticket_needs(framework):
    loose = framework.model_copy(update={"dimensions": tuple(
        d.model_copy(update={"required": False}) for d in framework.dimensions)})
    assert [d.id for d in completeness_dimensions(loose)] == ["platform_team"]
    assert [key for key in TICKETS["key"] if not missing(loose, key)] == [
        "SUPP-1", "SUPP-2", "SUPP-3", "SUPP-4", "SUPP-5"]
    labelled = labelled_tickets(TICKETS.with_columns(pl.lit([], pl.List(pl.String)).alias("team")),
                                labels().filter(pl.col("key") != "SUPP-2"), loose)
    assert complete_count(labelled, loose) == 2   # SUPP-3 and SUPP-5 carry a team label
