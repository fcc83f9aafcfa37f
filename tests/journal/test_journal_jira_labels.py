"""The one rule for which Jira labels a ticket's journal labels mean, and the journal's removals."""

from __future__ import annotations

import polars as pl

from analysis.journal import HEADER, jira_label, jira_slug, removed_labels, ticket_jira_labels


def test_slug_turns_every_whitespace_into_an_underscore():
    assert jira_slug("a b\tc\u00a0d") == "a_b_c_d"


def test_team_is_its_first_alias_without_spaces_and_others_dimension_option(framework):
    assert jira_label(framework, "platform_team", "network_platform") == "netplat"
    assert jira_label(framework, "product", "grafana") == "product:grafana"
    assert jira_label(framework, "unknown dim", "some value") == "unknown_dim:some_value"


def test_a_team_already_named_in_jira_is_that_label_and_duplicates_go(framework):
    values = [("platform_team", "observability"), ("product", "grafana"),
              ("product", "grafana")]
    assert ticket_jira_labels(values, ["urgent", "O11Y"], framework) == \
        ["O11Y", "product:grafana"]
    assert ticket_jira_labels(values, [], framework) == ["observability", "product:grafana"]


def test_removed_labels_are_values_set_or_added_then_removed_replaced_or_cleared(tmp_path):
    path = tmp_path / "board.csv.labels.csv"
    lines = [
        ("S-1", "product", "grafana", "add"), ("S-1", "product", "kafka", "add"),
        ("S-1", "product", "grafana", "remove"),
        ("S-1", "platform_team", "observability", "set"),
        ("S-1", "platform_team", "network_platform", "set"),
        ("S-2", "product", "vault", "add"), ("S-2", "product", "", "clear"),
        ("S-3", "product", "jira", "add"), ("S-3", "product", "jira", "remove"),
        ("S-3", "product", "jira", "add"),
    ]
    body = "".join(f"2026-01-01T00:00:0{n}.000000Z,ana,{k},{d},{v},{op}\n"
                   for n, (k, d, v, op) in enumerate(lines))
    path.write_text(HEADER + body)
    removed = removed_labels(path)
    assert removed.rows() == [("S-1", "product", "grafana"),
                              ("S-1", "platform_team", "observability"),
                              ("S-2", "product", "vault")]
    assert removed_labels(tmp_path / "missing.csv").equals(
        pl.DataFrame(schema={"key": pl.String, "dimension": pl.String, "value": pl.String}))
