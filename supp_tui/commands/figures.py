"""`supp-tui figures`: the board's charts as PNG files for reports and slides."""

from __future__ import annotations

import argparse
import sys

from supp_tui.commands._board import add_board_arguments, load_board
from supp_tui.commands.chart import add_window_arguments, chart_request

HELP = "Write the board's charts as PNG figures (1600 x 900, colour-blind-safe)."

EPILOG = """\
Writes one PNG per chart, named 01-teams.png ... 10-coverage.png, into the output folder.
Charts that need something the board lacks (score weights, targets) are skipped with a note
unless asked for with --charts. The same board and options always give the same bytes.

examples:
  supp-tui figures board.csv -o figures/
  supp-tui figures board.csv -o figures/ --by macro_category --from 2026-01-01 --to 2026-03-31
  supp-tui figures board.csv -o figures/ --charts teams,weekly-by-team,flow
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    add_board_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FOLDER", default="figures",
                        help="folder for the PNG files (default: figures)")
    parser.add_argument("--charts", metavar="NAMES",
                        help="comma-separated chart names (default: all; `brief` = the five "
                             "charts of the brief)")
    add_window_arguments(parser)


def chart_names(text: str | None) -> tuple[list[str], bool]:
    """The charts asked for and whether the user named them explicitly."""
    from analysis.charts import BRIEF_CHARTS, CHARTS, resolve_chart

    if not text:
        return list(CHARTS), False
    names: list[str] = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        names.extend(BRIEF_CHARTS if part == "brief" else [resolve_chart(part).name])
    return list(dict.fromkeys(names)), True


def run(args: argparse.Namespace) -> int:
    from analysis.errors import InputError
    from analysis.charts.png import write_figures
    from analysis.charts import build_context, chart_data

    names, explicit = chart_names(args.charts)
    request = chart_request(args)
    board = load_board(args)
    tickets = board.labelled()
    context = build_context(tickets, board.framework)
    charts = []
    for name in names:
        try:
            charts.append(chart_data(name, tickets, request, context))
        except InputError as error:
            if explicit or not charts and name == names[0]:
                raise
            print(f"supp-tui: skipped {name}: {error}", file=sys.stderr)
    for path in write_figures(charts, args.output):
        print(path)
    return 0
