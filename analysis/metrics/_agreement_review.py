"""What a reviewer steps through: each ticket and dimension where labellers chose differently."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import polars as pl

from analysis.framework import Framework
from analysis.metrics._agreement import SEPARATOR, categories


@dataclass(frozen=True)
class ReviewItem:
    """One disagreement: the ticket, the dimension, and each labeller's values (by journal
    position) among those who labelled it there."""

    key: str
    dimension: str
    choices: tuple[tuple[int, tuple[str, ...]], ...]


def review_items(ratings: Sequence[pl.DataFrame], framework: Framework, keys: Sequence[str],
                 resolved: Collection[tuple[str, str]] = ()) -> list[ReviewItem]:
    """The disagreements on the board's `keys`, in board then framework order, leaving out
    the (key, dimension) pairs already `resolved`."""
    per_dimension = {
        d: [dict(categories(r, d, keys).iter_rows()) for r in ratings]
        for d in framework.dimension_ids
    }
    done = set(resolved)
    items: list[ReviewItem] = []
    for key in keys:
        for dimension, per_rater in per_dimension.items():
            chosen = [(n, r[key]) for n, r in enumerate(per_rater) if key in r]
            if len({c for _, c in chosen}) > 1 and (key, dimension) not in done:
                items.append(ReviewItem(key, dimension, tuple(
                    (n, tuple(c.split(SEPARATOR))) for n, c in chosen)))
    return items
