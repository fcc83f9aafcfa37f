"""A source's raw score becomes a confidence measured on the labels so far."""

from __future__ import annotations

from analysis.suggest import ALIAS, SourceJudge, Suggestion


def test_confidence_starts_at_the_raw_score_and_follows_what_was_measured():
    judge, guess = SourceJudge(), Suggestion(0.9, "product", "grafana", "", source=ALIAS)
    assert judge.calibrated(guess).confidence == 0.9
    for _ in range(36):
        judge.record(guess, right=False)
    assert judge.calibrated(guess).confidence < 0.1
    assert judge.accuracy("product", ALIAS) == (0, 36)
