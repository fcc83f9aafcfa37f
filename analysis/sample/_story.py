"""What a story of the sample board holds: one kind of problem, grouped by macro category and
product, with its summaries, description, symptom, fix and owning team.

A story's mark (a word or phrase) appears in each of its summaries, its detail and its symptom,
and every text names {service}, so a ticket's summary, description and comments agree.
Placeholders: {service} {env} {region} {n} {pct} {version} {clock} {weekday}.
"""

from __future__ import annotations

from typing import NamedTuple


class Story(NamedTuple):
    """One kind of problem: how reporters title it, describe it, and how it ends."""

    mark: str
    summaries: tuple[str, ...]
    detail: str
    symptom: str
    fix: str
    error: str | None = None


class Group(NamedTuple):
    """The stories of one (macro category, product) pair and the platform team owning them."""

    category: str
    product: str
    owner: str
    stories: tuple[Story, ...]
