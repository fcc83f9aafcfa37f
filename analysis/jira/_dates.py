"""Jira's locale-dependent dates: detect the format once per file, then parse column-wise.

Jira writes dates in the instance's locale (default `dd/MMM/yy h:mm a`, e.g.
`17/Jan/21 10:32 AM`) with month abbreviations in the exporting user's language (`02/oct/25`,
`05/set/23`, `déc.`, `März`) while AM/PM stays English. Month names are rewritten to English
three-letter abbreviations with one vectorised `replace_many`, then every value is parsed with
an explicit format; polars' own date inference is never used.

Formats with month names or a 12-hour clock are slow to parse whole, so a `day time` value is
split at its first space and each half is parsed through polars' per-value cache: an export
has a few thousand distinct days and at most 1,440 distinct minutes, against hundreds of
thousands of distinct timestamps.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import polars as pl

from analysis.errors import InputError
from analysis.jira._headers import SettingsFile

DATETIME = pl.Datetime("us")

_ENGLISH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# Month spellings by month number: English, Spanish, Portuguese, French, German, Italian, Dutch.
MONTH_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "jänner",
        "jän", "gennaio", "gen", "januari"),
    2: ("february", "feb", "febrero", "fevereiro", "fev", "février", "févr", "fév", "fevr",
        "februar", "febbraio", "februari"),
    3: ("march", "mar", "marzo", "março", "marco", "mars", "märz", "mär", "marz", "mrz",
        "maart", "mrt"),
    4: ("april", "apr", "abril", "abr", "avril", "avr", "aprile"),
    5: ("may", "mayo", "maio", "mai", "maggio", "mag", "mei"),
    6: ("june", "jun", "junio", "junho", "juin", "juni", "giugno", "giu"),
    7: ("july", "jul", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug"),
    8: ("august", "aug", "agosto", "ago", "août", "aout", "augustus"),
    9: ("september", "sep", "sept", "septiembre", "setiembre", "set", "setembro", "septembre",
         "settembre"),
    10: ("october", "oct", "octubre", "outubro", "out", "octobre", "oktober", "okt", "ottobre",
         "ott"),
    11: ("november", "nov", "noviembre", "novembro", "novembre"),
    12: ("december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "déc", "dezember",
         "dicembre"),
}

# Candidate formats, most likely first; those with %b need month names rewritten first.
CANDIDATE_FORMATS = (
    "%d/%b/%y %I:%M %p",
    "%d/%b/%Y %I:%M %p",
    "%d/%b/%y %H:%M",
    "%d/%b/%Y %H:%M",
    "%d/%b/%y",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%y %H:%M",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%y %H:%M",
    "%m/%d/%y %I:%M %p",
    "%d.%m.%Y %H:%M",
    "%d.%m.%y %H:%M",
    "%Y-%m-%d",
    "%d/%m/%Y",
)

SAMPLE_SIZE = 500
NAMES_SAMPLE_SIZE = 20_000


@dataclass(frozen=True)
class DateFormat:
    """An explicit format plus the month-name rewrite that must run before it.

    `rewrite` is off when Created values sampled across the file hold only English month names;
    the reader turns it back on if a date of the file then fails to parse while holding a month
    name the rewrite translates.
    """

    pattern: str
    month_patterns: tuple[str, ...] = ()
    month_replacements: tuple[str, ...] = ()
    rewrite: bool = True

    @property
    def uses_names(self) -> bool:
        return "%b" in self.pattern or "%B" in self.pattern

    def parse(self, text: pl.Expr) -> pl.Expr:
        """Vectorised parse of a string expression; values that do not match become null.

        Split formats parse day and time apart; a value whose halves do not both parse (odd
        spacing, garbage) is parsed whole, so the result is the same as a whole-value parse.
        """
        halves = split_pattern(self.pattern)
        if halves is None:
            return self._parse_whole(text)
        field, part = pl.field, pl.field("parts").struct.field
        day = self._rewritten(part("field_0"))
        time = part("field_1").str.to_time(halves[1], strict=False, cache=True)
        joined = day.str.strptime(pl.Date, halves[0], strict=False, cache=True).dt.combine(time, "us")
        unparsed = pl.when(field("at").is_null()).then(field("text"))
        return (
            pl.struct(text.alias("text"), text.str.splitn(" ", 2).alias("parts"))
            .struct.with_fields(at=joined)
            .struct.with_fields(at=pl.coalesce(field("at"), self._parse_whole(unparsed)))
            .struct.field("at")
        )

    def _parse_whole(self, text: pl.Expr) -> pl.Expr:
        pattern = self.pattern.replace("%B", "%b")
        return self._rewritten(text).str.strptime(DATETIME, pattern, strict=False)

    def _rewritten(self, text: pl.Expr) -> pl.Expr:
        """Month names in English, when this file needs the rewrite."""
        if self.uses_names and self.rewrite and self.month_patterns:
            return text.str.replace_many(
                list(self.month_patterns), list(self.month_replacements),
                ascii_case_insensitive=True, leftmost=True,
            )
        return text


_DATE_CODES = frozenset("dmbByYejaAuwUWGgVCDFx")
_TIME_CODES = frozenset("HIklMSpPfTRrX")
_SLOW_CODES = frozenset("bBIlpP")


def split_pattern(pattern: str) -> tuple[str, str] | None:
    """`pattern` as (day, time) halves around its first space, when splitting speeds it up.

    Only formats that polars parses slowly whole (month names, 12-hour clock) are split, and
    only when the day half has date codes alone and the time half time codes alone.
    """
    pattern = pattern.replace("%B", "%b")
    day, space, time = pattern.partition(" ")
    codes = [set(_codes(half)) for half in (day, time)]
    if not space or not codes[0] or not codes[1] or not (codes[0] | codes[1]) & _SLOW_CODES:
        return None
    if not codes[0] <= _DATE_CODES or not codes[1] <= _TIME_CODES:
        return None
    return day, time


def _codes(pattern: str) -> list[str]:
    """The letters of the strftime codes in a pattern (`%.f` counts as `f`)."""
    found, index = [], pattern.find("%")
    while index != -1:
        code = pattern[index + 1:index + 3].lstrip(".-")[:1]
        found.append(code or "%")
        index = pattern.find("%", index + 2)
    return found


def month_table(extra: Mapping[str, int] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Month spellings to rewrite (with and without a trailing dot) and their English forms.

    English abbreviations are left alone (`%b` reads them in any case); everything else,
    English full names included, becomes a three-letter English abbreviation. Matching is
    ASCII case-insensitive, and accented spellings also come in upper and title case.
    Longest spellings come first so that `leftmost` matching prefers `sept.` over `sep`.
    """
    names: dict[str, str] = {}
    for number, spellings in MONTH_SPELLINGS.items():
        for spelling in spellings:
            names[spelling] = _ENGLISH[number - 1]
    for spelling, number in (extra or {}).items():
        names[spelling.strip().lower().rstrip(".")] = _ENGLISH[int(number) - 1]
    rewrite: dict[str, str] = {}
    for name, english in names.items():
        for variant in {name, name.upper(), name.title()} if not name.isascii() else {name}:
            rewrite[f"{variant}."] = english
            if variant.lower() != english:
                rewrite[variant] = english
    ordered = sorted(rewrite, key=len, reverse=True)
    return tuple(ordered), tuple(rewrite[name] for name in ordered)


def detect_format(
    created: pl.Series, explicit: str | None, month_names: Mapping[str, int] | None,
    source: str, settings_file: SettingsFile,
) -> DateFormat:
    """The date format of a file, chosen by trying candidates on its Created values.

    `explicit` (labels.toml `[export] date_format`) skips detection. No candidate matching any
    value is an InputError that shows how many values failed and three examples.
    """
    patterns, replacements = month_table(month_names)
    values = created.drop_nulls()
    values = values.filter(values.str.strip_chars() != "")
    if values.len() == 0:
        return DateFormat(explicit or CANDIDATE_FORMATS[0], patterns, replacements)
    sample = values.head(SAMPLE_SIZE).to_frame("value")
    candidates = (explicit,) if explicit else CANDIDATE_FORMATS
    best, best_hits = None, 0
    for pattern in candidates:
        candidate = DateFormat(pattern, patterns, replacements)
        hits = sample.select(candidate.parse(pl.col("value")).is_not_null().sum()).item()
        if hits > best_hits:
            best, best_hits = candidate, hits
        if best_hits == sample.height:
            break
    if best is None or best_hits * 2 < sample.height:
        raise _no_format_error(values, explicit, source, settings_file)
    if best.uses_names:
        spread = values.gather_every(max(1, values.len() // NAMES_SAMPLE_SIZE))
        needed = spread.str.contains_any(list(patterns), ascii_case_insensitive=True).any()
        best = replace(best, rewrite=bool(needed))
    return best


def _no_format_error(
    values: pl.Series, explicit: str | None, source: str, settings: SettingsFile
) -> InputError:
    """The InputError for Created values that no format reads."""
    examples = ", ".join(f"'{value}'" for value in values.unique(maintain_order=True).head(3))
    if explicit:
        return InputError(
            f"{values.len()} Created values in {source} do not match date_format "
            f"\"{explicit}\" from [export] in {settings} (e.g. {examples}); correct that "
            f"setting (strftime codes, e.g. \"%d/%b/%y %I:%M %p\")."
        )
    return InputError(
        f"{values.len()} Created values in {source} match no known date format (e.g. "
        f"{examples}); add date_format = \"...\" in strftime codes (e.g. date_format = "
        f"\"%d/%b/%y %I:%M %p\" for 17/Jan/21 10:32 AM) {settings.where('export')}."
    )


def unparsed_examples(raw: pl.Series, parsed: pl.Series) -> tuple[int, list[str]]:
    """How many non-empty raw values failed to parse, and up to three of them."""
    failed = raw.filter(parsed.is_null() & raw.is_not_null() & (raw.str.strip_chars() != ""))
    return failed.len(), failed.unique(maintain_order=True).head(3).to_list()
