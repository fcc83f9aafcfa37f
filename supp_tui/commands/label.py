"""`supp-tui label`: step through a board's tickets and label them with single keys."""

from __future__ import annotations

import click

from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options

HELP = "Label a board's tickets in the terminal; every key press is saved to the journal at once."

EPILOG = """\
Keys: the hotkeys in labels.toml set a value (1-8 platform team, letters the macro category),
upper-case keys open a dimension's type-to-filter picker, Enter accepts the top suggestion,
Space goes to the next unlabelled ticket, u undoes, f filters, j jumps to a key, + adds an
option, ? lists every key, q quits. Labels go to <first export>.labels.csv (for a folder,
<folder>.labels.csv beside it; or --journal), one line per change; the export itself is never
modified, and no journal is created until the board has been read.

\b
examples:
  supp-tui label board.csv
  supp-tui label exports/ --journal mine.labels.csv --by ana
"""


@click.command("label", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options()
@click.option("--by", metavar="NAME",
              help="labeller name written with each change (default: $USER)")
def label(board: BoardSource, by: str | None) -> int:
    """Open the labelling app on the board; its exit code is the command's, and a board it
    refused while loading is reported as any bad input is."""
    from supp_tui.app import make_app

    app = make_app(board.exports, framework=board.framework, journal=board.journal,
                   team_field=board.team_field, by=by, cache=board.cache)
    app.run()
    if app.load_error is not None:
        raise app.load_error
    return app.return_code or 0
