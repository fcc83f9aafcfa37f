"""Where a ticket frame holds people: its person columns, comment authors, and the names and
account ids found there.

A column holds people when its header names a person role (Reporter, Assignee, Creator,
Watchers, Project lead, Approvers, ... and their `… Id` columns), when every value it has is an
Atlassian account id, or when it is the name column of such an id column (`Creador` beside
`Id de creador`).
"""

from __future__ import annotations

import re

import polars as pl

from analysis.columns import ACCOUNT_ID, CANONICAL_COLUMNS, SOURCE_COLUMNS
from analysis.jira import comment_fields, fold, id_name_pairs

# An account id written inside free text: stricter than a cell's ACCOUNT_ID (a six-digit prefix
# and six characters or more), because text also holds times ("10:32") and ratios ("1:2").
ACCOUNT_ID_IN_TEXT = re.compile(r"\b(?:\d{6}|qm):[0-9A-Za-z:-]{6,}|\b[0-9a-f]{24}\b")
CANONICAL_PEOPLE = ("reporter", "reporter_id", "assignee")
# Headers (folded) that name a person's role, with or without an id suffix.
PERSON_HEADER = re.compile(
    r"\b(?:reporter|assignee|creator|watchers?|(?:project|team|component) lead|approvers?"
    r"|reviewers?|owner|author|participants?|responders?|request participants)\b"
)
_NOT_PEOPLE = frozenset(CANONICAL_COLUMNS) | frozenset(SOURCE_COLUMNS)
_TEXTS = (pl.String, pl.List(pl.String))
_WHOLE_ID = f"^{ACCOUNT_ID}$"


def person_columns(tickets: pl.DataFrame) -> list[str]:
    """The columns of a ticket frame that hold people's names or ids (comments aside)."""
    others = [name for name, dtype in tickets.schema.items()
              if name not in _NOT_PEOPLE and dtype in _TEXTS]
    found = {name for name in others if PERSON_HEADER.search(fold(name))}
    found |= {name for name in others
              if name not in found and _holds_account_ids(tickets.get_column(name))}
    found |= {name for id_column, name in id_name_pairs(tickets.columns)
              if id_column in found and name in others}
    canonical = [name for name in CANONICAL_PEOPLE if name in tickets.columns]
    return canonical + [name for name in tickets.columns if name in found]


def _holds_account_ids(column: pl.Series) -> bool:
    """Whether a text (or list of texts) column has values and every one is an account id."""
    values = column.explode() if column.dtype == pl.List(pl.String) else column
    values = values.drop_nulls().str.strip_chars()
    values = values.filter(values != "")
    return values.len() > 0 and bool(values.str.contains(_WHOLE_ID).all())


def author_fields(tickets: pl.DataFrame) -> list[str]:
    """The comment struct's fields that name a person (`author`, and `author_id` when there)."""
    return [name for name in comment_fields(tickets) if name in ("author", "author_id")]


def people(tickets: pl.DataFrame, columns: list[str] | None = None) -> list[str]:
    """Every distinct non-empty name or account id in a person column (`columns`, else
    `person_columns`) or comment author, sorted."""
    found: set[str] = set()
    for column in person_columns(tickets) if columns is None else columns:
        values = tickets.get_column(column)
        if values.dtype == pl.List(pl.String):
            values = values.explode()
        found.update(values.drop_nulls().to_list())
    for field in author_fields(tickets):
        authors = tickets.select(pl.col("comments").list.eval(pl.element().struct.field(field)))
        found.update(authors.to_series().explode().drop_nulls().to_list())
    return sorted(name for name in found if name.strip())


def is_account_id(identity: str) -> bool:
    """Whether a person's identity is an account id rather than a name."""
    return re.fullmatch(ACCOUNT_ID, identity.strip()) is not None


def name_parts(name: str) -> list[str]:
    """The words of a name that can stand for the person in free text: each word of three
    letters or more, and each hyphenated word's halves ("Mary-Jane" gives Mary-Jane, Mary,
    Jane). Shorter words ("Li", "de") are left out: as whole words they match too much."""
    words = [w.strip("'-") for w in re.split(r"[^\w'-]+", name)]
    halves = [h for w in words if "-" in w for h in w.split("-")]
    return [w for w in dict.fromkeys([*words, *halves])
            if sum(c.isalpha() for c in w) >= 3]
