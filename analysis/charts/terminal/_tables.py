"""Terminal charts drawn as tables or scatters: the cross-tab heat map and the case scores."""

from __future__ import annotations

import textwrap

from analysis.charts._compute import heated
from analysis.charts._request import ChartData
from analysis.charts.terminal._base import (
    as_number,
    build,
    new_figure,
    set_title,
    shorten,
    title_lines,
    value_axis,
)

# Light-to-dark blue steps for the heat map background (sequential, colour-blind safe).
_HEAT = ((247, 251, 255), (198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107))


def _heat_cell(text: str, count: int, peak: float, color: bool) -> str:
    """A right-aligned cell, its background shaded by count / peak."""
    if not color or peak == 0:
        return text
    step = min(len(_HEAT) - 1, round(count / peak * (len(_HEAT) - 1)))
    red, green, blue = _HEAT[step]
    foreground = "255;255;255" if step >= 3 else "0;0;0"
    return f"\x1b[48;2;{red};{green};{blue}m\x1b[38;2;{foreground}m{text}\x1b[0m"


def _header_lines(names: list[str], cell: int) -> list[str]:
    """Column headers right-aligned in cells, wrapped over two lines when a name is long."""
    first, second = "", ""
    for name in names:
        words = textwrap.wrap(name, cell - 1, break_long_words=False) or [""]
        top, bottom = (words[0], " ".join(words[1:])) if len(words) > 1 else ("", words[0])
        first += shorten(top, cell - 1).rjust(cell)
        second += shorten(bottom, cell - 1).rjust(cell)
    return [first, second] if first.strip() else [second]


def crosstab(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Tickets per row value x column value as a shaded table with totals."""
    table = data.frames["table"]
    row_column = table.columns[0]
    value_columns = [c for c in table.columns[1:] if c != "Total"]
    label_width = min(22, max(len(str(v)) for v in table[row_column]) + 1)
    longest = max(len(c) for c in [*value_columns, "Total"])
    fair = (width - label_width) // (len(value_columns) + 1)
    cell = max(len(str(table["Total"].max())) + 2, min(fair, longest + 1, 14), 9)
    room = max(1, (width - label_width - cell) // cell)
    shown = value_columns[:room]
    hidden = len(value_columns) - len(shown)
    peak = max((row[c] for row in table.iter_rows(named=True) for c in shown
                if heated(str(row[row_column]), c)), default=0)
    lines = title_lines(data.title, width)
    lines += [" " * label_width + header for header in _header_lines([*shown, "Total"], cell)]
    for index, row in enumerate(table.iter_rows(named=True)):
        is_total = index == table.height - 1
        cells = [_heat_cell(f"{row[c]:>{cell}}", row[c], peak,
                            color and not is_total and heated(str(row[row_column]), c))
                 for c in shown]
        label = shorten(str(row[row_column]), label_width - 1).ljust(label_width)
        lines.append(label + "".join(cells) + f"{row['Total']:>{cell}}")
    if hidden:
        lines.append(f"(+{hidden} more columns: widen the terminal to see them)")
    against = data.against_title
    lines.append(shorten(f"rows: {data.by_title}; columns: {against}; totals count distinct "
                         "tickets", width))
    return lines[:height]


def scores(data: ChartData, width: int, height: int, color: bool) -> list[str]:
    """Product score vs process score, each point labelled with its number of tickets, then the
    highest-scoring cases."""
    grid, cases = data.frames["grid"], data.frames["scores"]
    case_rows = min(5, cases.height, max(0, height // 4))
    figure = new_figure(width, height - case_rows - 1)
    for product, process, count in grid.iter_rows():
        figure.draw(figure.text(product, process, str(count), alignment="center"))
    value_axis(figure, 0, max(as_number(grid["product_score"].max()), 1) + 0.5, axis="x")
    value_axis(figure, 0, max(as_number(grid["process_score"].max()), 1) + 0.5)
    figure.label("product score (severity) →; up: process score", axis="x")
    set_title(figure, f"{data.title}; numbers = tickets", width)
    lines = build(figure, color)
    lines.append("Highest-scoring cases (product + process):")
    for key, summary, product, process, total in cases.head(case_rows).iter_rows():
        lines.append(shorten(f"  {key}  {total} ({product}+{process})  {summary}", width))
    return lines

