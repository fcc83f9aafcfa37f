"""`supp-tui stats`: the board's headline numbers, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from supp_tui.commands._board import add_board_arguments, load_board

HELP = "Summarise a board: tickets, teams, created and closed per ISO week, open backlog."

EPILOG = """\
JSON (--json) holds: tickets, with_team, with_team_pct, open_backlog, per_team {team: count,
'Unlabelled' included}, weekly [{week, created, closed, backlog}] covering every ISO week from
the earliest created-or-closed date to the latest, and warnings.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_board_arguments(parser)
    parser.epilog = EPILOG
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument(
        "--weeks", type=int, default=12, metavar="N",
        help="weeks shown in the table, most recent last (0 = all; default 12)",
    )


def run(args: argparse.Namespace) -> int:
    from analysis.metrics import board_stats

    board = load_board(args)
    stats = board_stats(board.labelled(), warnings=board.export.warnings)
    if args.json:
        json.dump(stats, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from supp_tui.commands._stats_table import print_stats

        print_stats(stats, board, weeks=args.weeks)
    return 0
