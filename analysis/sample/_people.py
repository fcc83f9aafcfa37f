"""The fixed cast of the synthetic SUPP board: service teams, their reporters and services,
and the platform engineers who answer them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from analysis.sample import _vocab as vocab

# The cast does not depend on the ticket seed, so every sample shows the same company.
POPULATION_SEED = 20261115
ENGINEERS_PER_TEAM = (4, 9)


@dataclass(frozen=True)
class People:
    """Service teams (with location and services), reporters and platform engineers."""

    team_names: tuple[str, ...]
    team_locations: tuple[str, ...]
    service_names: tuple[str, ...]
    reporter_names: tuple[str, ...]
    reporter_first: tuple[str, ...]
    reporter_ids: tuple[str, ...]
    reporter_team: np.ndarray
    reporter_service: np.ndarray
    reporter_share: np.ndarray
    engineer_names: tuple[str, ...]
    engineer_first: tuple[str, ...]
    engineer_ids: tuple[str, ...]
    team_engineer_start: np.ndarray
    team_engineer_count: np.ndarray

    def reporter_service_team(self, reporter: np.ndarray) -> list[str]:
        """Service team name of each reporter index (the ground truth of origin_team)."""
        return [self.team_names[t] for t in self.reporter_team[reporter]]


def _account_id(rng: np.random.Generator, kind: str) -> str:
    """A Jira Cloud style account id: 557058:<uuid>, 712020:<uuid> or qm:<uuid>:<uuid>."""
    def uuid() -> str:
        hex_digits = rng.bytes(16).hex()
        return "-".join((hex_digits[:8], hex_digits[8:12], hex_digits[12:16],
                         hex_digits[16:20], hex_digits[20:]))
    if kind == "qm":
        return f"qm:{uuid()}:{uuid()}"
    return f"{kind}:{uuid()}"


def _names(rng: np.random.Generator, count: int) -> list[tuple[str, str]]:
    """Distinct (display name, first name) pairs."""
    pairs = len(vocab.FIRST_NAMES) * len(vocab.LAST_NAMES)
    picks = rng.choice(pairs, size=count, replace=False)
    return [((f"{vocab.FIRST_NAMES[p // len(vocab.LAST_NAMES)]} "
             f"{vocab.LAST_NAMES[p % len(vocab.LAST_NAMES)]}"),
             vocab.FIRST_NAMES[p // len(vocab.LAST_NAMES)]) for p in picks]


def _services(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """Service names grouped by team (1-4 per team) and how many each team has."""
    names: list[str] = []
    counts = rng.integers(1, 5, size=len(vocab.SERVICE_TEAMS))
    for team, count in zip(vocab.SERVICE_TEAMS, counts):
        slug = team.lower().replace(" ", "-")
        suffixes = rng.choice(len(vocab.SERVICE_SUFFIXES), size=count, replace=False)
        names.extend(f"{slug}-{vocab.SERVICE_SUFFIXES[s]}" for s in sorted(suffixes))
    return names, counts


def _reporter_services(reporter_team: np.ndarray, rank_in_team: np.ndarray,
                       service_counts: np.ndarray) -> np.ndarray:
    """The one service each reporter works on: their team's services in turn."""
    start = np.concatenate([[0], np.cumsum(service_counts)[:-1]])
    return start[reporter_team] + rank_in_team % service_counts[reporter_team]


@cache
def people() -> People:
    """Build the cast once per process from the fixed population seed."""
    rng = np.random.default_rng(POPULATION_SEED)
    team_count = len(vocab.SERVICE_TEAMS)
    location_weights = np.array([w for _, w in vocab.LOCATIONS], dtype=float)
    locations = rng.choice(len(vocab.LOCATIONS), size=team_count,
                           p=location_weights / location_weights.sum())
    services, service_counts = _services(rng)

    reporters_per_team = 3 + rng.poisson(5, size=team_count)
    reporter_team = np.repeat(np.arange(team_count), reporters_per_team)
    team_share = 1.0 / (1 + rng.permutation(team_count)) ** 0.8
    rank_in_team = np.concatenate([np.arange(c) for c in reporters_per_team])
    within_team = 1.0 / (1 + rank_in_team)
    within_team /= np.bincount(reporter_team, weights=within_team)[reporter_team]
    share = within_team * (team_share / team_share.sum())[reporter_team]

    engineer_counts = rng.integers(*ENGINEERS_PER_TEAM, size=len(vocab.PLATFORM_TEAMS))
    named = _names(rng, len(reporter_team) + int(engineer_counts.sum()))
    reporter_named, engineer_named = named[:len(reporter_team)], named[len(reporter_team):]
    kinds = rng.choice(["557058", "712020", "qm"], size=len(named), p=[0.55, 0.4, 0.05])
    kinds[len(reporter_team):] = "557058"
    ids = [_account_id(rng, str(kind)) for kind in kinds]
    return People(
        team_names=vocab.SERVICE_TEAMS,
        team_locations=tuple(vocab.LOCATIONS[i][0] for i in locations),
        service_names=tuple(services),
        reporter_names=tuple(n for n, _ in reporter_named),
        reporter_first=tuple(f for _, f in reporter_named),
        reporter_ids=tuple(ids[:len(reporter_team)]),
        reporter_team=reporter_team,
        reporter_service=_reporter_services(reporter_team, rank_in_team, service_counts),
        reporter_share=share / share.sum(),
        engineer_names=tuple(n for n, _ in engineer_named),
        engineer_first=tuple(f for _, f in engineer_named),
        engineer_ids=tuple(ids[len(reporter_team):]),
        team_engineer_start=np.concatenate([[0], np.cumsum(engineer_counts)[:-1]]),
        team_engineer_count=engineer_counts,
    )


def demo_organisation() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The sample company's service teams, their locations and their services, in vocab order.

    These are the origin_team, origin_location and origin_service values the samples report.
    """
    cast = people()
    used = set(cast.team_locations)
    locations = tuple(name for name, _ in vocab.LOCATIONS if name in used)
    return cast.team_names, locations, cast.service_names
