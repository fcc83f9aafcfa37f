"""The bulk-labelling table's state, free of widgets: the query that filters the board, the rows
it keeps, the selection, what a bulk label would change, and whether a ticket is complete."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import polars as pl

from analysis.errors import InputError
from analysis.framework import Dimension, Framework, normalise_label
from analysis.suggest import summary_words

# (ticket key, dimension id) -> the ticket's option ids in that dimension.
Values = Callable[[str, str], tuple[str, ...]]

TEXT_COLUMNS = ("key", "summary", "description")
SIMILAR_SHARE = 0.4  # share of a ticket's weighted distinctive words another must have too
LABEL_TOKEN = re.compile(r"^([^\s=]+)=(\S+)$")
PATTERN_PART = re.compile(r"(?:^|\s)re:(.*)$")


@dataclass(frozen=True)
class TableQuery:
    """Which tickets the table keeps: a text, a regular expression, a label, tickets like one
    ticket, and/or incomplete tickets only."""

    text: str = ""
    pattern: str = ""
    label: tuple[str, str] | None = None
    similar_to: str | None = None
    incomplete: bool = False

    @property
    def active(self) -> bool:
        return self != TableQuery()

    def describe(self, framework: Framework) -> str:
        parts = [f"“{self.text}”"] if self.text else []
        if self.pattern:
            parts.append(f"matching /{self.pattern}/")
        if self.label is not None:
            dimension = framework.dimension(self.label[0])
            parts.append(f"{dimension.title}: {dimension.name_of(self.label[1])}")
        if self.similar_to:
            parts.append(f"like {self.similar_to}")
        if self.incomplete:
            parts.append("incomplete")
        return ", ".join(parts) or "all tickets"


def parse_query(text: str, framework: Framework) -> TableQuery:
    """Read a filter line: `re:PATTERN` (to the end of the line), `DIMENSION=VALUE`,
    `like:KEY`, `is:incomplete`, and any other words as a text to find."""
    match = PATTERN_PART.search(text)
    before, pattern = (text[:match.start()], match[1].strip()) if match else (text, "")
    if pattern:
        check_pattern(pattern)
    words: list[str] = []
    label: tuple[str, str] | None = None
    similar_to: str | None = None
    incomplete = False
    for token in before.split():
        if token.casefold() == "is:incomplete":
            incomplete = True
        elif token.casefold().startswith("like:"):
            similar_to = token[5:].upper() or None
        elif match := LABEL_TOKEN.match(token):
            label = parse_label(match[1], match[2], framework)
        else:
            words.append(token)
    return TableQuery(" ".join(words), pattern, label, similar_to, incomplete)


def parse_label(dimension_text: str, value_text: str, framework: Framework) -> tuple[str, str]:
    """(dimension id, option id) named by `dimension=value`: the dimension by id, title, picker
    key or `team`, the value by id, name or alias."""
    dimension = _find_dimension(dimension_text, framework)
    option = dimension.resolve(value_text)
    if option is None:
        names = ", ".join(dimension.option_names[:8])
        raise InputError(f"{dimension.title} has no option “{value_text}”; try one of "
                         f"{names}.")
    return dimension.id, option.id


def _find_dimension(text: str, framework: Framework) -> Dimension:
    wanted = normalise_label(text)
    if wanted == "team":
        return framework.team_dimension
    for dimension in framework.dimensions:
        if wanted in (normalise_label(dimension.id), normalise_label(dimension.title)) \
                or text == dimension.key:
            return dimension
    ids = ", ".join(framework.dimension_ids)
    raise InputError(f"No dimension “{text}” in the labels; use one of {ids} before the =.")


def check_pattern(pattern: str) -> None:
    """InputError in one sentence when `pattern` is not a regular expression polars reads."""
    try:
        pl.Series([""]).str.contains(pattern)
    except pl.exceptions.PolarsError:
        raise InputError(f"“{pattern}” is not a valid regular expression (check its brackets, "
                         f"parentheses and backslashes); fix it, or search plain text without "
                         f"re:.") from None


def similarity_words(summaries: Iterable[str]) -> list[frozenset[str]]:
    """Each summary's distinctive words, as the suggester sees them (`summary_words`); the one
    place the table depends on the suggester."""
    return [summary_words(summary) for summary in summaries]


def similar_rows(words: Sequence[frozenset[str]], row: int,
                 minimum: float = SIMILAR_SHARE) -> list[int]:
    """Rows whose summaries share most of one ticket's distinctive words (the suggester's
    `summary_words`, weighted by rarity), most similar first, the ticket itself first."""
    target = words[row]
    if not target:
        return [row]
    document_count = Counter(word for other in words for word in other & target)
    weights = {word: math.log(1 + len(words) / document_count[word]) for word in target}
    total = sum(weights.values())
    scored: list[tuple[float, int]] = []
    for other, other_words in enumerate(words):
        shared = other_words & target
        if shared and other != row:
            share = sum(weights[word] for word in shared) / total
            if share >= minimum:
                scored.append((-share, other))
    return [row, *(other for _, other in sorted(scored))]


@dataclass(frozen=True)
class BulkPlan:
    """What labelling some tickets with one value would do, said before it is done."""

    dimension: Dimension
    option_id: str
    to_change: tuple[str, ...]
    already: int
    replacing: int
    # Tickets to change whose Jira team already is the value / is another team (team dimension).
    from_jira: int = 0
    overriding_jira: int = 0

    def question(self) -> str:
        count = len(self.to_change)
        name = self.dimension.name_of(self.option_id)
        notes = [f"{self.already:,} already {_verb(self.already, 'has', 'have')} it"] \
            if self.already else []
        if self.replacing:
            notes.append(f"{self.replacing:,} {_verb(self.replacing, 'loses', 'lose')} "
                         f"another {self.dimension.title} value")
        if self.from_jira:
            notes.append(f"{self.from_jira:,} {_verb(self.from_jira, 'has', 'have')} it from Jira")
        if self.overriding_jira:
            notes.append(f"{self.overriding_jira:,} {_verb(self.overriding_jira, 'has', 'have')} "
                         f"another team in Jira")
        note = f" ({'; '.join(notes)})" if notes else ""
        return f"Label {count:,} ticket{'s' * (count != 1)} {self.dimension.title}: {name}?{note}"


def _verb(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def plan_bulk(keys: Iterable[str], dimension: Dimension, option_id: str, values: Values,
              jira_teams: Callable[[str], Sequence[str]] | None = None) -> BulkPlan:
    """Which tickets would gain the value, how many have it already, how many lose another;
    for the team dimension (`jira_teams` given: a ticket's team names in the export), how many
    of those Jira already gives this team or another one."""
    to_change: list[str] = []
    already = replacing = from_jira = overriding = 0
    name = dimension.name_of(option_id)
    for key in dict.fromkeys(keys):
        current = values(key, dimension.id)
        if option_id in current:
            already += 1
            continue
        to_change.append(key)
        replacing += bool(current) and not dimension.multi
        exported = jira_teams(key) if jira_teams is not None and not current else ()
        from_jira += name in exported
        overriding += bool(exported) and name not in exported
    return BulkPlan(dimension, option_id, tuple(to_change), already, replacing, from_jira,
                    overriding)
