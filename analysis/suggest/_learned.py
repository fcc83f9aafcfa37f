"""A learned source: one scikit-learn linear classifier (logistic loss, SGD) per dimension on
TF-IDF of each labelled ticket's summary and description, cheap enough to retrain in a worker."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analysis.suggest._types import MODEL, Labels, Suggestion, TicketFacts
from analysis.suggest._words import words

if TYPE_CHECKING:
    import numpy as np

MIN_EXAMPLES = 20
# A model taught only a few values calls every ticket one of them, sure of itself: it speaks
# for a dimension once MIN_VALUES values have MIN_PER_VALUE examples each.
MIN_VALUES = 3
MIN_PER_VALUE = 3
MAX_CLASSES = 40  # one fit per class: past this, training outgrows a worker's budget
HELD_OUT_SHARE = 0.2
HELD_OUT_MAX = 300
DESCRIPTION_CHARS = 1000


def ticket_text(fact: TicketFacts) -> str:
    """The words the model reads: the summary twice (it says most), then the description."""
    summary = " ".join(words(fact.summary))
    return f"{summary} {summary} {' '.join(words(fact.description[:DESCRIPTION_CHARS]))}"


@dataclass
class LearnedModel:
    """Fitted classifiers per dimension, and their held-out (raw score, right) checks."""

    vectorizer: Any
    classifiers: dict[str, Any]
    held_out: list[tuple[Suggestion, bool]] = field(default_factory=list)

    def suggest(self, fact: TicketFacts) -> Iterator[Suggestion]:
        """The most probable value per dimension the model knows."""
        yield from self.suggest_many([fact])[0]

    def suggest_many(self, facts: list[TicketFacts]) -> list[list[Suggestion]]:
        """The most probable value per dimension for each ticket, in one pass."""
        matrix = self.vectorizer.transform([ticket_text(fact) for fact in facts])
        found: list[list[Suggestion]] = [[] for _ in facts]
        for dimension, classifier in self.classifiers.items():
            probabilities = _probabilities(classifier, matrix)
            best = probabilities.argmax(axis=1)
            for row, column in enumerate(best):
                if matrix[row].nnz:
                    sure = float(probabilities[row, column])
                    found[row].append(Suggestion(sure, dimension, str(classifier.classes_[column]),
                                                 f"classifier gave {sure:.0%}", source=MODEL))
        return found


def _probabilities(classifier: Any, matrix: Any) -> np.ndarray:
    """One-vs-rest probabilities as scikit-learn computes them, without its per-call checks."""
    import numpy as np  # only once a model exists: numpy would add to the app's start-up

    scores = np.asarray(matrix @ classifier.coef_.T) + classifier.intercept_
    positive = 1.0 / (1.0 + np.exp(-scores))
    if positive.shape[1] == 1:
        return np.hstack([1 - positive, positive])
    return positive / np.maximum(positive.sum(axis=1, keepdims=True), 1e-12)


def train_model(facts: Mapping[str, TicketFacts], labels: Labels,
                grouped: Collection[str] = ()) -> LearnedModel | None:
    """Fit on the labels so far, after checking a fit on the earlier ones against the latest
    labelled one by one (`grouped` tickets, labelled by a bulk action, are near copies of each
    other: holding some out would check the model on its own training data); None while too
    few tickets are labelled. Call it on a snapshot of labels in a worker."""
    keys = [key for key in list(labels) if key in facts and labels[key]]
    single = [key for key in keys if key not in grouped]
    held = min(HELD_OUT_MAX, int(len(single) * HELD_OUT_SHARE))
    if len(keys) - held < MIN_EXAMPLES:
        return None
    latest = single[len(single) - held:]
    held_out = set(latest)
    check = _fit(facts, labels, [key for key in keys if key not in held_out]) if held else None
    model = _fit(facts, labels, keys)
    if model is None or check is None:
        return model
    for key, suggestions in zip(latest, check.suggest_many([facts[k] for k in latest]),
                                strict=True):
        for suggestion in suggestions:
            chosen = labels[key].get(suggestion.dimension, ())
            if chosen:
                model.held_out.append((suggestion, suggestion.value in chosen))
    return model


def _fit(facts: Mapping[str, TicketFacts], labels: Labels, keys: list[str]) -> LearnedModel | None:
    # Imported here: scikit-learn takes seconds to import, and only the training worker needs it.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import SGDClassifier

    vectorizer = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), max_features=20_000)
    try:
        matrix = vectorizer.fit_transform([ticket_text(facts[key]) for key in keys])
    except ValueError:  # no words at all
        return None
    classifiers: dict[str, Any] = {}
    for dimension in sorted({d for key in keys for d in labels[key]}):
        rows = [(row, values[0]) for row, key in enumerate(keys)
                if (values := list(labels[key].get(dimension, ())))]
        seen = Counter(value for _, value in rows)
        taught = sum(1 for count in seen.values() if count >= MIN_PER_VALUE)
        if len(rows) < MIN_EXAMPLES or taught < MIN_VALUES or len(seen) > MAX_CLASSES:
            continue
        classifier = SGDClassifier(loss="log_loss", alpha=1e-4, max_iter=8, tol=None,
                                   random_state=0)
        classifier.fit(matrix[[row for row, _ in rows]], [value for _, value in rows])
        classifiers[dimension] = classifier
    return LearnedModel(vectorizer, classifiers) if classifiers else None
