"""Which export field holds a board's teams: Labels, Components, or a custom field whose name
or values say so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from analysis.columns import RESERVED_COLUMNS
from analysis.errors import InputError
from analysis.framework import normalise_label, team_title
from analysis.jira._headers import closest_headers
from analysis.jira._reader import Export
from analysis.jira._team_values import FieldValues, field_column, field_values

# Words that name a team in a header or a value, in the languages Jira's UI offers most.
_TEAM_WORD = re.compile(
    r"\b(?:teams?|squads?|tribes?|pods?|guilds?|crews?|departments?|equipos?|equipas?|"
    r"equipes?|équipes?|squadre|squadra|ploeg|zespół|zespol)\b|チーム|团队|團隊|팀",
)
# Headers whose values only look like team names by accident (sprints, versions, links...).
_NOT_TEAMS = re.compile(
    r"\b(?:sprints?|versions?|epic|parent|links?|attachments?|watchers?|comments?|log work|"
    r"summary|description|environment|rank|keys?|ids?|dates?|time|url)\b"
)
_ID_VALUE = re.compile(r"^(?:\d+|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|ari:\S+)$", re.I)
# A field named after teams must cover this share of the tickets to win over Labels.
NAMED_FIELD_SHARE = 0.1
_LISTS = ("Labels", "Components")


@dataclass(frozen=True)
class TeamFieldCandidate:
    """One export field that may hold the teams, with its values and what speaks for it."""

    field: str
    values: FieldValues
    named_after_teams: bool = False
    values_name_teams: bool = False
    values_are_ids: bool = False


def team_field_candidates(export: Export) -> tuple[TeamFieldCandidate, ...]:
    """Labels and Components, then every other field whose name or most of whose values name
    a team (a field holding ids or free text is no candidate)."""
    tickets = export.tickets
    candidates = [_candidate(tickets, name, field_column(tickets, name) or "") for name in _LISTS]
    for column in tickets.columns:
        if column in RESERVED_COLUMNS or column.startswith("_"):
            continue
        named = _names_team(column)
        if not named and _NOT_TEAMS.search(normalise_label(team_title(column))):
            continue
        candidate = _candidate(tickets, column, column)
        free_text = candidate.values.distinct > max(50, candidate.values.tickets // 2)
        if (named or candidate.values_name_teams) and not free_text:
            candidates.append(candidate)
    return tuple(candidates)


def forced_team_field(export: Export, field: str) -> TeamFieldCandidate:
    """The candidate for a field the user named; InputError naming the closest headers when
    the board has no such column."""
    column = field_column(export.tickets, field)
    if column is None:
        headers = [name for file in export.files for name in file.header]
        raise InputError(
            f"The export has no column '{field}' for --team-field; closest headers: "
            f"{closest_headers(field, headers)}. Give a header exactly as it appears in the "
            f"export."
        )
    return _candidate(export.tickets, field, column)


def choose_team_field(candidates: Sequence[TeamFieldCandidate],
                      tickets: int) -> tuple[TeamFieldCandidate | None, str]:
    """The field most likely to hold the teams, and the reason, as the end of a sentence.

    A field named after teams wins when it covers at least a tenth of the tickets; then one
    whose values name teams; then whichever field has values on most tickets (Labels first).
    """
    usable = [c for c in candidates if c.values.tickets and not c.values_are_ids]
    if not usable:
        return None, "no field holds values that could be teams"

    def rank(candidate: TeamFieldCandidate) -> tuple[int, int]:
        share = candidate.values.tickets / max(tickets, 1)
        named = candidate.named_after_teams and share >= NAMED_FIELD_SHARE
        return (2 if named else 1 if candidate.values_name_teams else 0,
                candidate.values.tickets)

    best = max(usable, key=rank)  # max keeps the first of equals: Labels before Components
    level = rank(best)[0]
    covered = f"{best.values.tickets:,} of {tickets:,} tickets have a value"
    if level == 2:
        return best, f"its name says it holds teams and {covered}"
    if level == 1:
        return best, f"its values name teams (e.g. {best.values.examples()}) and {covered}"
    return best, f"no field is named after teams, and it has values on the most tickets " \
                 f"({covered})"


def _candidate(tickets: pl.DataFrame, field: str, column: str) -> TeamFieldCandidate:
    """A candidate from a ticket frame column ('' when the board has none)."""
    values = field_values(tickets, column) if column else FieldValues(0, ())
    distinct = [value for value, _ in values.counts]
    named = sum(bool(_TEAM_WORD.search(normalise_label(value))) for value in distinct)
    ids = sum(bool(_ID_VALUE.match(value)) for value in distinct)
    return TeamFieldCandidate(
        field=field, values=values,
        named_after_teams=bool(column) and column not in RESERVED_COLUMNS and _names_team(field),
        values_name_teams=bool(distinct) and named * 2 >= len(distinct),
        values_are_ids=bool(distinct) and ids * 5 >= len(distinct) * 4,
    )


def _names_team(header: str) -> bool:
    """Whether a header ('Custom field (Squad)', 'Team Name') names a team."""
    return bool(_TEAM_WORD.search(normalise_label(team_title(header))))
