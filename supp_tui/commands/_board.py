"""Arguments and loading shared by every command that reads a board."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.metrics import Board


def add_board_arguments(parser: argparse.ArgumentParser, journal: bool = True) -> None:
    """Add the export paths and the framework, team-field and (unless told not) journal options."""
    parser.add_argument(
        "exports", nargs="+", metavar="EXPORT",
        help="Jira CSV export(s) or folder(s) of them, read as one board (de-duplicated by key)",
    )
    parser.add_argument(
        "--framework", metavar="PATH",
        help="labels.toml to use (default: beside the export, then ./labels.toml, then built-in)",
    )
    if journal:
        parser.add_argument(
            "--journal", metavar="PATH",
            help="label journal to read (default: <first export>.labels.csv)",
        )
    parser.add_argument(
        "--team-field", metavar="FIELD",
        help="export column holding the team, e.g. Components or 'Custom field (Team Name)'; "
             "every distinct value then counts as a team",
    )


def load_board(args: argparse.Namespace, reserved_keys=()) -> Board:
    """Open the board the parsed arguments describe."""
    from analysis.metrics import open_board

    return open_board(
        args.exports, framework_path=args.framework, journal_path=args.journal,
        team_field=args.team_field, reserved_keys=reserved_keys,
    )
