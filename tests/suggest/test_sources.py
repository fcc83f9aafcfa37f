"""Every suggestion says which source spoke and how sure it is; reporter dimensions come from
the reporter's history and team-mates; the text names options; similarity ignores noise."""

from __future__ import annotations

from analysis.suggest import (
    ALIAS,
    HISTORY,
    SIMILAR,
    SOURCES,
    TEAM_MATES,
    Suggester,
    TicketFacts,
    summary_words,
)


def fact(summary="", reporter="", reporter_id="", description=""):
    return TicketFacts(reporter=reporter, summary=summary, jira_labels=(), components=(),
                       reporter_id=reporter_id, description=description)


def test_similarity_words_ignore_numbers_ids_and_generic_words():
    assert summary_words("VPN drops every 408 minutes") == {"vpn", "drops"}
    assert summary_words("CI runners slow, 462 minutes per build") == {"runners", "slow", "build"}
    assert summary_words(
        "Deploy 3f9a2c1d of v2.3.1 failed: see SUPP-1234, 503s, id "
        "123e4567-e89b-12d3-a456-426614174000") == {"deploy", "failed"}


def test_summary_naming_an_option_or_alias_suggests_it(framework):
    suggester = Suggester(framework, {"S-1": fact("PagerDuty not paging on-call")}, {})
    best = {s.dimension: s for s in suggester.suggest("S-1")}
    assert best["product"].value == "pagerduty"
    assert best["product"].source == ALIAS
    assert best["product"].reason == "summary names 'PagerDuty'"


def test_alias_in_the_description_counts_less_than_in_the_summary(framework):
    facts = {"S-1": fact("Pages not arriving", description="We use PagerDuty for this."),
             "S-2": fact("PagerDuty pages not arriving")}
    suggester = Suggester(framework, facts, {})
    in_description = {s.dimension: s for s in suggester.suggest("S-1")}["product"]
    in_summary = {s.dimension: s for s in suggester.suggest("S-2")}["product"]
    assert in_description.value == in_summary.value == "pagerduty"
    assert in_description.confidence < in_summary.confidence


def test_every_suggestion_has_a_source_and_a_confidence(framework):
    facts = {f"S-{i}": fact("Prometheus not scraping payments-api", reporter="ana")
             for i in range(1, 5)}
    labels = {f"S-{i}": {"origin_team": ["payments"], "macro_category": ["metrics"]}
              for i in range(1, 4)}
    for suggestion in Suggester(framework, facts, labels).suggest("S-4"):
        assert suggestion.source in SOURCES
        assert 0 <= suggestion.confidence <= 1


def test_history_is_keyed_by_reporter_id_when_the_board_has_one(framework):
    facts = {"S-1": fact(reporter="Ana Lima", reporter_id="557058:a"),
             "S-2": fact(reporter="Ana Lima", reporter_id="557058:b"),
             "S-3": fact(reporter="Ana L.", reporter_id="557058:a")}
    labels = {"S-1": {"origin_team": ["payments"]}}
    suggester = Suggester(framework, facts, labels)
    assert [(s.value, s.source) for s in suggester.suggest("S-3")] == [("payments", HISTORY)]
    assert suggester.suggest("S-2") == []


def test_team_mates_give_location_once_the_team_is_known(framework):
    facts = {"S-1": fact(reporter="ana"), "S-2": fact(reporter="bo"), "S-3": fact(reporter="cy")}
    labels: dict = {"S-1": {"origin_team": ["payments"], "origin_location": ["london"]},
                    "S-2": {"origin_team": ["payments"], "origin_location": ["london"]}}
    suggester = Suggester(framework, facts, labels)
    assert suggester.suggest("S-3") == []
    labels["S-3"] = {"origin_team": ["payments"]}
    suggester.labels_changed("S-3")
    (location,) = suggester.suggest("S-3")
    assert (location.dimension, location.value, location.source) == (
        "origin_location", "london", TEAM_MATES)
    assert location.reason == "team-mates in Payments: 2 of 2"


def test_similar_summaries_are_only_a_low_confidence_fallback_for_reporter_dimensions(framework):
    facts = {"S-1": fact("Dashboard panel empty for orders", reporter="ana"),
             "S-2": fact("Dashboard panel empty for orders", reporter="bo"),
             "S-3": fact("Dashboard panel empty for orders", reporter="bo")}
    labels = {"S-1": {"origin_team": ["payments"]}, "S-2": {"origin_team": ["checkout"]}}
    suggester = Suggester(framework, facts, labels)
    (from_history,) = [s for s in suggester.suggest("S-3") if s.dimension == "origin_team"]
    assert (from_history.value, from_history.source) == ("checkout", HISTORY)
    labels.pop("S-2")
    suggester.labels_changed("S-2")
    (fallback,) = [s for s in suggester.suggest("S-3") if s.dimension == "origin_team"]
    assert fallback.source == SIMILAR
    assert fallback.confidence <= 0.35


def test_the_source_that_measured_better_speaks(framework):
    # Each reporter's history says "checkout", but every summary names the right team.
    facts = {f"S-{i}": fact(f"Payments {word} broken", reporter="ana")
             for i, word in enumerate(("cart", "refund", "ledger", "payout", "wallet", "card",
                                       "fees", "bank", "fraud", "tax"))}
    labels: dict = {}
    suggester = Suggester(framework, facts, labels)
    for number in range(9):
        key = f"S-{number}"
        labels[key] = {"origin_team": ["checkout" if number < 2 else "payments"]}
        suggester.labels_changed(key)
    labels["S-0"] = labels["S-1"] = {"origin_team": ["checkout"]}
    best = {s.dimension: s for s in suggester.suggest("S-9")}["origin_team"]
    assert best.value == "payments"
    right, judged = suggester.judge.accuracy("origin_team", ALIAS)
    assert judged >= 7 and right == judged - 2
