"""Lookup tables derived once from the word lists: flattened templates with per-category
offsets, team label spellings with their odds, comment bodies grouped by role."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from analysis.sample import _texts as texts
from analysis.sample import _vocab as vocab
from analysis.sample._plan import CATEGORIES

ALIAS_ODDS = (0.6, 0.25, 0.1, 0.05)
CASE_VARIANT_SHARE = 0.1
# Comment body groups, in this order: engineer first/later/closing, reporter first/later/closing.
BODY_GROUPS = (texts.ENGINEER_FIRST, texts.ENGINEER_LATER, texts.ENGINEER_CLOSING,
               texts.REPORTER_FIRST, texts.REPORTER_LATER, texts.REPORTER_CLOSING)


@dataclass(frozen=True)
class Grouped:
    """Strings stored group after group, with where each group starts and how long it is."""

    texts: tuple[str, ...]
    start: np.ndarray
    count: np.ndarray

    def pick(self, rng: np.random.Generator, group: np.ndarray) -> np.ndarray:
        """A uniformly chosen string index inside each row's group."""
        offset = (rng.random(group.shape) * self.count[group]).astype(np.int64)
        return self.start[group] + offset


def _grouped(groups: list[tuple[str, ...]]) -> Grouped:
    counts = np.array([len(g) for g in groups])
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    return Grouped(tuple(t for g in groups for t in g), starts, counts)


@dataclass(frozen=True)
class Tables:
    """Everything the renderer looks up by index."""

    summaries: Grouped
    summary_product: np.ndarray
    products: tuple[str, ...]
    details: Grouped
    bodies: Grouped
    team_spellings: tuple[str, ...]
    team_spelling_start: np.ndarray
    team_spelling_odds: np.ndarray
    other_labels: tuple[str, ...]
    other_label_odds: np.ndarray


def _team_spellings() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    spellings: list[str] = []
    starts: list[int] = []
    odds_rows: list[list[float]] = []
    for _, aliases in vocab.PLATFORM_TEAMS:
        starts.append(len(spellings))
        row: list[float] = []
        for alias, odds in zip(aliases, ALIAS_ODDS):
            variant = vocab.LABEL_CASE_VARIANTS.get(alias)
            spellings.append(alias)
            row.append(odds * (1 - CASE_VARIANT_SHARE if variant else 1))
            if variant:
                spellings.append(variant)
                row.append(odds * CASE_VARIANT_SHARE)
        odds_rows.append(row)
    width = max(len(r) for r in odds_rows)
    padded = np.array([r + [0.0] * (width - len(r)) for r in odds_rows])
    return tuple(spellings), np.array(starts), padded


@cache
def tables() -> Tables:
    """Build the lookup tables once per process."""
    summary_pairs = [texts.SUMMARIES[c] for c in CATEGORIES]
    products = tuple(sorted({p for pairs in summary_pairs for p, _ in pairs}))
    spellings, spelling_start, spelling_odds = _team_spellings()
    other_odds = np.array([w for _, w in vocab.OTHER_LABELS], dtype=float)
    return Tables(
        summaries=_grouped([tuple(t for _, t in pairs) for pairs in summary_pairs]),
        summary_product=np.array([products.index(p) for pairs in summary_pairs
                                  for p, _ in pairs]),
        products=products,
        details=_grouped([texts.DETAILS[c] for c in CATEGORIES]),
        bodies=_grouped(list(BODY_GROUPS)),
        team_spellings=spellings,
        team_spelling_start=spelling_start,
        team_spelling_odds=spelling_odds,
        other_labels=tuple(name for name, _ in vocab.OTHER_LABELS),
        other_label_odds=other_odds / other_odds.sum(),
    )
