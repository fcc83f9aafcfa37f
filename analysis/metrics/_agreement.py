"""Agreement between labellers: Cohen's kappa (two) and Krippendorff's alpha (two or more).

Each labeller's replayed labels are one (key, dimension, value) frame. A ticket counts in a
dimension when every labeller gave it a value there. A multi-valued dimension is compared on
the whole set a labeller chose, as one nominal category (`a+b`): two labellers agree only when
they chose the same set, which is what a ticket's label means downstream.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import polars as pl

from analysis.framework import Framework

MIN_TICKETS = 2  # fewer shared tickets than this give no agreement figure
SEPARATOR = "+"


@dataclass(frozen=True)
class Agreement:
    """One dimension's agreement: the figures (None when undefined) and why they are missing."""

    dimension: str
    tickets: int
    kappa: float | None
    alpha: float | None
    note: str | None = None


def categories(labels: pl.DataFrame, dimension: str,
               keys: Collection[str] | None = None) -> pl.DataFrame:
    """(key, category) of one labeller in one dimension: the sorted set of values as one string."""
    chosen = labels.filter(pl.col("dimension") == dimension)
    if keys is not None:
        chosen = chosen.filter(pl.col("key").is_in(list(keys)))
    return chosen.group_by("key").agg(
        pl.col("value").unique().sort().str.join(SEPARATOR).alias("category"))


def shared_categories(ratings: Sequence[pl.DataFrame], dimension: str,
                      keys: Collection[str] | None = None) -> pl.DataFrame:
    """key and one category column per labeller (`r0`, `r1`, ...), for tickets all labelled."""
    shared: pl.DataFrame | None = None
    for index, labels in enumerate(ratings):
        one = categories(labels, dimension, keys).rename({"category": f"r{index}"})
        shared = one if shared is None else shared.join(one, on="key", how="inner")
    assert shared is not None
    return shared.sort("key")


def agreement(ratings: Sequence[pl.DataFrame], framework: Framework,
              keys: Collection[str] | None = None) -> list[Agreement]:
    """Each framework dimension's agreement between the labellers (two or more), on `keys` only
    when given (the board's tickets)."""
    if len(ratings) < 2:
        raise ValueError("agreement needs the labels of two or more labellers")
    return [dimension_agreement(shared_categories(ratings, d, keys), d, len(ratings))
            for d in framework.dimension_ids]


def dimension_agreement(shared: pl.DataFrame, dimension: str, raters: int) -> Agreement:
    """Kappa (two raters only) and nominal alpha for the shared tickets of one dimension."""
    columns = [f"r{i}" for i in range(raters)]
    rows = shared.select(columns).rows()
    if len(rows) < MIN_TICKETS:
        return Agreement(dimension, len(rows), None, None,
                         f"only {len(rows)} {'ticket' if len(rows) == 1 else 'tickets'} "
                         f"labelled by every labeller; "
                         f"agreement needs {MIN_TICKETS} or more.")
    values = sorted({v for row in rows for v in row})
    if len(values) < 2:
        return Agreement(dimension, len(rows), None, None,
                         f"every labeller chose {values[0]!r} on all {len(rows)} shared "
                         f"tickets; with one value only, chance agreement is total and "
                         f"kappa and alpha are undefined.")
    kappa = _kappa(rows) if raters == 2 else None
    return Agreement(dimension, len(rows), kappa, _alpha(rows, values))


def _kappa(rows: list[tuple[str, ...]]) -> float:
    from sklearn.metrics import cohen_kappa_score

    first, second = zip(*rows, strict=True)
    return float(cohen_kappa_score(list(first), list(second)))


def _alpha(rows: list[tuple[str, ...]], values: list[str]) -> float:
    import krippendorff
    import numpy as np

    code = {value: index for index, value in enumerate(values)}
    data = np.array([[code[v] for v in row] for row in rows], dtype=float).T
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                    value_domain=list(range(len(values)))))


def disagreements(shared: pl.DataFrame, raters: int, top: int = 5) -> pl.DataFrame:
    """The most frequent pairs of differing categories between any two labellers, with the
    ticket keys behind each: (first, second, count, keys), most frequent first."""
    pairs: dict[tuple[str, str], list[str]] = {}
    columns = [f"r{i}" for i in range(raters)]
    for key, *row in shared.select("key", *columns).iter_rows():
        for i in range(raters):
            for j in range(i + 1, raters):
                if row[i] != row[j]:
                    pair = (min(row[i], row[j]), max(row[i], row[j]))
                    keys = pairs.setdefault(pair, [])
                    if key not in keys:
                        keys.append(key)
    ranked = sorted(pairs.items(), key=lambda item: (-len(item[1]), item[0]))[:top]
    return pl.DataFrame(
        [(a, b, len(keys), keys) for (a, b), keys in ranked],
        schema={"first": pl.String, "second": pl.String, "count": pl.Int64,
                "keys": pl.List(pl.String)}, orient="row")


def disagreed_keys(ratings: Sequence[pl.DataFrame], framework: Framework,
                   keys: Collection[str] | None = None) -> dict[str, list[str]]:
    """Ticket key -> the dimensions where labellers who both labelled it chose differently."""
    found: dict[str, list[str]] = {}
    for dimension in framework.dimension_ids:
        per_rater = [dict(categories(r, dimension, keys).iter_rows()) for r in ratings]
        for key in sorted(set().union(*per_rater)):
            chosen = {r[key] for r in per_rater if key in r}
            if len(chosen) > 1:
                found.setdefault(key, []).append(dimension)
    return found
