"""Suggestions: from Jira labels and components, the reporter's history, and similar tickets."""

from __future__ import annotations

from analysis.suggest import Suggester, TicketFacts, summary_words


def fact(summary="", reporter="", labels=(), components=()):
    return TicketFacts(reporter=reporter, summary=summary, jira_labels=tuple(labels),
                       components=tuple(components))


def test_summary_words_drop_stopwords_numbers_and_short_words():
    assert summary_words("Please help: Grafana dashboard for payments-api shows NO data (42)") == {
        "grafana", "dashboard", "payments-api", "shows", "data"}


def test_jira_label_alias_suggests_the_team(framework):
    suggester = Suggester(framework, {"S-1": fact(labels=["O11y", "urgent"])}, {})
    top = suggester.suggest("S-1")[0]
    assert (top.dimension, top.value) == ("platform_team", "observability")
    assert top.reason == "Jira label 'O11y'"


def test_component_and_exported_dimension_label_are_recognised(framework):
    facts = {"S-1": fact(labels=["macro_category:metrics"], components=["Grafana"])}
    found = {(s.dimension, s.value, s.reason) for s in Suggester(framework, facts, {}).suggest("S-1")}
    assert ("macro_category", "metrics", "Jira label 'macro_category:metrics'") in found
    assert ("product", "grafana", "component 'Grafana'") in found


def test_reporter_history_suggests_reporter_dimensions_only(framework):
    facts = {f"S-{i}": fact(reporter="ana") for i in range(1, 6)}
    labels = {
        "S-1": {"origin_team": ["payments"], "macro_category": ["metrics"]},
        "S-2": {"origin_team": ["payments"]},
        "S-3": {"origin_team": ["checkout"]},
    }
    suggestions = Suggester(framework, facts, labels).suggest("S-5")
    assert suggestions[0].dimension == "origin_team"
    assert suggestions[0].value == "payments"
    assert suggestions[0].reason == "reporter ana: 2 of 3 earlier"
    assert "macro_category" not in {s.dimension for s in suggestions if "reporter" in s.reason}


def test_similar_labelled_tickets_vote(framework):
    facts = {
        "S-1": fact("Prometheus not scraping payments-api in prod"),
        "S-2": fact("Prometheus not scraping checkout-web in staging"),
        "S-3": fact("VPN drops every hour for the London office"),
        "S-4": fact("Prometheus not scraping search-indexer in prod"),
    }
    labels = {
        "S-1": {"macro_category": ["metrics"], "product": ["prometheus"]},
        "S-2": {"macro_category": ["metrics"]},
        "S-3": {"macro_category": ["networking"]},
    }
    suggester = Suggester(framework, facts, labels)
    assert [other for _, other in suggester.similar("S-4")][:2] in (["S-1", "S-2"], ["S-2", "S-1"])
    best = {s.dimension: s for s in suggester.suggest("S-4")}
    assert best["macro_category"].value == "metrics"
    assert best["macro_category"].reason.startswith("2 similar tickets")
    assert best["product"].value == "prometheus"


def test_dimensions_with_a_value_are_not_suggested_and_index_follows_changes(framework):
    facts = {"S-1": fact("Dashboard panel empty"), "S-2": fact("Dashboard panel empty again")}
    labels: dict = {}
    suggester = Suggester(framework, facts, labels)
    assert suggester.suggest("S-2") == []
    labels["S-1"] = {"macro_category": ["metrics"]}
    suggester.labels_changed("S-1")
    assert suggester.suggest("S-2")[0].value == "metrics"
    labels["S-2"] = {"macro_category": ["logging"]}
    assert suggester.suggest("S-2") == []
    del labels["S-1"]
    suggester.labels_changed("S-1")
    assert suggester.similar("S-2") == []


def test_ranking_lists_each_value_once_best_first(framework):
    facts = {"S-1": fact(reporter="bo"), "S-2": fact(reporter="bo"), "S-3": fact(reporter="bo"),
             "S-4": fact(reporter="bo")}
    labels = {"S-1": {"origin_team": ["search"]}, "S-2": {"origin_team": ["search"]},
              "S-3": {"origin_team": ["growth"]}}
    ranking = Suggester(framework, facts, labels).ranking("S-4", "origin_team")
    assert [s.value for s in ranking] == ["search", "growth"]


def test_two_jira_team_labels_are_a_conflict_carrying_both(framework):
    suggester = Suggester(framework, {"S-1": fact(labels=["platops", "o11y"])}, {})
    (top,) = [s for s in suggester.suggest("S-1") if s.dimension == "platform_team"]
    assert top.conflict == ("platops", "observability")
    ranked = suggester.ranking("S-1", "platform_team")
    assert {s.value for s in ranked} == {"platops", "observability"}
    assert all(s.conflict == ("platops", "observability") for s in ranked)


def test_one_team_named_twice_is_no_conflict(framework):
    suggester = Suggester(framework, {"S-1": fact(labels=["o11y"], components=["Observability"])},
                          {})
    assert all(not s.conflict for s in suggester.suggest("S-1"))
