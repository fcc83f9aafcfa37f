"""`supp-tui label`: step through a board's tickets and label them with single keys."""

from __future__ import annotations

import argparse

from supp_tui.commands._board import add_board_arguments

HELP = "Label a board's tickets in the terminal; every key press is saved to the journal at once."

EPILOG = """\
Keys: the hotkeys in labels.toml set a value (1-8 platform team, letters the macro category),
upper-case keys open a dimension's type-to-filter picker, Enter accepts the top suggestion,
Space goes to the next unlabelled ticket, u undoes, f filters, j jumps to a key, + adds an
option, ? lists every key, q quits. Labels go to <first export>.labels.csv (or --journal), one
line per change; the export itself is never modified.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_board_arguments(parser)
    parser.epilog = EPILOG
    parser.add_argument("--by", metavar="NAME",
                        help="labeller name written with each change (default: $USER)")


def run(args: argparse.Namespace) -> int:
    from supp_tui.app import make_app

    app = make_app(args.exports, framework=args.framework, journal=args.journal,
                   team_field=args.team_field, by=args.by)
    app.run()
    return app.return_code or 0
