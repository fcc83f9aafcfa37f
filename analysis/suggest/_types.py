"""The suggestion and ticket records every source shares, and the names of the sources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# key -> dimension -> values (the live labels a LabelJournal keeps).
Labels = Mapping[str, Mapping[str, Sequence[str]]]

JIRA = "jira"
HISTORY = "history"
TEAM_MATES = "team-mates"
ALIAS = "alias"
SIMILAR = "similar"
MODEL = "model"
SOURCES = (JIRA, HISTORY, TEAM_MATES, ALIAS, SIMILAR, MODEL)


@dataclass(frozen=True, order=True)
class Suggestion:
    """A value proposed for a dimension of one ticket, how sure, why, and which source spoke.

    `score` is the confidence in 0..1. `conflict` lists every value the ticket's Jira fields
    give a single-value dimension when they give several (this one included), so nobody
    accepts the first without choosing.
    """

    score: float
    dimension: str
    value: str
    reason: str
    conflict: tuple[str, ...] = ()
    source: str = ""

    @property
    def confidence(self) -> float:
        """How likely the value is right, in 0..1, as measured on the labels so far."""
        return self.score


@dataclass(frozen=True)
class TicketFacts:
    """What the suggester needs to know about one ticket."""

    reporter: str
    summary: str
    jira_labels: tuple[str, ...]
    components: tuple[str, ...]
    reporter_id: str = ""
    description: str = ""

    @property
    def person(self) -> str:
        """Who reported the ticket: the account id when the board has one, else the name."""
        return self.reporter_id or self.reporter
