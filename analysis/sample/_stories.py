"""The story catalogue: every kind of problem the sample board carries."""

from __future__ import annotations

from analysis.sample._stories_access import ACCESS
from analysis.sample._stories_build import BUILD
from analysis.sample._stories_data import DATA
from analysis.sample._stories_deploy import DEPLOY
from analysis.sample._stories_logging import LOGGING
from analysis.sample._stories_metrics import METRICS
from analysis.sample._stories_misc import MISC
from analysis.sample._stories_network import NETWORK
from analysis.sample._story import Group, Story

__all__ = ["CATALOGUE", "Group", "Story"]

CATALOGUE: tuple[Group, ...] = (METRICS + LOGGING + BUILD + DEPLOY + ACCESS + NETWORK + DATA
                                 + MISC)
