"""Which options a picker shows for the typed text, best match first, and the nearest names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from analysis.framework import Dimension, Option, normalise_label

# Tiers of a match, best first: exact name, name prefix, word prefix, alias, fuzzy.
EXACT, PREFIX, WORD_PREFIX, ALIAS, FUZZY = range(5)
# The least rapidfuzz WRatio (0-100) for a fuzzy match in a picker, and for a near name.
FUZZY_CUTOFF = 75
NEAR_CUTOFF = 70
_WORDS = re.compile(r"[^\w]+|_")


def match_tier(option: Option, typed: str) -> tuple[int, float] | None:
    """(tier, -score) of how `typed` matches an option, or None when it does not."""
    needle = normalise_label(typed)
    if not needle:
        return (EXACT, 0.0)
    name = normalise_label(option.name)
    if needle in (name, normalise_label(option.id)):
        return (EXACT, 0.0)
    if name.startswith(needle):
        return (PREFIX, 0.0)
    if any(word.startswith(needle) for word in _WORDS.split(option.name.casefold()) if word):
        return (WORD_PREFIX, 0.0)
    if any(needle in normalise_label(spelling) for spelling in option.spellings()):
        return (ALIAS, 0.0)
    score = max(fuzz.WRatio(needle, normalise_label(s)) for s in option.spellings())
    return (FUZZY, -score) if score >= FUZZY_CUTOFF else None


def rank_options(dimension: Dimension, typed: str, order: Sequence[str]) -> list[str]:
    """Ids of the options matching `typed`: exact name, then name prefix, then word prefix,
    then alias (or inner text), then fuzzy; ties keep `order`, the picker's likeliest-first
    list (options missing from it come after, in file order)."""
    position = {option_id: index for index, option_id in enumerate(order)}
    matched: list[tuple[tuple[int, float], int, str]] = []
    for index, option in enumerate(dimension.options):
        tier = match_tier(option, typed)
        if tier is not None:
            rank = position.get(option.id, len(position) + index)
            matched.append((tier, rank, option.id))
    return [option_id for _, _, option_id in sorted(matched)]


def is_exact(dimension: Dimension, typed: str) -> bool:
    """Whether `typed` is already an id, name or alias of an option."""
    return bool(typed.strip()) and dimension.resolve(typed) is not None


def nearest_options(dimension: Dimension, typed: str, limit: int = 3) -> list[Option]:
    """The options whose spellings are most like `typed` (fuzzy), most alike first."""
    needle = normalise_label(typed)
    scored = [
        (max(fuzz.WRatio(needle, normalise_label(s)) for s in option.spellings()), index, option)
        for index, option in enumerate(dimension.options)
    ]
    close = [entry for entry in scored if entry[0] >= NEAR_CUTOFF]
    close.sort(key=lambda entry: (-entry[0], entry[1]))
    return [option for _, _, option in close[:limit]]
