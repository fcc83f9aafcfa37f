"""Which Jira labels a ticket's journal labels mean: the one rule shared by the Jira-import CSV
(`labels export --format jira`) and `supp-tui push`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from analysis.framework import Dimension, Framework

_WHITESPACE = re.compile(r"\s")


def jira_slug(text: str) -> str:
    """`text` as a Jira label may hold it: every whitespace character becomes `_`."""
    return _WHITESPACE.sub("_", text)


def jira_label(framework: Framework, dimension_id: str, option_id: str) -> str:
    """The Jira label for one value: a team's first alias without spaces (else its id), any
    other value `dimension:option`."""
    dimension = _dimension(framework, dimension_id)
    if dimension is not None and dimension_id == framework.team.dimension:
        option = next((o for o in dimension.options if o.id == option_id), None)
        if option is not None:
            plain = [alias for alias in option.aliases if not _WHITESPACE.search(alias)]
            return plain[0] if plain else jira_slug(option.id)
    return jira_slug(f"{dimension_id}:{option_id}")


def ticket_jira_labels(values: Iterable[tuple[str, str]], existing: Sequence[str],
                       framework: Framework) -> list[str]:
    """The Jira labels a ticket's (dimension, option) values mean, once each (ignoring case).

    A team already named by one of the ticket's `existing` Jira labels (by any alias) is that
    label, so no second label for the same team is added.
    """
    team = framework.team.dimension
    labels: list[str] = []
    seen: set[str] = set()
    for dimension_id, value in values:
        named = _team_label(framework, value, existing) if dimension_id == team else None
        label = named or jira_label(framework, dimension_id, value)
        if label.casefold() not in seen:
            labels.append(label)
            seen.add(label.casefold())
    return labels


def _team_label(framework: Framework, option_id: str, existing: Sequence[str]) -> str | None:
    """The first of the ticket's Jira labels that names this team option, if any."""
    dimension = _dimension(framework, framework.team.dimension)
    if dimension is None:
        return None
    for label in existing:
        option = dimension.resolve(label)
        if option is not None and option.id == option_id:
            return label
    return None


def _dimension(framework: Framework, dimension_id: str) -> Dimension | None:
    return next((d for d in framework.dimensions if d.id == dimension_id), None)
