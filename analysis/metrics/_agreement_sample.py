"""The calibration sample: tickets every labeller also labels, so their agreement can be measured.

A ticket is in the sample when a keyed hash of its issue key falls below the share, with one
fixed key: everyone gets the same tickets from the same board, and a ticket keeps its place
as the board grows (new tickets join at the same rate, none leaves).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import polars as pl

from analysis.errors import InputError

SEED = b"supp-tui calibration v1"
_SCALE = float(1 << 64)


def _draw(key: str) -> float:
    """The ticket's fixed place in [0, 1)."""
    digest = hashlib.blake2b(key.encode(), key=SEED, digest_size=8).digest()
    return int.from_bytes(digest, "big") / _SCALE


def calibration_keys(keys: Iterable[str], share: float) -> list[str]:
    """The sample's keys (about `share` of them), in their fixed shuffled order."""
    drawn = [(place, key) for key in dict.fromkeys(keys) if (place := _draw(key)) < share]
    return [key for _, key in sorted(drawn)]


def calibration_first(tickets: pl.DataFrame, share: float) -> tuple[pl.DataFrame, list[str]]:
    """The tickets with the calibration sample moved to the front, and the sample's keys."""
    sample = calibration_keys(tickets.get_column("key").to_list(), share)
    if not sample:
        return tickets, sample
    rank = {key: number for number, key in enumerate(sample)}
    order = pl.col("key").replace_strict(rank, default=len(sample), return_dtype=pl.Int64)
    return tickets.sort(order, maintain_order=True), sample


def parse_share(text: str) -> float:
    """A share such as `10%`, `10` or `0.1%`, as a fraction in (0, 1]."""
    number = text.strip().removesuffix("%").strip()
    try:
        value = float(number) / 100
    except ValueError:
        value = -1.0
    if not 0 < value <= 1:
        raise InputError(f"--calibrate takes a percentage of the board between 0 and 100, "
                         f"such as 10%; {text!r} is not one.")
    return value
