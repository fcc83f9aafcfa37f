"""Pseudonymise people in a ticket frame so its outputs can leave the team.

A person's token is a keyed hash (HMAC-SHA256) of the name or account id exactly as the export
writes it, so the same person gets the same token in every output without any stored mapping.
With the built-in key anyone holding a list of candidate names can recompute the tokens; set
SUPP_TUI_ANONYMISE_KEY to a secret the team keeps to make them unguessable.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable

import polars as pl

from analysis.metrics._people import (
    author_fields,
    is_account_id,
    name_parts,
    people,
    person_columns,
)
from analysis.metrics._scrub import NameTable, name_table, scrub, text_identities

KEY_VARIABLE = "SUPP_TUI_ANONYMISE_KEY"
BUILT_IN_KEY = b"supp-tui anonymise v1"
TOKEN_PREFIX = "person-"
# The free text outputs quote: summaries in reports and the scores chart, Jira labels,
# components and teams as chart and report categories. Outputs print no other export column.
QUOTED_TEXT = ("summary", "labels", "components", "team")

__all__ = ["KEY_VARIABLE", "anonymise", "key_warning", "people", "person_token"]


def anonymise_key() -> bytes:
    """The HMAC key: SUPP_TUI_ANONYMISE_KEY when set, the built-in one otherwise."""
    secret = os.environ.get(KEY_VARIABLE)
    return secret.encode() if secret else BUILT_IN_KEY


def key_warning() -> str | None:
    """The sentence to show when anonymising with the built-in key, else None."""
    if os.environ.get(KEY_VARIABLE):
        return None
    return (f"{KEY_VARIABLE} is not set, so anyone with a list of candidate names can recompute "
            f"who each person-… token is; set it to a secret your team keeps (e.g. `export "
            f"{KEY_VARIABLE}=<secret>`) and use the same one for every report.")


def person_token(identity: str, key: bytes = BUILT_IN_KEY) -> str:
    """The stable token of one name or account id, e.g. "person-3f9a2c1b7d"."""
    digest = hmac.new(key, identity.strip().encode(), hashlib.sha256).hexdigest()
    return f"{TOKEN_PREFIX}{digest[:10]}"


def anonymise(tickets: pl.DataFrame, key: bytes | None = None) -> pl.DataFrame:
    """Replace every person column and comment author by tokens, and every name, name part,
    account id, mention, email and phone number in the free text outputs quote.

    Descriptions and comment bodies are emptied: outputs never show them, and free text is
    where names hide.
    """
    key = anonymise_key() if key is None else key
    columns = person_columns(tickets)
    tokens = {name: person_token(name, key) for name in people(tickets, columns)}
    frame = tickets.with_columns(_replaced(c, tickets.schema[c], tokens) for c in columns)
    fields = author_fields(frame)
    if fields:
        field = pl.element().struct.field
        frame = frame.with_columns(pl.col("comments").list.eval(pl.struct(
            field("at"), *[field(name).replace(tokens) for name in fields],
            pl.lit("").alias("body"),
        )))
    if "description" in frame.columns:
        frame = frame.with_columns(pl.lit("").alias("description"))
    texts = [name for name in QUOTED_TEXT
             if frame.schema.get(name) in (pl.String, pl.List(pl.String))]
    names = name_table(text_replacements(tokens, frame["summary"], key))
    return frame.with_columns(_scrubbed(name, frame.schema[name], names) for name in texts)


def text_replacements(tokens: dict[str, str], summary: pl.Series,
                      key: bytes) -> dict[str, str]:
    """What free text swaps for tokens: each person's full name, the parts of their name (the
    first person in sorted order owns a part two people share), the ids and usernames the
    text mentions; one spelling per case-folded word, full names winning over parts."""
    chosen: dict[str, tuple[str, str]] = {}
    for identity in text_identities(summary):
        chosen.setdefault(identity.casefold(), (identity, person_token(identity, key)))
    for name, token in tokens.items():
        chosen[name.strip().casefold()] = (name.strip(), token)
    for name, token in tokens.items():
        if not is_account_id(name):
            for part in name_parts(name):
                chosen.setdefault(part.casefold(), (part, token))
    return dict(chosen.values())


def _replaced(name: str, dtype: pl.DataType, tokens: dict[str, str]) -> pl.Expr:
    """A person column (text or list of texts) with each value replaced by its token."""
    return _per_text(name, dtype, lambda text: text.replace(tokens))


def _scrubbed(name: str, dtype: pl.DataType, names: NameTable) -> pl.Expr:
    """A free-text column (text or list of texts) with people taken out (`scrub`)."""
    return _per_text(name, dtype, lambda text: scrub(text, names))


def _per_text(name: str, dtype: pl.DataType, change: Callable[[pl.Expr], pl.Expr]) -> pl.Expr:
    """`change` applied to a text column, or to each text of a list-of-texts column."""
    if dtype == pl.List(pl.String):
        return pl.col(name).list.eval(change(pl.element()))
    return change(pl.col(name))
