"""Free text with people taken out: emails, phone numbers, `[~…]` mentions, account ids and
known names (whole words) become tokens.

Vectorised and free of giant regexes: every word boundary of the text is marked, and one
Aho-Corasick pass (`replace_many`) swaps each known name, marked the same way, for its token,
so a name only ever matches whole words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

import polars as pl

from analysis.metrics._people import ACCOUNT_ID_IN_TEXT

EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL_TOKEN = "[email]"
# International (+44 20 7946 0958, +1 (555) 123-4567) and local (020 7946 0958, (555) 123-4567,
# 555-123-4567) shapes; dates, times, versions, IP addresses and bare numbers do not match.
PHONE = (r"\+\d{1,3}(?:[ -]?\(?\d{1,5}\)?){2,5}"
         r"|(?:\(\d{2,5}\)[ -]?|\b\d{2,5}[ -])\d{3,4}[ -]?\d{3,4}\b")
PHONE_TOKEN = "[phone]"
# Jira Cloud `[~accountid:557058:…]` and Data Center `[~username]` mentions.
MENTION = r"\[~(?:accountid:)?([^\]\s]+)\]"
_BOUNDARY = "\ue000"
Text = TypeVar("Text", pl.Expr, pl.Series)


def text_identities(text: pl.Series) -> list[str]:
    """The mentioned usernames and account ids written in free text, distinct and sorted."""
    found = pl.concat([text.str.extract_all(MENTION).explode().str.extract(MENTION),
                       text.str.extract_all(ACCOUNT_ID_IN_TEXT.pattern).explode()])
    return sorted(found.drop_nulls().unique().to_list())


# Names that are also everyday or technical words ("Dev Patel" and the dev environment): they
# are replaced only when written capitalised as a name is, never in lower or upper case.
COMMON_WORDS = frozenset((
    "dev", "ops", "test", "prod", "stage", "data", "web", "app", "api", "max", "min", "may",
    "june", "april", "august", "art", "bill", "will", "mark", "grant", "rich", "chase", "hunter",
    "page", "rose", "summer", "autumn", "dawn", "faith", "hope", "joy", "grace", "rob", "sue",
    "pat", "ray", "guy", "jack", "frank", "earl", "duke", "king", "long", "young", "black",
    "white", "brown", "green", "gray", "grey", "cook", "hall", "wood", "little", "stone", "price",
    "cash", "case", "key", "lane", "bush", "park", "field", "hill", "rock", "lake", "river",
    "bell", "ash", "sky", "star", "jade", "ruby", "amber", "crystal", "pearl", "ivy", "holly",
    "iris", "lily", "violet", "daisy", "penny", "sandy", "rusty", "dusty", "bud", "buck", "chip",
    "dash", "drew", "gene", "glen", "jean", "jay", "jim", "kit", "lance", "miles", "nick", "norm",
    "otto", "reed", "scott", "ward", "wade", "walker", "baker", "miller", "carter", "cooper",
    "turner", "fisher", "mason",
))


@dataclass(frozen=True)
class NameTable:
    """Known names and ids marked at their word boundaries, with their tokens, longest first so
    a full name wins over its parts: `marked` match in any ASCII case, `exact` as written."""

    marked: list[str]
    tokens: list[str]
    exact: list[str]
    exact_tokens: list[str]


def name_table(replacements: Mapping[str, str]) -> NameTable:
    """The table `scrub` matches: each name as written and in lower, upper and title case,
    a common word (`COMMON_WORDS`) only as written and in title case."""
    spelled: dict[str, str] = {}
    exact: dict[str, str] = {}
    for name, token in replacements.items():
        if name.casefold() in COMMON_WORDS:
            for spelling in (name, name.title()):
                exact.setdefault(spelling, token)
        else:
            for spelling in (name, name.lower(), name.upper(), name.title()):
                spelled.setdefault(spelling, token)
    return NameTable(*_longest_first(spelled), *_longest_first(exact))


def _longest_first(spelled: dict[str, str]) -> tuple[list[str], list[str]]:
    """The spellings marked at their word boundaries, longest first, and their tokens."""
    ordered = sorted(spelled, key=lambda name: (-len(name), name))
    marked = _marked(pl.Series(ordered, dtype=pl.String)).to_list()
    return marked, [spelled[name] for name in ordered]


def scrub(text: pl.Expr, names: NameTable) -> pl.Expr:
    """`text` with emails and phone numbers replaced by [email] and [phone], mentions by the
    person they mention, and every name or id of `names` (whole words) by its token."""
    text = text.str.replace_all(EMAIL, EMAIL_TOKEN).str.replace_all(MENTION, "${1}")
    if names.marked or names.exact:
        text = _marked(text)
        if names.marked:
            text = text.str.replace_many(names.marked, names.tokens,
                                         ascii_case_insensitive=True, leftmost=True)
        if names.exact:
            text = text.str.replace_many(names.exact, names.exact_tokens, leftmost=True)
        text = text.str.replace_all(_BOUNDARY, "", literal=True)
    return text.str.replace_all(PHONE, PHONE_TOKEN)


def _marked(text: Text) -> Text:
    """Text (a Series or an expression) with a marker at every word boundary."""
    return text.str.replace_all(r"\b", _BOUNDARY)
