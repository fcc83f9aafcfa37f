"""Free text with people taken out: emails, phone numbers, `[~…]` mentions, account ids and
known names (whole words, any case) become tokens.

Vectorised: one regex pass marks every whole-word occurrence of a known name or id, one
Aho-Corasick pass (`replace_many`) swaps the marked words for their tokens.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import polars as pl

from analysis.metrics._people import ACCOUNT_ID

EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL_TOKEN = "[email]"
# International (+44 20 7946 0958, +1 (555) 123-4567) and local (020 7946 0958, (555) 123-4567,
# 555-123-4567) shapes; dates, times, versions, IP addresses and bare numbers do not match.
PHONE = (r"\+\d{1,3}(?:[ -]?\(?\d{1,5}\)?){2,5}"
         r"|(?:\(\d{2,5}\)[ -]?|\b\d{2,5}[ -])\d{3,4}[ -]?\d{3,4}\b")
PHONE_TOKEN = "[phone]"
# Jira Cloud `[~accountid:557058:…]` and Data Center `[~username]` mentions.
MENTION = r"\[~(?:accountid:)?([^\]\s]+)\]"
UNMATCHED_TOKEN = "[person]"
_OPEN, _CLOSE = "\ue000", "\ue001"


def text_identities(text: pl.Series) -> list[str]:
    """The mentioned usernames and account ids written in free text, distinct and sorted."""
    found = pl.concat([text.str.extract_all(MENTION).explode().str.extract(MENTION),
                       text.str.extract_all(ACCOUNT_ID.pattern).explode()])
    return sorted(found.drop_nulls().unique().to_list())


def scrub(text: pl.Expr, replacements: Mapping[str, str]) -> pl.Expr:
    """`text` with emails and phone numbers replaced by [email] and [phone], mentions by the
    person they mention, and every known name or id (whole words, any case) by its token."""
    text = text.str.replace_all(EMAIL, EMAIL_TOKEN).str.replace_all(MENTION, "${1}")
    if replacements:
        ordered = sorted(replacements, key=lambda name: (-len(name), name))
        text = (
            text.str.replace_all(_whole_words(ordered), f"{_OPEN}${{0}}{_CLOSE}")
            .str.replace_many([f"{_OPEN}{name}{_CLOSE}" for name in ordered],
                              [replacements[name] for name in ordered],
                              ascii_case_insensitive=True)
            .str.replace_all(f"{_OPEN}[^{_CLOSE}]*{_CLOSE}", UNMATCHED_TOKEN)
        )
    return text.str.replace_all(PHONE, PHONE_TOKEN)


def _whole_words(names: list[str]) -> str:
    """One case-insensitive regex matching any of `names` (longest first) as whole words."""
    def bounded(name: str) -> str:
        start = r"\b" if re.match(r"\w", name) else ""
        end = r"\b" if re.search(r"\w$", name) else ""
        return f"{start}{pl.escape_regex(name)}{end}"
    return "(?i)(?:" + "|".join(bounded(name) for name in names) + ")"
