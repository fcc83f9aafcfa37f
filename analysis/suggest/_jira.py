"""Suggestions from the ticket's own Jira labels and components that name an option."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from analysis.framework import Framework
from analysis.suggest._types import JIRA, Suggestion, TicketFacts


def from_jira(framework: Framework, fact: TicketFacts) -> list[Suggestion]:
    """The Jira suggestions, each marked with the conflict when they give a single-value
    dimension several values."""
    found = list(_jira_values(framework, fact))
    values: dict[str, dict[str, None]] = defaultdict(dict)
    for suggestion in found:
        values[suggestion.dimension][suggestion.value] = None
    multi = {dimension.id for dimension in framework.dimensions if dimension.multi}
    return [
        replace(suggestion, conflict=tuple(values[suggestion.dimension]))
        if len(values[suggestion.dimension]) > 1 and suggestion.dimension not in multi
        else suggestion
        for suggestion in found
    ]


def _jira_values(framework: Framework, fact: TicketFacts) -> Iterable[Suggestion]:
    """Jira labels naming a team option (or written `dimension:option`), and components
    naming an option of a dimension that is not about the reporter."""
    team = framework.team.dimension
    dimensions = {dimension.id: dimension for dimension in framework.dimensions}
    for raw in fact.jira_labels:
        dimension_id, colon, option_text = raw.partition(":")
        if colon and dimension_id in dimensions:
            option = dimensions[dimension_id].resolve(option_text)
            if option is not None:
                yield Suggestion(0.95, dimension_id, option.id, f"Jira label '{raw}'", source=JIRA)
        elif team in dimensions and (option := dimensions[team].resolve(raw)) is not None:
            yield Suggestion(0.95, team, option.id, f"Jira label '{raw}'", source=JIRA)
    for raw in fact.components:
        for dimension in framework.dimensions:
            if dimension.from_reporter or (option := dimension.resolve(raw)) is None:
                continue
            score = 0.9 if dimension.id == team else 0.6
            yield Suggestion(score, dimension.id, option.id, f"component '{raw}'", source=JIRA)
