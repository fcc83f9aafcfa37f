"""`supp-tui figures`: the board's charts as PNG files for reports and slides."""

from __future__ import annotations

import sys
from typing import Any

import click

from analysis.errors import InputError
from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings
from supp_tui.commands._complete import complete_chart_list
from supp_tui.commands._output import check_output_folder
from supp_tui.commands._progress import counting, progress
from supp_tui.commands._window import chart_request, window_options

HELP = "Write the board's charts as PNG figures (1600 x 900, colour-blind-safe)."

EPILOG = """\
Writes one PNG per chart, named 01-teams.png ... 11-time-in-status.png, into the output
folder. Charts that need something the board lacks (score weights, targets, the status history
of a pulled board) are skipped with a note
unless asked for with --charts. The same board and options always give the same bytes.

\b
examples:
  supp-tui figures board.csv -o figures/
  supp-tui figures board.csv -o figures/ --by macro_category --from 2026-01-01 --to 2026-03-31
  supp-tui figures board.csv -o figures/ --charts teams,weekly-by-team,flow
"""


@click.command("figures", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options(anonymise=True)
@click.option("-o", "--output", metavar="FOLDER", default="figures",
              type=click.Path(),
              help="folder for the PNG files (default: figures)")
@click.option("--charts", metavar="NAMES", shell_complete=complete_chart_list,
              help="comma-separated chart names (default: all; `brief` = the five charts of "
                   "the brief)")
@window_options
def figures(board: BoardSource, output: str, charts: str | None, window: dict[str, Any]) -> int:
    """Write the charts asked for as PNGs and print their paths."""
    from analysis.charts import build_context, chart_columns, chart_data
    from analysis.charts.png import write_figures

    check_output_folder(output)
    names, explicit = chart_names(charts)
    request = chart_request(window)
    with progress() as step:
        step("Reading the board", 0, None)
        opened = board.open(columns=chart_columns(names, request))
        print_warnings(opened.export.warnings)
        tickets = opened.labelled()
        context = build_context(tickets, opened.framework)
        drawn = []
        for done, name in enumerate(names):
            step("Counting", done, len(names))
            try:
                drawn.append(chart_data(name, tickets, request, context))
            except InputError as error:
                if explicit or not drawn and name == names[0]:
                    raise
                print(f"supp-tui: skipped {name}: {error}", file=sys.stderr)
        step("Drawing figures", 0, len(drawn))
        paths = write_figures(drawn, output, progress=counting(step, "Drawing figures"))
    for path in paths:
        print(path)
    return 0


def chart_names(text: str | None) -> tuple[list[str], bool]:
    """The charts asked for and whether the user named them explicitly."""
    from analysis.charts import BRIEF_CHARTS, CHARTS, resolve_chart

    if not text:
        return list(CHARTS), False
    names: list[str] = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        names.extend(BRIEF_CHARTS if part == "brief" else [resolve_chart(part).name])
    return list(dict.fromkeys(names)), True
