"""The learned source: trained on the labels so far, checked on held-out labels, then trusted
as far as that check measured."""

from __future__ import annotations

from analysis.suggest import MODEL, Suggester, Suggestion, TicketFacts, train_model


def fact(summary: str) -> TicketFacts:
    return TicketFacts(reporter="", summary=summary, jira_labels=(), components=())


KINDS = (("frimp link wobbly near rack", "networking"), ("zorblet readings flaky on node", "metrics"),
         ("blorp volume full on host", "storage"))


def board(count: int, kinds: int = 3) -> tuple[dict[str, TicketFacts], dict[str, dict[str, list[str]]]]:
    """Tickets about wobbly frimps (macro category networking), flaky zorblets (metrics) and
    full blorps (storage), in turn."""
    facts, labels = {}, {}
    for number in range(count):
        summary, value = KINDS[number % kinds]
        facts[f"S-{number}"] = fact(f"{summary} {number}")
        labels[f"S-{number}"] = {"macro_category": [value]}
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


def test_a_model_taught_two_values_stays_silent():
    """Taught only two values it would call every ticket one of them, sure of itself."""
    facts, labels = board(60, kinds=2)
    assert train_model(facts, labels) is None


def test_tickets_a_bulk_action_labelled_are_never_held_out():
    """Near copies of each other: holding some out would check the model on its training."""
    facts, labels = board(90)
    grouped = {key for key in labels if int(key[2:]) >= 60}
    model = train_model(facts, labels, grouped)
    assert model is not None
    assert len(model.held_out) == 12   # a fifth of the 60 labelled one by one


def test_values_a_group_action_set_are_learnt_but_not_judged(framework):
    facts, labels = board(30)
    live: dict[str, dict[str, list[str]]] = {}
    suggester = Suggester(framework, facts, live)
    for key, values in labels.items():
        live[key] = values
        suggester.labels_changed(key, judge=False)
    assert suggester.judge.accuracy("macro_category", "similar") == (0, 0)
    assert suggester.grouped == set(labels)
    facts["NEW"] = fact("blorp volume full again")
    assert {s.dimension: s.value for s in suggester.suggest("NEW")}["macro_category"] == "storage"


def test_suggester_speaks_with_the_model_once_it_is_attached(framework):
    facts, labels = board(60)
    facts["NEW"] = fact("wobbly frimp link")
    suggester = Suggester(framework, facts, labels)
    suggester.use_model(train_model(facts, labels))
    best = {s.dimension: s for s in suggester.suggest("NEW")}["macro_category"]
    assert (best.value, best.source) == ("networking", MODEL)
    assert suggester.judge.accuracy("macro_category", MODEL) == (12, 12)


def test_for_a_reporter_dimension_the_model_is_only_a_fallback(framework, monkeypatch):
    """Where the reporter's history speaks, the text model is not heard on a reporter
    dimension; alone, it speaks capped like similar summaries."""
    facts = {f"S-{n}": TicketFacts(reporter="ana", summary=f"frimp wobbly {n}", jira_labels=(),
                                   components=()) for n in range(3)}
    facts["NEW"] = TicketFacts(reporter="ana", summary="frimp wobbly again", jira_labels=(),
                               components=())
    facts["ODD"] = TicketFacts(reporter="bob", summary="zorblet", jira_labels=(), components=())
    labels = {f"S-{n}": {"origin_location": ["berlin"]} for n in range(3)}
    suggester = Suggester(framework, facts, labels)
    guess = Suggestion(0.99, "origin_location", "london", "classifier gave 99%", source=MODEL)
    monkeypatch.setattr(suggester, "_learned", lambda key, fact: [guess])
    best = {s.dimension: s for s in suggester.suggest("NEW")}["origin_location"]
    assert (best.value, best.source) == ("berlin", "history")
    alone = {s.dimension: s for s in suggester.suggest("ODD")}["origin_location"]
    assert (alone.value, alone.source) == ("london", MODEL) and alone.confidence <= 0.35
