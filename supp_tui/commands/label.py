"""`supp-tui label`: step through a board's tickets and label them with single keys."""

from __future__ import annotations

import click

from analysis.errors import InputError
from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options

HELP = "Label a board's tickets in the terminal; every key press is saved to the journal at once."

EPILOG = """\
Keys: the hotkeys in labels.toml set a value (1-8 platform team, letters the macro category),
upper-case keys open a dimension's type-to-filter picker, Enter accepts the top suggestion,
Space goes to the next unlabelled ticket, u undoes, f filters, j jumps to a key, + adds an
option, ? lists every key, q quits. Labels go to <first export>.labels.csv (for a folder,
<folder>.labels.csv beside it; or --journal), one line per change; the export itself is never
modified, and no journal is created until the board has been read.

--calibrate 10% puts a shared sample of about 10% of the board first (the same tickets for
every labeller, from a fixed seed; a ticket stays in it as the board grows), marked
"calibration 3/40", so `supp-tui agreement` has tickets everyone labelled.

--review with two or more --journal steps through the tickets where those journals disagree,
each labeller's values side by side; a digit keeps that labeller's values as the resolved label,
written as a review decision (who decided, which journals) to --into (default: the board's
journal). A decision sets the dimension at the moment it is made, so it outranks the earlier
labels when journals are merged; a later change to the same label replaces it as usual.

\b
examples:
  supp-tui label board.csv
  supp-tui label exports/ --journal mine.labels.csv --by ana --calibrate 10%
  supp-tui label board.csv --review --journal ana.labels.csv --journal bo.labels.csv --by rita
"""


@click.command("label", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options(with_journal=False)
@click.option("--journal", "journals", multiple=True, metavar="PATH", type=click.Path(),
              help="label journal to write (default: <first export>.labels.csv, or "
                   "<folder>.labels.csv beside a folder); with --review, each journal to review")
@click.option("--by", metavar="NAME",
              help="labeller name written with each change (default: $USER)")
@click.option("--calibrate", metavar="PERCENT",
              help="also show a shared, seeded sample of this share of the board first")
@click.option("--review", is_flag=True,
              help="resolve where the --journal files disagree")
@click.option("--into", metavar="PATH", type=click.Path(),
              help="with --review: the journal that keeps the decisions (default: the board's)")
def label(board: BoardSource, journals: tuple[str, ...], by: str | None,
          calibrate: str | None, review: bool, into: str | None) -> int:
    """Open the labelling app (or the review app) on the board; its exit code is the
    command's, and a board it refused while loading is reported as any bad input is."""
    if review:
        return _review(board, journals, by, into)
    if len(journals) > 1 or into:
        raise InputError("--journal is given more than once (or --into is given) only with "
                         "--review; pass one --journal to label, or add --review.")
    from analysis.metrics import parse_share
    from supp_tui.app import make_app

    share = parse_share(calibrate) if calibrate else 0.0
    app = make_app(board.exports, framework=board.framework,
                   journal=journals[0] if journals else None,
                   team_field=board.team_field, by=by, cache=board.cache, calibrate=share)
    app.run()
    if app.load_error is not None:
        raise app.load_error
    return app.return_code or 0


def _review(board: BoardSource, journals: tuple[str, ...], by: str | None,
            into: str | None) -> int:
    """Run the review app over the journals' disagreements."""
    from pathlib import Path

    from supp_tui.review_app import make_review_app

    if len(set(journals)) < 2:
        raise InputError("--review needs the journals of two or more labellers; pass "
                         "--journal once for each, e.g. --journal ana.labels.csv "
                         "--journal bo.labels.csv.")
    missing = [j for j in journals if not Path(j).is_file()]
    if missing:
        raise InputError(f"the journal {missing[0]} does not exist; check the path given "
                         f"with --journal.")
    app = make_review_app(board.exports, journals, into=into, framework=board.framework,
                          team_field=board.team_field, by=by)
    app.run()
    return app.return_code or 0
