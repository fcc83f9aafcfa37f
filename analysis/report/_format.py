"""Plain-text formatting for reports: numbers, durations, changes and markdown escaping.

Everything here is pure and locale-free, so the same numbers always give the same text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from analysis.jira import issue_link

DASH = "–"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def count(value: float | None) -> str:
    """A count with thousands separators; a non-integer average with up to two decimals, so an
    average over four periods stays exact (0.25, 1.5)."""
    if value is None:
        return DASH
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def hours_unit(values: Sequence[float | None]) -> str:
    """The unit that suits the largest of some durations: min, h (under two days) or d."""
    largest = max((abs(v) for v in values if v is not None), default=0.0)
    if largest < 1:
        return "min"
    return "h" if largest < 48 else "d"


def hours(value: float | None, unit: str | None = None) -> str:
    """A duration in minutes, hours or days (by default the unit that suits the value)."""
    if value is None:
        return DASH
    unit = unit or hours_unit([value])
    return f"{in_unit(value, unit):.{_DECIMALS[unit]}f} {unit}"


_DECIMALS = {"min": 0, "h": 1, "d": 1}


def in_unit(value: float, unit: str) -> float:
    """Hours expressed in a display unit (min, h or d), rounded as `hours` shows them."""
    scaled = value * 60 if unit == "min" else value / 24 if unit == "d" else value
    return float(f"{scaled:.{_DECIMALS[unit]}f}")


def days(value: float | None) -> str:
    """A whole number of days, e.g. "143 days"."""
    if value is None:
        return DASH
    whole = int(value)
    return f"{whole} day" if whole == 1 else f"{whole} days"


def share(value: float | None) -> str:
    """A share 0..1 as a whole percentage."""
    return DASH if value is None else f"{whole_percent(value)}%"


def whole_percent(value: float) -> int:
    """A share 0..1 as the whole percentage `share` shows."""
    return int(f"{value * 100:.0f}")


def signed(value: float, text: str) -> str:
    """`text` (an already formatted magnitude) with an explicit + or − sign."""
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"−{text}"
    return text


def count_change(new: float | None, old: float | None, percent: bool = True) -> str:
    """A change in a count, e.g. "+8 (+16%)", taken between the values as shown (an average
    rounded to two decimals); a dash when either side is unknown."""
    if new is None or old is None:
        return DASH
    new, old = _shown_count(new), _shown_count(old)
    delta = round(new - old, 2)
    text = signed(delta, count(abs(delta)))
    if percent and old and delta:
        text += f" ({signed(delta, f'{abs(delta) / old * 100:.0f}%')})"
    return text


def _shown_count(value: float) -> float:
    return value if isinstance(value, int) else round(value, 2)


def hours_change(new: float | None, old: float | None, unit: str | None = None) -> str:
    """A change in a duration between the values as shown, e.g. "−3.6 h"."""
    if new is None or old is None:
        return DASH
    unit = unit or hours_unit([new, old])
    delta = round(in_unit(new, unit) - in_unit(old, unit), _DECIMALS[unit])
    return signed(delta, f"{abs(delta):.{_DECIMALS[unit]}f} {unit}")


def share_change(new: float | None, old: float | None) -> str:
    """A change in a share between the percentages as shown, in points, e.g. "+4 pts"."""
    if new is None or old is None:
        return DASH
    points = whole_percent(new) - whole_percent(old)
    return signed(points, f"{abs(points)} {'pt' if abs(points) == 1 else 'pts'}")


def escape(text: str | None) -> str:
    """Text safe inside markdown (and a pipe-table cell): specials escaped, one line."""
    if text is None:
        return ""
    flat = " ".join(text.split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def quote(text: str | None, limit: int = 80) -> str:
    """A ticket summary shortened to `limit` characters, escaped, in quotes."""
    flat = " ".join((text or "").split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"“{escape(flat)}”"


def key(value: str, site: str | None = None) -> str:
    """An issue key, as a markdown link to the issue when the board's Jira site is known."""
    return f"[{value}]({issue_link(site, value)})" if site else value


def keys(values: Sequence[str], limit: int = 6, site: str | None = None) -> str:
    """Ticket keys joined by commas, with "and N more" past `limit`."""
    shown = ", ".join(key(value, site) for value in values[:limit])
    rest = len(values) - limit
    return f"{shown} and {rest} more" if rest > 0 else shown


def previous(number: int, unit: str) -> str:
    """ "previous week", "previous 4 weeks"."""
    return f"previous {unit}" if number == 1 else f"previous {number} {unit}s"


def weekday(moment: date) -> str:
    """The short English weekday name of a date, e.g. "Wed"."""
    return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[moment.weekday()]


def plural(number: int, word: str, words: str | None = None) -> str:
    """"1 ticket", "3 tickets"."""
    return f"{number:,} {word if number == 1 else (words or word + 's')}"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A pipe table; columns whose index is in `right` are right-aligned."""
    rule = ["---:" if index in right else "---" for index in range(len(headers))]
    lines = [_row(headers), _row(rule)]
    lines.extend(_row(row) for row in rows)
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
