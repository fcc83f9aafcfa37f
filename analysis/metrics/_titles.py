"""The words a board's dimensions go by: the team dimension's title and titles inside a
sentence, one rule for the terminal charts, the PNGs, the reports and the app."""

from __future__ import annotations

from analysis.framework import Framework, team_title


def board_framework(framework: Framework, team_field: str | None = None) -> Framework:
    """The framework a board is read with: given `--team-field FIELD`, its team field is FIELD
    and its team dimension is titled after it ("Components", "Team Name")."""
    if not team_field:
        return framework
    team = framework.team_dimension
    titled = team.model_copy(update={"title": team_title(team_field)})
    return framework.model_copy(update={
        "team": framework.team.model_copy(update={"field": team_field}),
        "dimensions": tuple(titled if d is team else d for d in framework.dimensions),
    })


def in_sentence(title: str) -> str:
    """A dimension title inside a sentence: a sentence-case title of several words starts in
    lower case ("Platform team" -> "platform team"); one word or a name in title case stays as
    written ("Components", "Team Name"), as Jira spells its fields."""
    words = title.split()
    if len(words) > 1 and all(word == word.lower() for word in words[1:]):
        return title[0].lower() + title[1:]
    return title
