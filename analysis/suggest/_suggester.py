"""Label suggestions for a ticket, each with a measured confidence and the source that spoke.

Sources: the ticket's Jira labels and components, the reporter's own history and team-mates
(for the reporter's dimensions), option names and aliases the text mentions, the labels of
similar tickets, and a learned model once one is attached. Every source is judged on each
ticket as it gets labelled, before it learns from it, so per dimension the source that has
measured better speaks with the higher confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from analysis.framework import Framework
from analysis.suggest._alias import AliasMatcher
from analysis.suggest._jira import from_jira
from analysis.suggest._judge import SourceJudge
from analysis.suggest._learned import LearnedModel
from analysis.suggest._people import PeopleIndex
from analysis.suggest._similar import SimilarIndex
from analysis.suggest._types import MODEL, SIMILAR, Labels, Suggestion, TicketFacts

JUDGED_AT_START = 300  # the latest labelled tickets re-judged when a suggester is built
MODEL_ANSWERS_KEPT = 64
FALLBACK_CONFIDENCE = 0.35  # ceiling of a text-only guess at a reporter dimension

Snapshot = dict[str, tuple[str, ...]]

# Sources that read only the ticket's text: for the reporter's dimensions (who wrote it, from
# where, for which service) they are a fallback, heard only when no other source speaks.
TEXT_ONLY = frozenset({SIMILAR, MODEL})


class Suggester:
    """Suggests labels from the live labels of a board; tell it when a ticket's labels change."""

    def __init__(self, framework: Framework, facts: Mapping[str, TicketFacts],
                 labels: Labels) -> None:
        self._facts = facts
        self._labels = labels
        self.framework = framework
        self._similar = SimilarIndex(facts, labels)
        self.judge = SourceJudge()
        # Tickets labelled by a group action: the model never holds them out as a check.
        self.grouped: set[str] = set()
        self._model: LearnedModel | None = None
        self._model_answers: dict[str, list[Suggestion]] = {}
        self._seen: dict[str, Snapshot] = {}
        keys = list(labels)
        for number, key in enumerate(keys):
            self._follow(key, judge=number >= len(keys) - JUDGED_AT_START)

    @property
    def framework(self) -> Framework:
        return self._framework

    @framework.setter
    def framework(self, framework: Framework) -> None:
        self._framework = framework
        self._alias = AliasMatcher(framework)
        self._reporter_dimensions = {d.id for d in framework.dimensions if d.from_reporter}
        people = PeopleIndex(framework)
        for key, seen in getattr(self, "_seen", {}).items():
            people.add(self._facts[key], seen)
        self._people = people

    @property
    def facts(self) -> Mapping[str, TicketFacts]:
        """What the suggester knows of each ticket (the input a model trains on)."""
        return self._facts

    def use_model(self, model: LearnedModel | None) -> None:
        """Suggest from a model trained in the background too, trusting it as its held-out
        check measured."""
        self._model = model
        self._model_answers = {}
        for suggestion, right in model.held_out if model else ():
            self.judge.record(suggestion, right)

    def labels_changed(self, key: str, judge: bool = True) -> None:
        """Judge the sources on a ticket's new values, then learn from them. Values a group
        action set (a bulk label, an undo) are learnt but not judged: they were not chosen for
        this ticket, so checking the sources against them would only measure the group."""
        if not judge:
            self.grouped.add(key)
        self._follow(key, judge=judge)

    def _follow(self, key: str, judge: bool) -> None:
        fact = self._facts.get(key)
        if fact is None:
            return
        current = {d: tuple(v) for d, v in (self._labels.get(key) or {}).items() if v}
        before = self._seen.get(key, {})
        if current == before:
            return
        fresh = {d: values for d, values in current.items() if d not in before}
        if judge and fresh:
            self._judge(key, fact, fresh, current)
        self._people.add(fact, before, -1)
        self._people.add(fact, current)
        if current:
            self._seen[key] = current
        else:
            self._seen.pop(key, None)
        self._similar.follow(key)

    def _judge(self, key: str, fact: TicketFacts, chosen: Snapshot, current: Snapshot) -> None:
        """Record whether each source's top value for each newly set dimension was right."""
        top: dict[tuple[str, str], Suggestion] = {}
        own = self._seen.get(key, {})
        raw = [*self._raw(key, fact), *self._people.team_mates(fact, current, own)]
        for suggestion in raw:
            held = top.get((suggestion.dimension, suggestion.source))
            if suggestion.dimension in chosen and (held is None or suggestion.score > held.score):
                top[suggestion.dimension, suggestion.source] = suggestion
        for suggestion in top.values():
            self.judge.record(suggestion, suggestion.value in chosen[suggestion.dimension])

    def suggest(self, key: str, candidates: list[Suggestion] | None = None) -> list[Suggestion]:
        """The best suggestion for each dimension the ticket has no value in, best first.

        `candidates` (from `candidates(key)`) do not depend on the ticket's own labels, so a
        caller may compute them once per ticket and pass them in after each label change.
        """
        current = self._labels.get(key, {})
        pool = self.candidates(key) if candidates is None else candidates
        pool = [*pool, *self._team_mates(key, pool)]
        spoken = {s.dimension for s in pool if s.source not in TEXT_ONLY}
        best: dict[str, Suggestion] = {}
        for suggestion in pool:
            dimension = suggestion.dimension
            if current.get(dimension) or (suggestion.source in TEXT_ONLY and dimension in spoken
                                          and dimension in self._reporter_dimensions):
                continue
            held = best.get(dimension)
            if held is None or suggestion.score > held.score:
                best[dimension] = suggestion
        return sorted(best.values(), reverse=True)

    def ranking(self, key: str, dimension: str) -> list[Suggestion]:
        """Every candidate value for one dimension, best first, one per value."""
        best: dict[str, Suggestion] = {}
        candidates = self.candidates(key)
        for suggestion in [*candidates, *self._team_mates(key, candidates)]:
            if suggestion.dimension == dimension:
                held = best.get(suggestion.value)
                if held is None or suggestion.score > held.score:
                    best[suggestion.value] = suggestion
        return sorted(best.values(), reverse=True)

    def candidates(self, key: str) -> list[Suggestion]:
        """All suggestions from every source but team-mates, unsorted, possibly several per
        dimension, with measured confidences; the ticket's own labels play no part."""
        fact = self._facts.get(key)
        return [] if fact is None else self._calibrated(self._raw(key, fact))

    def similar(self, key: str) -> list[tuple[float, str]]:
        """The labelled tickets whose summaries are most like this one's, most similar first."""
        fact = self._facts.get(key)
        return [] if fact is None else self._similar.similar(key, fact)

    def _raw(self, key: str, fact: TicketFacts) -> list[Suggestion]:
        """Every source's suggestions with the source's own scores."""
        own = self._seen.get(key, {})
        return [*from_jira(self.framework, fact), *self._people.history(fact, own),
                *self._alias.suggest(fact), *self._similar.suggest(key, fact), *self._learned(key, fact)]

    def _learned(self, key: str, fact: TicketFacts) -> list[Suggestion]:
        """The model's suggestions, kept for the latest tickets asked about."""
        if self._model is None:
            return []
        if key not in self._model_answers:
            if len(self._model_answers) >= MODEL_ANSWERS_KEPT:
                del self._model_answers[next(iter(self._model_answers))]
            self._model_answers[key] = list(self._model.suggest(fact))
        return self._model_answers[key]

    def _team_mates(self, key: str, pool: list[Suggestion]) -> list[Suggestion]:
        """Team-mates' values, for the ticket's team, the reporter's, or the best suggested."""
        fact = self._facts.get(key)
        if fact is None:
            return []
        current = self._labels.get(key) or {}
        guesses = [s for s in pool if s.dimension == self._people.team and s.source != SIMILAR]
        guess = max(guesses, default=None)
        return self._calibrated(self._people.team_mates(fact, current, self._seen.get(key, {}),
                                                        guess))

    def _calibrated(self, suggestions: Iterable[Suggestion]) -> list[Suggestion]:
        result = []
        for suggestion in suggestions:
            measured = self.judge.calibrated(suggestion)
            if suggestion.source in TEXT_ONLY and suggestion.dimension in self._reporter_dimensions:
                measured = replace(measured, score=min(measured.score, FALLBACK_CONFIDENCE))
            result.append(measured)
        return result
