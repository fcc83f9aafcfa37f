"""Suggestions for the shown ticket, cached: a ticket's candidates are computed once, its
best suggestions again only after a label changed; the learned source retrains in a worker."""

from __future__ import annotations

from collections import Counter

from analysis.framework import Dimension, Framework
from analysis.journal import LabelJournal
from analysis.metrics import UNLABELLED
from analysis.suggest import LearnedModel, Suggester, Suggestion, train_model
from supp_tui.labelling._index import snapshot

CACHED_TICKETS = 4  # the shown ticket, the one prepared ahead, and a few visited just before
RETRAIN_AFTER = 50  # label changes after which the model is worth training again


class SuggestionCache:
    """The suggester's answers for one ticket at a time, recomputed only when they can change."""

    def __init__(self, journal: LabelJournal) -> None:
        self._journal = journal
        self.suggester: Suggester | None = None
        self._candidates: dict[str, list[Suggestion]] = {}
        self._best: tuple[tuple[str, int] | None, list[Suggestion]] = (None, [])
        self._trained_at: int | None = None

    def attach(self, suggester: Suggester) -> None:
        """Start suggesting with a suggester built in the background."""
        self.suggester = suggester
        self._candidates, self._best = {}, (None, [])

    def wants_training(self) -> bool:
        """Whether enough labels changed since the model was last trained."""
        return self.suggester is not None and (
            self._trained_at is None or self._journal.appended - self._trained_at >= RETRAIN_AFTER)

    def train(self) -> LearnedModel | None:
        """Train the model on a snapshot of the labels; meant for a worker thread."""
        if self.suggester is None:
            return None
        self._trained_at = self._journal.appended
        return train_model(self.suggester.facts, snapshot(self._journal.labels),
                           frozenset(self.suggester.grouped))

    def use_model(self, model: LearnedModel | None) -> None:
        """Suggest from a freshly trained model (on the UI thread)."""
        if self.suggester is not None and model is not None:
            self.suggester.use_model(model)
            self._candidates, self._best = {}, (None, [])

    def suggestions(self, key: str | None) -> list[Suggestion]:
        """The best suggestion per unlabelled dimension of a ticket, best first."""
        if key is None or self.suggester is None:
            return []
        state = (key, self._journal.appended)
        if self._best[0] != state:
            self._best = (state, self.suggester.suggest(key, self.candidates(key)))
        return self._best[1]

    def candidates(self, key: str) -> list[Suggestion]:
        """A ticket's candidates, computed once while it is shown or about to be."""
        if key not in self._candidates and self.suggester is not None:
            if len(self._candidates) >= CACHED_TICKETS:
                del self._candidates[next(iter(self._candidates))]
            self._candidates[key] = self.suggester.candidates(key)
        return self._candidates.get(key, [])

    def ranked_options(self, key: str | None, dimension: Dimension,
                       used: Counter[str]) -> list[tuple[str, str]]:
        """(option id, reason) for a picker: suggested values, then the most used, then A-Z."""
        ranked: list[tuple[str, str]] = []
        seen: set[str] = set()
        if key and self.suggester is not None:
            for suggestion in self.suggester.ranking(key, dimension.id):
                ranked.append((suggestion.value, suggestion.reason))
                seen.add(suggestion.value)
        by_name = {option.name: option.id for option in dimension.options}
        for name, count in used.most_common():
            option_id = by_name.get(name)
            if option_id and option_id not in seen and name != UNLABELLED:
                ranked.append((option_id, f"used on {count} tickets"))
                seen.add(option_id)
        rest = sorted((o for o in dimension.options if o.id not in seen),
                      key=lambda option: option.name.casefold())
        ranked.extend((option.id, "") for option in rest)
        return ranked


def describe(framework: Framework, suggestion: Suggestion) -> tuple[str, str]:
    """(dimension title, option name) of a suggestion; every name when Jira's conflict."""
    dimension = framework.dimension(suggestion.dimension)
    values = suggestion.conflict or (suggestion.value,)
    return dimension.title, " or ".join(dimension.name_of(value) for value in values)


def conflict_note(framework: Framework, suggestion: Suggestion) -> str:
    """The sentence shown when a conflicting suggestion is not accepted."""
    title, names = describe(framework, suggestion)
    return (f"Not accepted: Jira gives this ticket several {title} values ({names}); "
            f"choose the right one with its key or the picker.")
