"""Horizontal bar charts drawn as text, one labelled line per value, bar lengths proportional.

plotext maps bar rectangles onto rows by rounding, which smears thin bars into the neighbouring
value's row; drawing the rows directly keeps each bar on its own label's line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.charts._palette import hex_to_rgb
from analysis.charts.terminal._base import nice_ticks, tick_label, title_lines

# (bar lines per series, blank lines between values), thickest first.
_LAYOUTS = ((2, 1), (1, 1), (1, 0))


@dataclass(frozen=True)
class Series:
    """One bar per value: lengths, a colour per value, and the fill glyph used without colour."""

    values: Sequence[float]
    colours: Sequence[str]
    glyph: str = "█"


def horizontal_bars(
    title: str, labels: Sequence[str], series: Sequence[Series], width: int, height: int,
    color: bool, *, suffix: str = "", upper: float | None = None, overlay: bool = False,
    ends: Sequence[Sequence[str]] | None = None, legend_lines: Sequence[str] = (),
    notes: Sequence[str] = (),
) -> list[str]:
    """Bars per label, first label on top, in at most `height` lines; values that do not fit
    are counted in a closing "N more not shown" line.

    With `overlay` the series share one line per value (later series drawn over earlier ones);
    otherwise each series gets its own line. `ends[g][i]` is text written after the bar of
    line group g (one group with `overlay`, else one per series) for value i.
    """
    groups = [list(series)] if overlay else [[s] for s in series]
    ends = ends or [[""] * len(labels) for _ in groups]
    head = [line.center(width).rstrip() for line in title_lines(title, width)]
    tail = list(legend_lines) + [line for note in notes for line in title_lines(note, width)]
    available = height - len(head) - 2 - len(tail)
    lines_per_value = 1 if overlay else len(series)
    thickness, gap, shown = _layout(len(labels), lines_per_value, available)
    if shown < len(labels):
        tail.append(f"{len(labels) - shown} more not shown (a taller chart shows them)")
    label_width = max((len(label) for label in labels[:shown]), default=0)
    end_width = max((len(end) for group in ends for end in group[:shown]), default=0)
    columns = max(10, width - label_width - 2 - (end_width + 1 if end_width else 0) - 1)
    top = upper if upper is not None else max((max(s.values, default=0) for s in series),
                                              default=0)
    ticks = nice_ticks(0, top if top > 0 else 1)
    scale = columns / ticks[-1]
    body: list[str] = []
    for index in range(shown):
        for number, group in enumerate(groups):
            bar = _bar(group, index, scale, color)
            for line in range(thickness):
                first = number == 0 and line == 0
                label = labels[index] if first else ""
                end = f" {ends[number][index]}" if line == 0 and ends[number][index] else ""
                body.append(f"{label:>{label_width}} {'┤' if first else '│'}{bar}{end}".rstrip())
        if gap and index < shown - 1:
            body += [f"{'':>{label_width}} │"] * gap
    return head + body + _axis(ticks, scale, label_width, columns, suffix, width) + tail


def _layout(count: int, lines_per_value: int, available: int) -> tuple[int, int, int]:
    """Bar thickness, gap and how many values fit in `available` lines."""
    for thickness, gap in _LAYOUTS:
        needed = count * lines_per_value * thickness + max(count - 1, 0) * gap
        if needed <= available:
            return thickness, gap, count
    shown = max(0, (available - 1) // lines_per_value)  # one line goes to the "more" note
    return 1, 0, min(count, shown)


def cells(value: float | None, scale: float) -> int:
    """Cells a value fills: rounded, at least one for any positive value."""
    if not value or value <= 0:
        return 0
    return max(1, round(value * scale))


def _bar(group: Sequence[Series], index: int, scale: float, color: bool) -> str:
    """One bar line: each cell takes the glyph (or colour) of the last series covering it."""
    lengths = [cells(s.values[index], scale) for s in group]
    runs: list[tuple[Series, int]] = []
    for position in range(max(lengths, default=0)):
        owner = next(s for s, n in zip(reversed(group), reversed(lengths)) if n > position)
        if runs and runs[-1][0] is owner:
            runs[-1] = (owner, runs[-1][1] + 1)
        else:
            runs.append((owner, 1))
    return "".join(_paint(owner, index, count, color) for owner, count in runs)


def _paint(series: Series, index: int, count: int, color: bool) -> str:
    """`count` cells of a series: a coloured block run, or its glyph without colour."""
    if not color:
        return series.glyph * count
    red, green, blue = hex_to_rgb(series.colours[index])
    return f"\x1b[38;2;{red};{green};{blue}m{'█' * count}\x1b[0m"


def _axis(ticks: list[float], scale: float, label_width: int, columns: int, suffix: str,
          width: int) -> list[str]:
    """The value axis under the bars: a rule with tick marks, and tick labels that never
    overlap."""
    rule = ["└"] + ["─"] * columns
    text = [" "] * (label_width + columns + 8)
    last_end = -2
    for tick in ticks:
        column = round(tick * scale)
        if column:
            rule[min(column, columns)] = "┬"
        word = tick_label(tick, suffix)
        start = max(0, label_width + 1 + column - len(word) // 2)
        if start > last_end + 1 and start + len(word) <= min(len(text), width):
            text[start:start + len(word)] = word
            last_end = start + len(word)
    return [(" " * (label_width + 1) + "".join(rule))[:width], "".join(text).rstrip()]
