"""The learned source: trained on the labels so far, checked on held-out labels, then trusted
as far as that check measured."""

from __future__ import annotations

from analysis.suggest import MODEL, Suggester, TicketFacts, train_model


def fact(summary: str) -> TicketFacts:
    return TicketFacts(reporter="", summary=summary, jira_labels=(), components=())


def board(count: int) -> tuple[dict[str, TicketFacts], dict[str, dict[str, list[str]]]]:
    """Tickets about flaky zorblets (macro category metrics) or wobbly frimps (networking)."""
    facts, labels = {}, {}
    for number in range(count):
        key = f"S-{number}"
        if number % 2:
            facts[key] = fact(f"zorblet readings flaky on node {number}")
            labels[key] = {"macro_category": ["metrics"]}
        else:
            facts[key] = fact(f"frimp link wobbly near rack {number}")
            labels[key] = {"macro_category": ["networking"]}
    return facts, labels


def test_no_model_while_too_few_tickets_are_labelled():
    facts, labels = board(10)
    assert train_model(facts, labels) is None


def test_model_learns_words_and_reports_its_held_out_check():
    facts, labels = board(60)
    model = train_model(facts, labels)
    assert model is not None
    (guess,) = model.suggest(fact("the zorblet readings again"))
    assert (guess.dimension, guess.value, guess.source) == ("macro_category", "metrics", MODEL)
    assert len(model.held_out) == 12
    assert all(right for _, right in model.held_out)


def test_suggester_speaks_with_the_model_once_it_is_attached(framework):
    facts, labels = board(60)
    facts["NEW"] = fact("wobbly frimp link")
    suggester = Suggester(framework, facts, labels)
    suggester.use_model(train_model(facts, labels))
    best = {s.dimension: s for s in suggester.suggest("NEW")}["macro_category"]
    assert (best.value, best.source) == ("networking", MODEL)
    assert suggester.judge.accuracy("macro_category", MODEL) == (12, 12)
