"""`supp-tui report`: a weekly, monthly or quarterly markdown report with PNG figures."""

from __future__ import annotations

import argparse

from supp_tui.commands._board import add_board_arguments, load_board

HELP = "Write a weekly, monthly or quarterly markdown report with its PNG figures."

EPILOG = """\
The default period is the last complete one in the data. The report is written as
<output>/<period>.md (e.g. reports/2026-W47.md) with its figures in <output>/<period>/, linked
by relative paths, so the folder can be moved or zipped. The same export, journal and period
always give the same bytes.

--anonymise replaces reporters, assignees, comment authors and account ids by tokens
(person-3f9a2c1b7d), the same for a person in every report. Tokens are a keyed hash of the
name: with the built-in key anyone with a list of candidate names can recompute them; set
SUPP_TUI_ANONYMISE_KEY to a secret your team keeps to prevent that.

examples:
  supp-tui report weekly board.csv -o reports/
  supp-tui report monthly board.csv --month 2026-11 -o reports/
  supp-tui report quarterly exports/ --quarter 2026-Q4 -o reports/ --anonymise
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("kind", choices=("weekly", "monthly", "quarterly"),
                        help="the report's period length")
    add_board_arguments(parser)
    period = parser.add_mutually_exclusive_group()
    period.add_argument("--week", metavar="YYYY-Www", help="ISO week to report, e.g. 2026-W47")
    period.add_argument("--month", metavar="YYYY-MM", help="month to report, e.g. 2026-11")
    period.add_argument("--quarter", metavar="YYYY-Qn", help="quarter to report, e.g. 2026-Q4")
    parser.add_argument("-o", "--output", metavar="FOLDER", default="reports",
                        help="folder for <period>.md and its figures (default: reports)")
    parser.add_argument("--anonymise", "--anonymize", action="store_true",
                        help="replace people and account ids by stable tokens")
    parser.add_argument("--no-figures", action="store_true",
                        help="write only the markdown, without PNG figures")


def run(args: argparse.Namespace) -> int:
    from analysis.errors import InputError
    from analysis.metrics import KINDS
    from analysis.report import write_report

    unit = KINDS[args.kind]
    given = {"week": args.week, "month": args.month, "quarter": args.quarter}
    for other, value in given.items():
        if value and other != unit:
            raise InputError(f"--{other} does not apply to a {args.kind} report; use --{unit} "
                             f"(or run `supp-tui report {_kind_of(other)} ...`).")
    board = load_board(args)
    written = write_report(board, args.kind, args.output, key=given[unit],
                           anonymised=args.anonymise, figures=not args.no_figures)
    figures = len(written.figures)
    print(f"Wrote {written.markdown}" + (
        f" and {figures} figures in {written.markdown.with_suffix('')}/" if figures else ""))
    return 0


def _kind_of(unit: str) -> str:
    return {"week": "weekly", "month": "monthly", "quarter": "quarterly"}[unit]
