"""Jira's locale-dependent dates: a board's formats, parsed column-wise with explicit formats.

Jira writes dates in the instance's locale (default `dd/MMM/yy h:mm a`, e.g.
`17/Jan/21 10:32 AM`) with month abbreviations in the exporting user's language (`02/oct/25`,
`05/set/23`, `déc.`, `März`) while AM/PM stays English. Month names are rewritten to English
three-letter abbreviations with one vectorised `replace_many`, then every value is parsed with
the board's explicit formats; polars' own date inference is never used.

Formats with month names or a 12-hour clock are slow to parse whole, so a `day time` value is
split at its first space and each half is parsed through polars' per-value cache: an export
has a few thousand distinct days and at most 1,440 distinct minutes, against hundreds of
thousands of distinct timestamps.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

import polars as pl

from analysis.errors import InputError
from analysis.jira._headers import SettingsFile

DATETIME = pl.Datetime("us")
EARLIEST = datetime(2000, 1, 1)
DATE_ORDERS = ("day-first", "month-first")

_NAMED = ("%d/%b/%y %I:%M %p", "%d/%b/%Y %I:%M %p", "%d/%b/%y %H:%M", "%d/%b/%Y %H:%M", "%d/%b/%y")
_ISO = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d")
_DOTTED = ("%d.%m.%Y %H:%M", "%d.%m.%y %H:%M")


def candidate_formats(order: str) -> tuple[str, ...]:
    """Known formats, most likely first; numeric day/month ones in the board's `order` only."""
    first, second = ("%m", "%d") if order == "month-first" else ("%d", "%m")
    numeric = tuple(
        f"{first}/{second}/{year}{time}"
        for year in ("%Y", "%y") for time in (" %H:%M", " %H:%M:%S", " %I:%M %p", "")
    )
    return (*_NAMED, *_ISO, *numeric, *_DOTTED)


def latest_plausible() -> datetime:
    """The latest date taken as real: a year from today."""
    return datetime.combine(date.today() + timedelta(days=366), datetime.min.time())


@dataclass(frozen=True)
class DateFormat:
    """A board's date formats (each value is read by the first that matches), the month-name
    rewrite that runs before them, and the day/month order numeric dates follow."""

    patterns: tuple[str, ...]
    month_patterns: tuple[str, ...] = ()
    month_replacements: tuple[str, ...] = ()
    order: str = "day-first"
    explicit: bool = False
    latest: datetime = field(default_factory=latest_plausible)

    @property
    def uses_names(self) -> bool:
        return any("%b" in pattern or "%B" in pattern for pattern in self.patterns)

    def parse(self, text: pl.Expr, plausible: bool = True) -> pl.Expr:
        """Vectorised parse of a string expression; values no format matches become null, and
        so do dates before 2000 or over a year ahead unless `plausible` is off."""
        parsed = [self._parse_one(pattern, text) for pattern in self.patterns]
        if plausible:
            parsed = [self._within(at) for at in parsed]
        return parsed[0] if len(parsed) == 1 else pl.coalesce(parsed)

    def every_known(self) -> DateFormat:
        """These formats, then every other known one unless the format was set explicitly."""
        if self.explicit:
            return self
        known = tuple(p for p in candidate_formats(self.order) if p not in self.patterns)
        return replace(self, patterns=self.patterns + known)

    def _within(self, at: pl.Expr) -> pl.Expr:
        """`at` where it lies between EARLIEST and `latest`, else null (computed once)."""
        value = pl.field("at")
        return (
            pl.struct(at.alias("at"))
            .struct.with_fields(at=pl.when(value.is_between(EARLIEST, self.latest)).then(value))
            .struct.field("at")
        )

    def _parse_one(self, pattern: str, text: pl.Expr) -> pl.Expr:
        """One format; split formats parse day and time apart, and a value whose halves do
        not both parse (odd spacing, garbage) is parsed whole, which gives the same result."""
        halves = split_pattern(pattern)
        if halves is None:
            return self._parse_whole(pattern, text)
        field_, part = pl.field, pl.field("parts").struct.field
        day = self._rewritten(part("field_0"))
        time = part("field_1").str.to_time(halves[1], strict=False, cache=True)
        joined = day.str.strptime(pl.Date, halves[0], strict=False, cache=True).dt.combine(time, "us")
        unparsed = pl.when(field_("at").is_null()).then(field_("text"))
        return (
            pl.struct(text.alias("text"), text.str.splitn(" ", 2).alias("parts"))
            .struct.with_fields(at=joined)
            .struct.with_fields(at=pl.coalesce(field_("at"), self._parse_whole(pattern, unparsed)))
            .struct.field("at")
        )

    def _parse_whole(self, pattern: str, text: pl.Expr) -> pl.Expr:
        return self._rewritten(text).str.strptime(DATETIME, pattern.replace("%B", "%b"),
                                                  strict=False)

    def _rewritten(self, text: pl.Expr) -> pl.Expr:
        """Month names in English, when the board's dates need the rewrite."""
        if self.month_patterns:
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


def no_format_error(
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
