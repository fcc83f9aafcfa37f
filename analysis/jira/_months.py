"""Month names in every language Jira's UI offers, from CLDR through Babel.

Jira formats `MMM` with Java's locale data, which follows CLDR; wide and abbreviated names in
both the format and the stand-alone context are known here, casefolded and without a dot.
Babel is imported only when a board's dates hold words that are not English month names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

import polars as pl

# Jira Cloud and Data Center UI languages, English first (it wins ties).
JIRA_LOCALES = (
    "en", "en_GB", "es", "pt", "pt_BR", "fr", "de", "de_AT", "it", "nl", "pl", "ru", "uk",
    "cs", "sk", "hu", "ro", "da", "sv", "nb", "fi", "et", "is", "tr", "ja", "ko", "zh_CN",
    "zh_TW",
)
ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
_ENGLISH_WORDS = frozenset((
    *ENGLISH_MONTHS, "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "am", "pm", "t", "z", "utc",
))

# spelling -> month number -> the locales that write the month so
MonthSpellings = dict[str, dict[int, tuple[str, ...]]]
# spellings to rewrite, and the English abbreviation each becomes
MonthRewrite = tuple[tuple[str, ...], tuple[str, ...]]


@cache
def cldr_months() -> MonthSpellings:
    """Every month spelling of JIRA_LOCALES, casefolded and without a trailing dot."""
    from babel import Locale

    found: dict[str, dict[int, list[str]]] = {}
    for code in JIRA_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    users = found.setdefault(fold(name), {}).setdefault(number, [])
                    if code not in users:
                        users.append(code)
    return {name: {n: tuple(codes) for n, codes in by.items()} for name, by in found.items()}


def fold(name: str) -> str:
    """A month spelling as the tables key it: trimmed, casefolded, without a trailing dot."""
    return name.strip().casefold().rstrip(".")


def needs_names(values: pl.Series, extra: Mapping[str, int]) -> bool:
    """Whether date texts hold words other than English month names and AM/PM (a word with a
    dot counts as other: `%b` does not read `oct.`)."""
    if extra:
        return True
    words = values.str.extract_all(r"[^\W\d_]+\.?").explode().drop_nulls()
    return not set(words.str.to_lowercase().unique().to_list()) <= _ENGLISH_WORDS


def chosen_months(
    table: MonthSpellings, found: Iterable[str], locales: tuple[str, ...] = JIRA_LOCALES,
) -> dict[str, int]:
    """Each spelling's month; a spelling two languages read as different months takes the
    month of the language with most spellings in `found` (the board's own)."""
    score = dict.fromkeys(locales, 0)
    for name in set(found):
        for codes in table.get(name, {}).values():
            for code in codes:
                score[code] = score.get(code, 0) + 1
    rank = {code: (score[code], -order) for order, code in enumerate(locales)}
    return {
        name: max(by, key=lambda month: max(rank[code] for code in by[month]))
        for name, by in table.items()
    }


def month_rewrite(values: pl.Series, extra: Mapping[str, int]) -> MonthRewrite:
    """Spellings to rewrite in date texts (longest first) and the English abbreviation of each.

    English abbreviations that mean their own month are left alone, since `%b` reads them;
    `extra` ([export] month_names) wins over CLDR. Accented spellings also come in upper and
    title case, since matching is only ASCII case-insensitive.
    """
    table = cldr_months()
    patterns = sorted({v for name in table for v in _variants(name)}, key=len, reverse=True)
    matched = values.str.extract_many(patterns, ascii_case_insensitive=True, leftmost=True)
    months = chosen_months(table, (fold(name) for name in matched.explode().drop_nulls().unique()))
    months.update({fold(name): int(number) for name, number in extra.items()})
    rewrite: dict[str, str] = {}
    for name, number in months.items():
        english = ENGLISH_MONTHS[number - 1]
        for variant in _variants(name):
            rewrite[f"{variant}."] = english
            if variant.lower() != english:
                rewrite[variant] = english
    ordered = sorted(rewrite, key=len, reverse=True)
    return tuple(ordered), tuple(rewrite[name] for name in ordered)


def _variants(name: str) -> set[str]:
    """A casefolded spelling as matching needs it: as is, and upper and title case if accented."""
    return {name, name.upper(), name.title()} if not name.isascii() else {name}
