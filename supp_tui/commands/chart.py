"""`supp-tui chart`: one chart of the board drawn as text in the terminal."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import date

from supp_tui.commands._board import add_board_arguments, load_board

HELP = "Draw one chart of the board in the terminal (`supp-tui chart LIST` names them)."

EPILOG = """\
--by takes any framework dimension id (platform_team, product, macro_category, origin_team,
origin_location, origin_service, ...) or a Jira field (team, priority, issue_type, status,
status_category, components, labels, resolution, assignee, reporter). Labels come from the
journal beside the export, so a chart shows the labels set so far.

examples:
  supp-tui chart LIST
  supp-tui chart teams board.csv
  supp-tui chart weekly-by-team board.csv --by macro_category --last 26
  supp-tui chart created-closed board.csv --period month
  supp-tui chart crosstab board.csv --by product --against macro_category
"""


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    """The slicing and window options shared by `chart` and `figures`."""
    parser.add_argument("--by", metavar="DIMENSION", default="team",
                        help="dimension to split by (default: team)")
    parser.add_argument("--against", metavar="DIMENSION", default="macro_category",
                        help="second dimension of the crosstab chart (default: macro_category)")
    parser.add_argument("--period", choices=("week", "month", "quarter"), default="week",
                        help="period of the time series (default: week)")
    parser.add_argument("--last", type=int, metavar="N",
                        help="only the last N periods of the data")
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help="first day of the window, YYYY-MM-DD; charts count whole periods, "
                             "so it is widened to the start of its week (month, quarter) and the "
                             "chart says so")
    parser.add_argument("--to", dest="end", metavar="DATE",
                        help="last day of the window, YYYY-MM-DD; widened to the end of its "
                             "period like --from")
    parser.add_argument("--working-hours", action="store_true", default=None,
                        help="count resolution and response times in working hours only")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("chart", metavar="CHART", help="chart name, or LIST to list them")
    add_board_arguments(parser)
    for action in parser._actions:  # exports may be left out for `chart LIST`
        if action.dest == "exports":
            action.nargs = "*"
    add_window_arguments(parser)
    parser.add_argument("--width", type=int, metavar="COLUMNS",
                        help="chart width (default: the terminal's)")
    parser.add_argument("--height", type=int, metavar="ROWS",
                        help="chart height (default: fits the terminal, at most 40)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colours: auto (when writing to a terminal and NO_COLOR is unset)")


def parse_date(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value as a date."""
    from analysis.errors import InputError

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD, "
                         "e.g. 2026-01-31.") from None


def chart_request(args: argparse.Namespace):
    """The ChartRequest the parsed window options describe."""
    from analysis.errors import InputError
    from analysis.charts import ChartRequest

    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    if start and end and start > end:
        raise InputError(f"--from {start} is after --to {end}; swap them.")
    if args.last is not None and args.last < 1:
        raise InputError(f"--last {args.last} must be 1 or more periods.")
    return ChartRequest(by=args.by, against=args.against, period=args.period, last=args.last,
                        start=start, end=end, working_hours=args.working_hours)


def list_charts() -> str:
    """Chart names with one-line descriptions."""
    from analysis.charts import CHARTS

    width = max(len(name) for name in CHARTS) + 2
    return "\n".join(f"{name:<{width}}{spec.description}" for name, spec in CHARTS.items())


def _size(args: argparse.Namespace) -> tuple[int, int]:
    """Explicit size, else the terminal's width and a height that fits it."""
    columns, lines = shutil.get_terminal_size((80, 24))
    width = args.width or columns
    height = args.height or max(16, min(lines - 2, 40))
    return width, height


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def run(args: argparse.Namespace) -> int:
    from analysis.errors import InputError
    from analysis.charts import resolve_chart

    if args.chart.casefold() == "list":
        print(list_charts())
        return 0
    name = resolve_chart(args.chart).name
    if not args.exports:
        raise InputError(f"Name the export to chart, e.g. `supp-tui chart {name} board.csv`.")
    request = chart_request(args)
    width, height = _size(args)
    if width < 40 or height < 10:
        raise InputError(f"A chart needs at least 40 x 10 cells, not {width} x {height}; "
                         "widen the terminal or pass --width/--height.")
    from analysis.charts import build_context, chart_data
    from analysis.charts.terminal import render

    board = load_board(args)
    tickets = board.labelled()
    data = chart_data(name, tickets, request, build_context(tickets, board.framework))
    print(render(data, width, height, color=_use_color(args.color)))
    return 0
