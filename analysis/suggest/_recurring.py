"""Recurring problems without labels: tickets whose summaries and descriptions look alike,
grouped by TF-IDF and average-linkage clustering on cosine distance.

Average linkage with a distance threshold needs no number of groups and keeps only tight
ones; on the demo board it gave purer groups than k-means, in less time. Periods past
FINE_MAX tickets are first split by a seeded k-means so memory stays bounded.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl

from analysis.suggest._problem_text import problem_text, problem_words

if TYPE_CHECKING:
    import numpy as np

MIN_ALIKE_TICKETS = 3  # smaller groups are dropped: two alike tickets are not yet a pattern
MAX_DISTANCE = 0.5  # average cosine distance within a group; looser groups never form
MAX_DOCUMENT_SHARE = 0.5  # words in more of the texts than this say nothing (from 20 texts up)
TOP_WORDS = 5
FINE_MAX = 2500  # tickets clustered at once: the distance matrix is FINE_MAX² floats
COARSE_SIZE = 1000  # the k-means split aims at parts this big


@dataclass(frozen=True)
class RecurringProblem:
    """Tickets that look alike: keys (most typical first), top words, and the summary of the
    most typical ticket."""

    keys: tuple[str, ...]
    top_words: tuple[str, ...]
    summary: str

    @property
    def size(self) -> int:
        return len(self.keys)


def recurring_problems(tickets: pl.DataFrame, background: pl.DataFrame | None = None,
                       seed: int = 0, minimum: int = MIN_ALIKE_TICKETS) -> list[RecurringProblem]:
    """Groups of at least `minimum` alike tickets among `tickets` (key, summary, optional
    description), largest first; word weights are learnt from them and `background`."""
    texts = _texts(tickets)
    rows = [row for row, text in enumerate(texts) if text.strip()]
    if len(rows) < minimum:
        return []
    vectors = _vectors([texts[row] for row in rows],
                       _texts(background) if background is not None else [])
    if vectors is None:
        return []
    found = [_describe(tickets, [rows[m] for m in members], vectors, members)
             for members in _groups(vectors[0], seed, minimum)]
    return sorted(found, key=lambda problem: (-problem.size, problem.keys[0]))


def _texts(frame: pl.DataFrame) -> list[str]:
    descriptions = (frame["description"] if "description" in frame.columns
                    else pl.Series([None] * frame.height, dtype=pl.String))
    return [problem_text(summary, description)
            for summary, description in zip(frame["summary"], descriptions, strict=True)]


def _vectors(texts: list[str], others: list[str]) -> tuple[Any, list[str]] | None:
    """TF-IDF rows of `texts` (weights learnt with `others` too) and the vocabulary; None
    when no word is shared by two texts."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    corpus = texts + others
    vectorizer = TfidfVectorizer(
        sublinear_tf=True, min_df=2, token_pattern=r"\S+",
        max_df=MAX_DOCUMENT_SHARE if len(corpus) >= 20 else 1.0)
    try:
        matrix = vectorizer.fit_transform(corpus)
    except ValueError:  # no word left after pruning
        return None
    return matrix[: len(texts)], list(vectorizer.get_feature_names_out())


def _groups(matrix: Any, seed: int, minimum: int) -> Iterator[np.ndarray]:
    """Row indices of each group of at least `minimum` alike rows."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    worded = np.flatnonzero(matrix.getnnz(axis=1))
    for part in _parts(matrix, worded, seed):
        if len(part) < minimum:
            continue
        rows = matrix[part]
        distance = np.clip(1.0 - (rows @ rows.T).toarray(), 0.0, None)
        np.fill_diagonal(distance, 0.0)
        labels = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average",
            distance_threshold=MAX_DISTANCE).fit_predict(distance)
        for label in np.unique(labels):
            members = part[labels == label]
            if len(members) >= minimum:
                yield members


def _parts(matrix: Any, rows: np.ndarray, seed: int) -> Iterator[np.ndarray]:
    """`rows` split by a seeded k-means until no part exceeds FINE_MAX."""
    if len(rows) <= FINE_MAX:
        yield rows
        return
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    count = math.ceil(len(rows) / COARSE_SIZE)
    labels = MiniBatchKMeans(n_clusters=count, random_state=seed, n_init=3,
                             batch_size=2048).fit_predict(matrix[rows])
    parts = [rows[labels == label] for label in range(count)]
    if max(len(part) for part in parts) == len(rows):
        parts = np.array_split(rows, count)
    for part in parts:
        yield from _parts(matrix, part, seed)


def _describe(tickets: pl.DataFrame, rows: list[int], vectors: tuple[Any, list[str]],
              members: np.ndarray) -> RecurringProblem:
    """Keys by typicality (closeness to the group's centre), and the top words among those
    its summaries use, so a report quotes no word found only in descriptions."""
    import numpy as np

    matrix, vocabulary = vectors
    centre = np.asarray(matrix[members].mean(axis=0)).ravel()
    typical = np.asarray(matrix[members] @ centre).ravel()
    keys, summaries = tickets["key"].to_list(), tickets["summary"].to_list()
    order = sorted(range(len(rows)), key=lambda i: (-round(float(typical[i]), 9), keys[rows[i]]))
    said = {word for row in rows for word in problem_words(summaries[row])}
    ranked = sorted((-float(centre[column]), vocabulary[column])
                    for column in np.flatnonzero(centre))
    top = tuple(word for _, word in ranked if word in said)[:TOP_WORDS]
    return RecurringProblem(tuple(keys[rows[i]] for i in order), top,
                            summaries[rows[order[0]]] or "")


def purity(problems: Iterable[RecurringProblem], causes: Mapping[str, str]) -> tuple[float, int]:
    """The share of grouped tickets whose known cause is their group's commonest one, and how
    many tickets were grouped (purity 1.0 when none was)."""
    grouped = agreeing = 0
    for problem in problems:
        counts = Counter(causes.get(key) for key in problem.keys)
        grouped += problem.size
        agreeing += counts.most_common(1)[0][1]
    return (agreeing / grouped if grouped else 1.0), grouped
