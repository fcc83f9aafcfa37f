"""A learned source: one scikit-learn logistic regression per dimension on TF-IDF of each
labelled ticket's summary and description, cheap enough to retrain in a worker."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.suggest._types import MODEL, Labels, Suggestion, TicketFacts
from analysis.suggest._words import words

MIN_EXAMPLES = 20
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
        row = self.vectorizer.transform([ticket_text(fact)])
        if not row.nnz:
            return
        for dimension, classifier in self.classifiers.items():
            probabilities = classifier.predict_proba(row)[0]
            best = int(probabilities.argmax())
            yield Suggestion(float(probabilities[best]), dimension, str(classifier.classes_[best]),
                             f"model, {probabilities[best]:.0%} sure", source=MODEL)


def train_model(facts: Mapping[str, TicketFacts], labels: Labels) -> LearnedModel | None:
    """Fit on the labels so far, after checking a fit on the earlier ones against the latest;
    None while too few tickets are labelled. Pure and thread-safe on a snapshot of labels."""
    keys = [key for key in list(labels) if key in facts and labels[key]]
    held = min(HELD_OUT_MAX, int(len(keys) * HELD_OUT_SHARE))
    if len(keys) - held < MIN_EXAMPLES:
        return None
    check = _fit(facts, labels, keys[:-held]) if held else None
    model = _fit(facts, labels, keys)
    if model is None:
        return None
    if check is not None:
        for key in keys[-held:]:
            for suggestion in check.suggest(facts[key]):
                chosen = labels[key].get(suggestion.dimension, ())
                if chosen:
                    model.held_out.append((suggestion, suggestion.value in chosen))
    return model


def _fit(facts: Mapping[str, TicketFacts], labels: Labels, keys: list[str]) -> LearnedModel | None:
    texts = {key: ticket_text(facts[key]) for key in keys}
    vectorizer = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1,
                                 max_features=50_000)
    try:
        vectorizer.fit(texts.values())
    except ValueError:  # no words at all
        return None
    classifiers: dict[str, Any] = {}
    dimensions = {d for key in keys for d in labels[key]}
    for dimension in sorted(dimensions):
        examples = [(texts[key], values[0]) for key in keys
                    if (values := list(labels[key].get(dimension, ())))]
        if len(examples) < MIN_EXAMPLES or len({value for _, value in examples}) < 2:
            continue
        classifier = LogisticRegression(C=10.0, max_iter=300)
        classifier.fit(vectorizer.transform([text for text, _ in examples]),
                       [value for _, value in examples])
        classifiers[dimension] = classifier
    return LearnedModel(vectorizer, classifiers) if classifiers else None
