"""`supp-tui chart`: one chart of the board drawn as text in the terminal."""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

import click

from analysis.errors import InputError
from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings
from supp_tui.commands._complete import complete_chart
from supp_tui.commands._types import Count
from supp_tui.commands._window import chart_request, window_options

HELP = "Draw one chart of the board in the terminal (`supp-tui chart LIST` names them)."

EPILOG = """\
--by takes any framework dimension id (platform_team, product, macro_category, origin_team,
origin_location, origin_service, ...) or a Jira field (team, priority, issue_type, status,
status_category, components, labels, resolution, assignee, reporter). Labels come from the
journal beside the export, so a chart shows the labels set so far.

\b
examples:
  supp-tui chart LIST
  supp-tui chart teams board.csv
  supp-tui chart weekly-by-team board.csv --by macro_category --last 26
  supp-tui chart created-closed board.csv --period month
  supp-tui chart crosstab board.csv --by product --against macro_category
  supp-tui chart time-in-status supp.jsonl --by priority    # a board from `supp-tui pull`
"""


@click.command(
    "chart", short_help=HELP, epilog=EPILOG,
    help=f"{HELP}\n\nCHART is a chart name, or LIST to list them. {EXPORTS_HELP}",
)
@click.argument("chart_name", metavar="CHART", shell_complete=complete_chart)
@board_options(exports_required=False, anonymise=True)
@window_options
@click.option("--width", type=Count(), metavar="COLUMNS",
              help="chart width (default: the terminal's)")
@click.option("--height", type=Count(), metavar="ROWS",
              help="chart height (default: fits the terminal, at most 40)")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto",
              help="colours: auto (when writing to a terminal and NO_COLOR is unset)")
def chart(chart_name: str, board: BoardSource, window: dict[str, Any], width: int | None,
          height: int | None, color: str) -> int:
    """Print the named chart, or the list of charts for LIST."""
    from analysis.charts import resolve_chart

    if chart_name.casefold() == "list":
        print(list_charts())
        return 0
    name = resolve_chart(chart_name).name
    if not board.exports:
        raise click.UsageError(
            f"Name the export to chart, e.g. `supp-tui chart {name} board.csv`.")
    request = chart_request(window)
    width, height = _size(width, height)
    if width < 40 or height < 10:
        raise InputError(f"A chart needs at least 40 x 10 cells, not {width} x {height}; "
                         "widen the terminal or pass --width/--height.")
    from analysis.charts import build_context, chart_columns, chart_data
    from analysis.charts.terminal import render

    opened = board.open(columns=chart_columns([name], request))
    print_warnings(opened.export.warnings)
    tickets = opened.labelled()
    data = chart_data(name, tickets, request, build_context(tickets, opened.framework))
    print(render(data, width, height, color=_use_color(color)))
    return 0


def list_charts() -> str:
    """Chart names with one-line descriptions."""
    from analysis.charts import CHARTS

    width = max(len(name) for name in CHARTS) + 2
    return "\n".join(f"{name:<{width}}{spec.description}" for name, spec in CHARTS.items())


def _size(width: int | None, height: int | None) -> tuple[int, int]:
    """Explicit size, else the terminal's width and a height that fits it."""
    columns, lines = shutil.get_terminal_size((80, 24))
    return width or columns, height or max(16, min(lines - 2, 40))


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")
