"""The story catalogue: every kind of problem the sample board carries, in category order."""

from __future__ import annotations

from analysis.sample._stories_access import ACCESS
from analysis.sample._stories_data import DATA
from analysis.sample._stories_deliver import DELIVER
from analysis.sample._stories_observe import OBSERVE
from analysis.sample._story import Group, Story

__all__ = ["CATALOGUE", "Group", "Story"]

CATALOGUE: tuple[Group, ...] = OBSERVE + DELIVER + ACCESS + DATA
