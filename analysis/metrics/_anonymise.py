"""Pseudonymise people in a ticket frame so a report can leave the team.

A person's token is a keyed hash (HMAC-SHA256) of the name or account id exactly as the export
writes it, so the same person gets the same token in every report without any stored mapping.
With the built-in key anyone holding a list of candidate names can recompute the tokens; set
SUPP_TUI_ANONYMISE_KEY to a secret the team keeps to make them unguessable.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

import polars as pl

KEY_VARIABLE = "SUPP_TUI_ANONYMISE_KEY"
BUILT_IN_KEY = b"supp-tui anonymise v1"
TOKEN_PREFIX = "person-"
PEOPLE_COLUMNS = ("reporter", "reporter_id", "assignee")
# Atlassian account ids ("557058:4f1c...", "712020:...", "qm:...") and bare 24-hex ids.
ACCOUNT_ID = re.compile(r"\b(?:\d{6}|qm):[0-9A-Za-z:-]{6,}|\b[0-9a-f]{24}\b")


def anonymise_key() -> bytes:
    """The HMAC key: SUPP_TUI_ANONYMISE_KEY when set, the built-in one otherwise."""
    secret = os.environ.get(KEY_VARIABLE)
    return secret.encode() if secret else BUILT_IN_KEY


def person_token(identity: str, key: bytes = BUILT_IN_KEY) -> str:
    """The stable token of one name or account id, e.g. "person-3f9a2c1b7d"."""
    digest = hmac.new(key, identity.strip().encode(), hashlib.sha256).hexdigest()
    return f"{TOKEN_PREFIX}{digest[:10]}"


def people(tickets: pl.DataFrame) -> list[str]:
    """Every distinct non-empty reporter, reporter id, assignee and comment author (name and
    id), sorted."""
    found: set[str] = set()
    for column in PEOPLE_COLUMNS:
        if column in tickets.columns:
            found.update(tickets[column].drop_nulls().to_list())
    for field in _author_fields(tickets):
        authors = tickets.select(pl.col("comments").list.eval(pl.element().struct.field(field)))
        found.update(authors.to_series().explode().drop_nulls().to_list())
    return sorted(name for name in found if name.strip())


def _author_fields(tickets: pl.DataFrame) -> list[str]:
    """The comment struct's fields that name a person (`author`, and `author_id` when there)."""
    comments = tickets.schema.get("comments")
    comment = comments.inner if isinstance(comments, pl.List) else None
    if not isinstance(comment, pl.Struct):
        return []
    return [f.name for f in comment.fields if f.name in ("author", "author_id")]


def anonymise(tickets: pl.DataFrame, key: bytes | None = None) -> pl.DataFrame:
    """Replace reporter, reporter id, assignee and comment authors (names and ids) by tokens, and every
    occurrence of those names or of an account id in the summary by the same token.

    Descriptions and comment bodies are emptied: reports never show them, and free text is
    where names hide.
    """
    key = anonymise_key() if key is None else key
    tokens = {name: person_token(name, key) for name in people(tickets)}
    frame = tickets.with_columns(
        pl.col(c).replace(tokens) for c in PEOPLE_COLUMNS if c in tickets.columns
    )
    people_fields = _author_fields(frame)
    if people_fields:
        field = pl.element().struct.field
        frame = frame.with_columns(pl.col("comments").list.eval(pl.struct(
            field("at"), *[field(name).replace(tokens) for name in people_fields],
            pl.lit("").alias("body"),
        )))
    if "description" in frame.columns:
        frame = frame.with_columns(pl.lit("").alias("description"))
    return frame.with_columns(scrub_text(frame["summary"], tokens, key))


def scrub_text(text: pl.Series, tokens: dict[str, str], key: bytes) -> pl.Series:
    """Free text with known names (ignoring ASCII case, longest first) and account ids
    replaced by their tokens."""
    found_ids = text.str.extract_all(ACCOUNT_ID.pattern).explode().drop_nulls().unique()
    replacements = {**{i: person_token(i, key) for i in found_ids.to_list()},
                    **{n: t for n, t in tokens.items() if len(n) >= 3}}
    if not replacements:
        return text
    ordered = sorted(replacements, key=lambda name: (-len(name), name))
    return text.str.replace_many(
        ordered, [replacements[name] for name in ordered],
        ascii_case_insensitive=True, leftmost=True,
    )
