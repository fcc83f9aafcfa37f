"""`supp-tui report`: a weekly, monthly or quarterly markdown report with PNG figures."""

from __future__ import annotations

from collections.abc import Mapping

import click

from analysis.errors import InputError
from analysis.names import KINDS
from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings
from supp_tui.commands._progress import counting, progress

HELP = "Write a weekly, monthly or quarterly markdown report with its PNG figures."

EPILOG = """\
The default period is the last complete one in which a ticket was created or closed (when no
period is wholly inside the data, the latest partial one, marked partial). The report is written as
<output>/<period>.md (e.g. reports/2026-W47.md) with its figures in <output>/<period>/, linked
by relative paths, so the folder can be moved or zipped. The same export, journal and period
always give the same bytes.

--anonymise replaces every person (and their names, emails, phone numbers and account ids in
summaries) by tokens (person-3f9a2c1b7d), the same for a person in every report. Tokens are a
keyed hash of the name: with the built-in key anyone with a list of candidate names can
recompute them; set SUPP_TUI_ANONYMISE_KEY to a secret your team keeps to prevent that.

\b
examples:
  supp-tui report weekly board.csv -o reports/
  supp-tui report monthly board.csv --month 2026-11 -o reports/
  supp-tui report quarterly exports/ --quarter 2026-Q4 -o reports/ --anonymise
"""

@click.command(
    "report", short_help=HELP, epilog=EPILOG,
    help=f"{HELP}\n\nKIND is weekly, monthly or quarterly. {EXPORTS_HELP}",
)
@click.argument("kind", metavar="KIND", type=click.Choice(tuple(KINDS)))
@board_options(anonymise=True)
@click.option("--week", metavar="YYYY-Www", help="ISO week to report, e.g. 2026-W47")
@click.option("--month", metavar="YYYY-MM", help="month to report, e.g. 2026-11")
@click.option("--quarter", metavar="YYYY-Qn", help="quarter to report, e.g. 2026-Q4")
@click.option("-o", "--output", metavar="FOLDER", default="reports",
              type=click.Path(),
              help="folder for <period>.md and its figures (default: reports)")
@click.option("--no-figures", is_flag=True, help="write only the markdown, without PNG figures")
def report(kind: str, board: BoardSource, week: str | None, month: str | None,
           quarter: str | None, output: str, no_figures: bool) -> int:
    """Write the report of one period (by default the last complete one with tickets)."""
    from analysis.report import REPORT_COLUMNS, write_report

    unit = KINDS[kind]
    given = {"week": week, "month": month, "quarter": quarter}
    for other, value in given.items():
        if value and other != unit:
            raise InputError(f"--{other} does not apply to a {kind} report; use --{unit} "
                             f"(or run `supp-tui report {_kind_of(other, KINDS)} ...`).")
    with progress() as step:
        step("Reading the board", 0, None)
        opened = board.open(columns=REPORT_COLUMNS)
        print_warnings(opened.export.warnings)
        step("Building the report", 0, None)
        written = write_report(opened, kind, output, key=given[unit], figures=not no_figures,
                               progress=counting(step, "Drawing figures"))
    figures = len(written.figures)
    print(f"Wrote {written.markdown}" + (
        f" and {figures} figures in {written.markdown.with_suffix('')}/" if figures else ""))
    return 0


def _kind_of(unit: str, kinds: Mapping[str, str]) -> str:
    return next(kind for kind, kind_unit in kinds.items() if kind_unit == unit)
