"""Lookup tables derived once from the word lists: the story catalogue flattened in category
order with the odds of each story, label spellings and codes, comment bodies by role."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from analysis.sample import _texts as texts
from analysis.sample import _vocab as vocab
from analysis.sample._stories import CATALOGUE

CATEGORIES = tuple(vocab.CATEGORY_WEIGHTS)
TEAMS = tuple(name for name, _ in vocab.PLATFORM_TEAMS)
# A category's stories are not equally common: the k-th is drawn 1/k**STORY_SKEW as often.
STORY_SKEW = 0.6

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
    products: tuple[str, ...]
    story_names: tuple[str, ...]
    story_product: np.ndarray
    story_owner: np.ndarray
    story_thresholds: np.ndarray
    details: tuple[str, ...]
    symptoms: tuple[str, ...]
    fixes: tuple[str, ...]
    errors: tuple[str, ...]
    bodies: Grouped
    team_spellings: tuple[str, ...]
    team_spelling_start: np.ndarray
    team_spelling_odds: np.ndarray
    other_labels: tuple[str, ...]
    other_label_odds: np.ndarray
    label_names: tuple[str, ...]
    team_spelling_code: np.ndarray
    other_label_code: np.ndarray


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


def _story_thresholds(per_category: list[int]) -> np.ndarray:
    """Where each story's share ends on a line where category c spans [c, c + 1), in story
    order, so a draw of c + uniform finds its story by binary search."""
    ends = []
    for category, count in enumerate(per_category):
        odds = 1.0 / np.arange(1, count + 1) ** STORY_SKEW
        cumulative = np.cumsum(odds) / odds.sum()
        cumulative[-1] = 1.0
        ends.append(category + cumulative[:-1])
        ends.append(np.array([category + 1.0]))
    return np.concatenate(ends)


@cache
def tables() -> Tables:
    """Build the lookup tables once per process."""
    groups = sorted(CATALOGUE, key=lambda g: CATEGORIES.index(g.category))
    stories = [(group, story) for group in groups for story in group.stories]
    products = tuple(sorted({group.product for group in groups}))
    per_category = [sum(len(g.stories) for g in groups if g.category == c) for c in CATEGORIES]
    spellings, spelling_start, spelling_odds = _team_spellings()
    other_odds = np.array([w for _, w in vocab.OTHER_LABELS], dtype=float)
    other_labels = tuple(name for name, _ in vocab.OTHER_LABELS)
    label_names = tuple(sorted(set(spellings) | set(other_labels)))
    return Tables(
        summaries=_grouped([story.summaries for _, story in stories]),
        products=products,
        story_names=tuple(f"{g.product}: {s.mark}" for g, s in stories),
        story_product=np.array([products.index(g.product) for g, _ in stories]),
        story_owner=np.array([TEAMS.index(g.owner) for g, _ in stories]),
        story_thresholds=_story_thresholds(per_category),
        details=tuple(story.detail for _, story in stories),
        symptoms=tuple(story.symptom for _, story in stories),
        fixes=tuple(story.fix for _, story in stories),
        errors=tuple(story.error or "" for _, story in stories),
        bodies=_grouped(list(BODY_GROUPS)),
        team_spellings=spellings,
        team_spelling_start=spelling_start,
        team_spelling_odds=spelling_odds,
        other_labels=other_labels,
        other_label_odds=other_odds / other_odds.sum(),
        label_names=label_names,
        team_spelling_code=np.array([label_names.index(s) for s in spellings]),
        other_label_code=np.array([label_names.index(s) for s in other_labels]),
    )
