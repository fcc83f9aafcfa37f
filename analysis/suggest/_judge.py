"""How often each source's top value turned out right, per dimension and band of the source's
own score; turns a source's raw score into a measured confidence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from analysis.suggest._types import Suggestion

BANDS = 4
PRIOR_WEIGHT = 4.0  # until a band has been judged a few times, the raw score counts as much


def _band(score: float) -> int:
    return min(int(score * BANDS), BANDS - 1)


class SourceJudge:
    """Right/judged counts per (dimension, source, score band) on tickets the source had not
    seen labelled: a held-out check that grows with the labels."""

    def __init__(self) -> None:
        self._tally: defaultdict[tuple[str, str, int], list[int]] = defaultdict(lambda: [0, 0])

    def record(self, suggestion: Suggestion, right: bool) -> None:
        """Count one judged top suggestion (its score still the source's raw score)."""
        tally = self._tally[suggestion.dimension, suggestion.source, _band(suggestion.score)]
        tally[0] += right
        tally[1] += 1

    def calibrated(self, suggestion: Suggestion) -> Suggestion:
        """The suggestion with its raw score replaced by the measured confidence."""
        right, judged = self._tally.get(
            (suggestion.dimension, suggestion.source, _band(suggestion.score)), (0, 0))
        confidence = (right + PRIOR_WEIGHT * suggestion.score) / (judged + PRIOR_WEIGHT)
        return replace(suggestion, score=round(confidence, 4))

    def accuracy(self, dimension: str, source: str) -> tuple[int, int]:
        """(right, judged) of a source on a dimension, over all bands."""
        right = judged = 0
        for (d, s, _), (r, j) in self._tally.items():
            if (d, s) == (dimension, source):
                right, judged = right + r, judged + j
        return right, judged
