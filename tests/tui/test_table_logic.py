"""The table's logic without a screen: the filter line, the rows it keeps, the selection, the
bulk plan and the completeness rule."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.framework import Framework, default_framework_path, load_framework
from supp_tui.labelling import TableQuery, TableRows, parse_query, plan_bulk
from supp_tui.labelling._table import similar_rows, similarity_words

LABELS = {"SUPP-1": {"platform_team": ["observability"], "product": ["grafana"]},
          "SUPP-3": {"product": ["vpn"]}}
SUMMARIES = ["Grafana dashboard shows no data", "Prometheus not scraping checkout-web",
             "VPN drops every hour", "Prometheus not scraping payments-api",
             "Grafana panel shows No data for staging"]


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_framework(default_framework_path())


def values(key: str, dimension: str) -> tuple[str, ...]:
    return tuple(LABELS.get(key, {}).get(dimension, ()))


@pytest.fixture
def rows(framework: Framework) -> TableRows:
    display = pl.DataFrame({"key": [f"SUPP-{n}" for n in range(1, 6)], "summary": SUMMARIES,
                            "description": ["", "time out", "", "timeout", None]})
    return TableRows(display, values, lambda: LABELS,
                     lambda key: bool(values(key, "platform_team")))


def kept(rows: TableRows) -> list[str]:
    return [rows.keys[row] for row in rows.view]


def test_parse_query_reads_every_part(framework):
    """Words, a label, like:, is:incomplete and a pattern that runs to the end of the line."""
    query = parse_query("no data P=grafana like:supp-2 is:incomplete re:time ?out", framework)
    assert query == TableQuery("no data", "time ?out", ("product", "grafana"), "SUPP-2", True)


def test_re_starts_a_pattern_only_as_a_word():
    assert parse_query("score: re:a b", load_framework(None)) == TableQuery("score:", "a b")


def test_parse_query_names_dimensions_by_id_title_key_or_team(framework):
    """platform_team, 'team' and the picker key all name a dimension; aliases name an option."""
    assert parse_query("team=o11y", framework).label == ("platform_team", "observability")
    assert parse_query("product=Grafana", framework).label == ("product", "grafana")


@pytest.mark.parametrize(("line", "message"), [
    ("re:(open", "is not a valid regular expression"),
    ("colour=red", "No dimension “colour”"),
    ("product=grafanna", "has no option “grafanna”; try one of"),
])
def test_parse_query_refuses_in_one_sentence(framework, line, message):
    with pytest.raises(InputError, match=message):
        parse_query(line, framework)


def test_rows_keep_text_pattern_label_and_incomplete(rows):
    """Each part of a query narrows the rows; parts combine."""
    assert rows.apply(TableQuery(text="NO DATA")) == 2
    assert kept(rows) == ["SUPP-1", "SUPP-5"]
    rows.apply(TableQuery(pattern="time.?out"))
    assert kept(rows) == ["SUPP-2", "SUPP-4"]
    rows.apply(TableQuery(label=("product", "grafana")))
    assert kept(rows) == ["SUPP-1"]
    rows.apply(TableQuery(incomplete=True))
    assert kept(rows) == ["SUPP-2", "SUPP-3", "SUPP-4", "SUPP-5"]
    rows.apply(TableQuery(text="prometheus", pattern="payments"))
    assert kept(rows) == ["SUPP-4"]


def test_like_keeps_similar_tickets_most_similar_first(rows):
    rows.apply(TableQuery(similar_to="SUPP-4"))
    assert kept(rows) == ["SUPP-4", "SUPP-2"]
    with pytest.raises(InputError, match="No ticket SUPP-99"):
        rows.apply(TableQuery(similar_to="SUPP-99"))


def test_similar_rows_ignores_numbers():
    words = similarity_words(["VPN drops every 408 minutes", "Slow queries on 408 tables",
                              "VPN drops every hour"])
    assert similar_rows(words, 0) == [0, 2]


def test_selection_follows_the_view_and_select_all_toggles(rows):
    """a selects the view (again: none); a filter unselects rows it hides; with nothing
    selected a bulk action targets the cursor row."""
    assert rows.targets(2) == ["SUPP-3"]
    assert rows.select_all() == 5
    assert rows.select_all() == 0
    rows.toggle(0)
    rows.toggle(3)
    rows.apply(TableQuery(text="prometheus"))
    assert rows.targets(1) == ["SUPP-4"]


def test_plan_says_what_changes(framework):
    """Tickets with the value are left alone; a single-value dimension says how many lose one."""
    team = framework.dimension("platform_team")
    plan = plan_bulk(["SUPP-1", "SUPP-2", "SUPP-2", "SUPP-3"], team, "platops", values)
    assert plan.to_change == ("SUPP-1", "SUPP-2", "SUPP-3")
    assert plan.question() == ("Label 3 tickets Platform team: PlatOps? "
                               "(1 loses another Platform team value)")
    product = framework.dimension("product")
    plan = plan_bulk(["SUPP-1", "SUPP-3"], product, "grafana", values)
    assert plan.question() == (f"Label 1 ticket {product.title}: Grafana? "
                               "(1 already has it)")


def test_plan_says_which_tickets_jira_already_gives_a_team(framework):
    """Tickets without a team label count with the team their export gives: the same one
    (confirmed by the label) or another (overridden by it)."""
    team = framework.dimension("platform_team")
    jira = {"SUPP-2": ("PlatOps",), "SUPP-3": ("Observability",), "SUPP-4": ()}
    plan = plan_bulk(["SUPP-1", "SUPP-2", "SUPP-3", "SUPP-4"], team, "platops", values,
                     lambda key: jira[key])
    assert plan.to_change == ("SUPP-1", "SUPP-2", "SUPP-3", "SUPP-4")
    assert plan.question() == ("Label 4 tickets Platform team: PlatOps? (1 loses another "
                               "Platform team value; 1 has it from Jira; 1 has another team "
                               "in Jira)")


def test_rows_ask_the_completeness_rule_they_are_given(rows):
    """The rows here are complete with a platform team only."""
    assert rows.complete(0)
    assert not rows.complete(2)


def test_table_keys_are_all_reserved_from_labels_toml(framework):
    """No hotkey in labels.toml can shadow a key of the table."""
    from analysis.framework import app_keys, key_name
    from supp_tui.keys import APP_RESERVED_KEYS
    from supp_tui.screens.table_keys import TABLE_BINDINGS

    reserved = app_keys(framework, APP_RESERVED_KEYS)
    keys = {key_name(key) for binding in TABLE_BINDINGS for key in binding.key.split(",")}
    assert keys <= set(reserved)
