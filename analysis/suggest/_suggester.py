"""Label suggestions for a ticket, each with its reason and a score in 0..1.

Three sources: the ticket's own Jira labels and components that name an option (the team,
most often), the reporter's earlier labels for dimensions that belong to the reporter
(originating team, location, service), and the labels of the most similar already-labelled
tickets by IDF-weighted word overlap of their summaries. Indexes grow as tickets get labelled,
so a suggestion costs a few dictionary look-ups, not a scan of the board.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from analysis.framework import Framework

WORD = re.compile(r"[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z0-9]")
STOPWORDS = frozenset((
    "the", "a", "an", "and", "or", "for", "to", "of", "in", "on", "at", "is", "are", "was",
    "be", "not", "no", "with", "from", "by", "after", "before", "our", "we", "it", "this",
    "that", "can", "cannot", "can't", "please", "help", "need", "needs", "new", "request",
    "issue", "ticket", "since", "when", "what", "how", "why", "does", "doesn't", "don't", "get",
    "getting", "got", "all", "any", "only",
))
NEIGHBOURS = 8
POSTINGS_SCANNED = 400  # most recent labelled tickets per word: bounds the cost of a suggestion
MIN_SIMILARITY = 0.2

# key -> dimension -> values (the live labels a LabelJournal keeps).
Labels = Mapping[str, Mapping[str, Sequence[str]]]


@dataclass(frozen=True, order=True)
class Suggestion:
    """A value proposed for a dimension of one ticket, and why.

    `conflict` lists every value the ticket's Jira fields give a single-value dimension when
    they give several (this one included), so nobody accepts the first without choosing.
    """

    score: float
    dimension: str
    value: str
    reason: str
    conflict: tuple[str, ...] = ()


def summary_words(summary: str | None) -> frozenset[str]:
    """The distinctive lower-case words of a summary."""
    words = WORD.findall((summary or "").casefold())
    return frozenset(w for w in words if len(w) > 2 and w not in STOPWORDS and not w.isdigit())


@dataclass(frozen=True)
class TicketFacts:
    """What the suggester needs to know about one ticket."""

    reporter: str
    summary: str
    jira_labels: tuple[str, ...]
    components: tuple[str, ...]


class Suggester:
    """Suggests labels from the live labels of a board; tell it when a ticket's labels change."""

    def __init__(self, framework: Framework, facts: Mapping[str, TicketFacts],
                 labels: Labels) -> None:
        self.framework = framework
        self._facts = facts
        self._labels = labels
        self._by_reporter: dict[str, list[str]] = defaultdict(list)
        for key, fact in facts.items():
            if fact.reporter:
                self._by_reporter[fact.reporter].append(key)
        self._postings: dict[str, dict[str, None]] = defaultdict(dict)
        self._indexed: set[str] = set()
        for key in list(labels):
            self.labels_changed(key)

    def labels_changed(self, key: str) -> None:
        """Keep the similarity index in step after a ticket gained or lost its labels."""
        labelled = key in self._labels
        if labelled == (key in self._indexed) or key not in self._facts:
            return
        words = summary_words(self._facts[key].summary)
        if labelled:
            self._indexed.add(key)
            for word in words:
                self._postings[word][key] = None
        else:
            self._indexed.discard(key)
            for word in words:
                self._postings[word].pop(key, None)

    def suggest(self, key: str, candidates: list[Suggestion] | None = None) -> list[Suggestion]:
        """The best suggestion for each dimension the ticket has no value in, best first.

        `candidates` (from `candidates(key)`) do not depend on the ticket's own labels, so a
        caller may compute them once per ticket and pass them in after each label change.
        """
        current = self._labels.get(key, {})
        best: dict[str, Suggestion] = {}
        for suggestion in self.candidates(key) if candidates is None else candidates:
            if current.get(suggestion.dimension):
                continue
            held = best.get(suggestion.dimension)
            if held is None or suggestion.score > held.score:
                best[suggestion.dimension] = suggestion
        return sorted(best.values(), reverse=True)

    def ranking(self, key: str, dimension: str) -> list[Suggestion]:
        """Every candidate value for one dimension, best first, one per value."""
        best: dict[str, Suggestion] = {}
        for suggestion in self.candidates(key):
            if suggestion.dimension == dimension:
                held = best.get(suggestion.value)
                if held is None or suggestion.score > held.score:
                    best[suggestion.value] = suggestion
        return sorted(best.values(), reverse=True)

    def candidates(self, key: str) -> list[Suggestion]:
        """All suggestions from every source, unsorted, possibly several per dimension; the
        ticket's own labels play no part (its reporter's and similar tickets' labels do)."""
        fact = self._facts.get(key)
        if fact is None:
            return []
        return [*self._from_jira(fact), *self._from_reporter(key, fact), *self._from_similar(key, fact)]

    def _from_jira(self, fact: TicketFacts) -> list[Suggestion]:
        """The Jira suggestions, each marked with the conflict when they give a single-value
        dimension several values."""
        found = list(self._jira_values(fact))
        values: dict[str, dict[str, None]] = defaultdict(dict)
        for suggestion in found:
            values[suggestion.dimension][suggestion.value] = None
        multi = {dimension.id for dimension in self.framework.dimensions if dimension.multi}
        return [
            replace(suggestion, conflict=tuple(values[suggestion.dimension]))
            if len(values[suggestion.dimension]) > 1 and suggestion.dimension not in multi
            else suggestion
            for suggestion in found
        ]

    def _jira_values(self, fact: TicketFacts) -> Iterable[Suggestion]:
        """Jira labels naming a team option (or written `dimension:option`), and components
        naming an option of a dimension that is not about the reporter."""
        team = self.framework.team.dimension
        dimensions = {dimension.id: dimension for dimension in self.framework.dimensions}
        for raw in fact.jira_labels:
            dimension_id, colon, option_text = raw.partition(":")
            if colon and dimension_id in dimensions:
                option = dimensions[dimension_id].resolve(option_text)
                if option is not None:
                    yield Suggestion(0.95, dimension_id, option.id, f"Jira label '{raw}'")
            elif team in dimensions and (option := dimensions[team].resolve(raw)) is not None:
                yield Suggestion(0.95, team, option.id, f"Jira label '{raw}'")
        for raw in fact.components:
            for dimension in self.framework.dimensions:
                if dimension.from_reporter or (option := dimension.resolve(raw)) is None:
                    continue
                score = 0.9 if dimension.id == team else 0.6
                yield Suggestion(score, dimension.id, option.id, f"component '{raw}'")

    def _from_reporter(self, key: str, fact: TicketFacts) -> Iterable[Suggestion]:
        earlier = [k for k in self._by_reporter.get(fact.reporter, ()) if k != key and k in self._labels]
        if not earlier:
            return
        for dimension in self.framework.dimensions:
            if not dimension.from_reporter:
                continue
            counts = Counter(v for k in earlier for v in self._labels[k].get(dimension.id, ()))
            total = sum(counts.values())
            for value, count in counts.most_common(3):
                score = 0.9 * count / total * total / (total + 1)
                yield Suggestion(score, dimension.id, value,
                                 f"reporter {fact.reporter}: {count} of {total} earlier")

    def _from_similar(self, key: str, fact: TicketFacts) -> Iterable[Suggestion]:
        neighbours = self.similar(key, fact)
        if not neighbours:
            return
        weight_total = sum(similarity for similarity, _ in neighbours)
        votes: dict[tuple[str, str], float] = defaultdict(float)
        examples: dict[tuple[str, str], str] = {}
        for similarity, other in neighbours:
            for dimension, values in self._labels.get(other, {}).items():
                for value in values:
                    votes[dimension, value] += similarity
                    examples.setdefault((dimension, value), other)
        for (dimension, value), vote in votes.items():
            share = vote / weight_total
            count = sum(1 for _, other in neighbours if value in self._labels.get(other, {}).get(dimension, ()))
            yield Suggestion(0.85 * share * neighbours[0][0], dimension, value,
                             f"{count} similar ticket{'s' * (count > 1)}, e.g. {examples[dimension, value]}")

    def similar(self, key: str, fact: TicketFacts | None = None) -> list[tuple[float, str]]:
        """The labelled tickets whose summaries share the most distinctive words, most similar
        first, with a similarity in 0..1."""
        fact = fact or self._facts[key]
        words = summary_words(fact.summary)
        indexed = len(self._indexed)
        if not words or not indexed:
            return []
        weights = {w: math.log(1 + indexed / len(self._postings[w])) for w in words
                   if self._postings.get(w)}
        if not weights:
            return []
        possible = sum(weights.values()) + (len(words) - len(weights)) * math.log(1 + indexed)
        scores: dict[str, float] = defaultdict(float)
        for word, weight in weights.items():
            for other in islice(reversed(self._postings[word]), POSTINGS_SCANNED):
                if other != key:
                    scores[other] += weight
        ranked = sorted(((score / possible, other) for other, score in scores.items()), reverse=True)
        return [(s, other) for s, other in ranked[:NEIGHBOURS] if s >= MIN_SIMILARITY]
