"""Shared plumbing of the plotext renderers: private figures, ticks, glyphs and legends.

Every chart draws on its own plotext terminal object (never the module's master figure), at an
explicit size, and returns text; nothing is printed.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

import plotext

from analysis.charts._palette import hex_to_rgb

# Without colour, series are told apart by their fill glyph.
GLYPHS = ("█", "▒", "░", "▓", "#", "=", "+", "o", "x", "%", "*", ":", "~", "@")
MIN_WIDTH, MIN_HEIGHT = 30, 8
# plotext 6 ships no type hints: its figures and markers are opaque objects here.
Figure = Any
Marker = Any


def new_figure(width: int, height: int) -> Figure:
    """A fresh plotext figure of exactly width x height cells, not tied to the real terminal."""
    terminal = type(plotext.terminal)()
    terminal.limit(False, False)
    figure = terminal._master  # the terminal's own master figure: plotext has no public constructor
    figure.theme("simple")
    figure.plot_size(max(width, MIN_WIDTH), max(height, MIN_HEIGHT))
    return figure


def set_title(figure: Figure, title: str, width: int) -> None:
    """A title that fits the width (plotext drops a title that is too long)."""
    figure.title(shorten(title, max(width - 2, 10)))


def build(figure: Figure, color: bool) -> list[str]:
    """The figure's text as lines, with or without ANSI colours."""
    text: str = figure.build().string(colorless=not color)
    return text.rstrip("\n").split("\n")


def marker(index: int, colour: str, color: bool) -> Marker:
    """A bar/area marker: a full block in the series colour, or the nth glyph without colour."""
    if color:
        return plotext.marker("█", pixel=hex_to_rgb(colour))
    return plotext.marker(GLYPHS[index % len(GLYPHS)])


def line_marker(index: int, colour: str, color: bool) -> Marker:
    """A line marker: braille dots in the series colour, or the nth glyph without colour."""
    if color:
        return plotext.marker("braille", pixel=hex_to_rgb(colour))
    return plotext.marker("•+x*o#"[index % 6])


def swatch(index: int, colour: str, color: bool, glyph: str | None = None) -> str:
    """The legend sample for a series: a coloured block, or its glyph without colour."""
    if color:
        red, green, blue = hex_to_rgb(colour)
        return f"\x1b[38;2;{red};{green};{blue}m{glyph or '█'}\x1b[0m"
    return glyph or GLYPHS[index % len(GLYPHS)]


def legend(names: Sequence[str], colours: Sequence[str], width: int, color: bool,
           glyphs: Sequence[str] | None = None) -> list[str]:
    """Legend lines below a chart, wrapped to the width: "█ PlatOps  █ Build and Deploy"."""
    lines: list[str] = []
    current, used = "", 0
    for index, (name, colour) in enumerate(zip(names, colours, strict=True)):
        entry_width = len(name) + 4
        sample = swatch(index, colour, color, glyphs[index] if glyphs else None)
        if used and used + entry_width > width:
            lines.append(current.rstrip())
            current, used = "", 0
        current += f"{sample} {name}  "
        used += entry_width
    if current:
        lines.append(current.rstrip())
    return lines


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^n steps) covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(value, 10))
    return ticks


def tick_label(value: float, suffix: str = "") -> str:
    """A tick value without a useless ".0"."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return text + suffix


def value_axis(figure: Figure, low: float, high: float, axis: str = "y", suffix: str = "",
               count: int = 5) -> None:
    """Round ticks and limits on a value axis."""
    ticks = nice_ticks(low, high, count)
    ruler = figure.ruler(axis)
    ruler.lim(ticks[0], ticks[-1])
    ruler.ticks(ticks, [tick_label(tick, suffix) for tick in ticks])


def period_axis(figure: Figure, keys: Sequence[str], plot_width: int) -> None:
    """Period keys under an x axis at positions 1..n, thinned so the labels never overlap."""
    if not keys:
        return
    label_width = max(len(key) for key in keys) + 2
    room = max(1, (plot_width - 8) // label_width)
    step = max(1, math.ceil(len(keys) / room))
    positions = list(range(1, len(keys) + 1, step))
    figure.ruler("x").ticks(positions, [keys[p - 1] for p in positions])
    figure.ruler("x").lim(0.5, len(keys) + 0.5)


def bar_width(count: int, plot_width: int, groups: int = 1) -> float:
    """A bar width (fraction of the spacing) that leaves a gap between neighbouring bars:
    plotext rounds each bar outwards to whole cells, so narrow slots need thinner bars."""
    cells = max(plot_width - 8, 10) / max(count, 1) / groups
    return max(0.2, min(0.7, (cells - 2) / cells))


def shorten(label: str, limit: int) -> str:
    """A label cut to `limit` characters with an ellipsis."""
    return label if len(label) <= limit else label[: max(1, limit - 1)] + "…"


def title_lines(title: str, width: int) -> list[str]:
    """A title wrapped to the width, for text drawn outside plotext."""
    return textwrap.wrap(title, width) or [""]


def fit(lines: list[str], width: int, height: int) -> str:
    """Join lines, dropping any beyond the height."""
    return "\n".join(lines[: max(height, 1)])


def as_number(value: object) -> float:
    """A count or score polars returned as a Python scalar; 0 for None (an empty column)."""
    return float(value) if isinstance(value, int | float) else 0.0
