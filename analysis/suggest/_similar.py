"""Suggestions from the labels of the most similar labelled tickets, by IDF-weighted overlap
of the distinctive words of their summaries (numbers, ids and generic words left out)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Mapping
from itertools import islice

from analysis.suggest._types import SIMILAR, Labels, Suggestion, TicketFacts
from analysis.suggest._words import summary_words

NEIGHBOURS = 8
POSTINGS_SCANNED = 400  # most recent labelled tickets per word: bounds the cost of a suggestion
MIN_SIMILARITY = 0.2


class SimilarIndex:
    """Which labelled tickets use each word; grows and shrinks as tickets get labelled."""

    def __init__(self, facts: Mapping[str, TicketFacts], labels: Labels) -> None:
        self._facts = facts
        self._labels = labels
        self._postings: dict[str, dict[str, None]] = defaultdict(dict)
        self._indexed: set[str] = set()

    def follow(self, key: str) -> None:
        """Index or unindex a ticket after it gained or lost its labels."""
        labelled = bool(self._labels.get(key))
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

    def suggest(self, key: str, fact: TicketFacts) -> Iterator[Suggestion]:
        """The neighbours' labels, weighted by similarity."""
        neighbours = self.similar(key, fact)
        if not neighbours:
            return
        weight_total = sum(similarity for similarity, _ in neighbours)
        votes: dict[tuple[str, str], float] = defaultdict(float)
        voters: dict[tuple[str, str], list[str]] = defaultdict(list)
        for similarity, other in neighbours:
            for dimension, values in self._labels.get(other, {}).items():
                for value in values:
                    votes[dimension, value] += similarity
                    voters[dimension, value].append(other)
        for (dimension, value), vote in votes.items():
            others = voters[dimension, value]
            count = len(others)
            yield Suggestion(0.85 * vote / weight_total * neighbours[0][0], dimension, value,
                             f"{count} similar ticket{'s' * (count > 1)}, e.g. {others[0]}",
                             source=SIMILAR)

    def similar(self, key: str, fact: TicketFacts) -> list[tuple[float, str]]:
        """The labelled tickets whose summaries share the most distinctive words, most similar
        first, with a similarity in 0..1."""
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
