"""`supp-tui demo`: write a demo board with its labels.toml into a folder and open the labeller."""

from __future__ import annotations

from pathlib import Path

import click

from supp_tui.commands._types import Count

HELP = "Write a demo board (synthetic SUPP export + labels.toml) into a folder and label it."

EPILOG = """\
\b
examples:
  supp-tui demo
  supp-tui demo -o /tmp/demo --tickets 500 --no-open
"""

BOARD_NAME = "supp-demo.csv"


@click.command("demo", short_help=HELP, help=HELP, epilog=EPILOG)
@click.option("-o", "--output", metavar="FOLDER", default="supp-demo",
              type=click.Path(),
              help="folder for the demo board (default: ./supp-demo); an existing demo board "
                   "there is reopened, labels and all")
@click.option("--tickets", type=Count(min=1), default=3000, metavar="N",
              help="tickets in a new demo board (default 3000, the bundled demo/supp-demo.csv "
                   "together with the default seed)")
@click.option("--seed", type=Count(min=0), default=7, metavar="SEED",
              help="random seed (default 7)")
@click.option("--by", metavar="NAME", help="labeller name written with each change "
                                           "(default: $USER)")
@click.option("--no-open", is_flag=True, help="only write the demo board, do not open the labeller")
def demo(output: str, tickets: int, seed: int, by: str | None, no_open: bool) -> int:
    """Write (or reopen) the demo board and open the labeller on it unless told not to."""
    board = prepare_demo(Path(output), tickets, seed)
    if no_open:
        print(f"Demo board: {board} (labels.toml beside it). Label it with: "
              f"supp-tui label {board}")
        return 0
    from supp_tui.app import make_app

    app = make_app([board], by=by)
    app.run()
    print(f"Labels are in {app.session.journal.path}; reopen with: supp-tui label {board}")
    return app.return_code or 0


def prepare_demo(folder: Path, tickets: int, seed: int) -> Path:
    """The demo board in `folder` (written if missing) with a labels.toml beside it.

    A new demo's labels.toml lists the sample company's teams, locations and services as
    origin options; an existing demo board is left as it is.
    """
    from analysis.errors import InputError
    from analysis.framework import ensure_user_framework
    from analysis.sample import write_sample

    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; give a folder for the demo with -o FOLDER.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create the demo folder {folder}: {error.strerror}.") from None
    board = folder / BOARD_NAME
    if not board.exists():
        add_demo_origins(ensure_user_framework(board))
        write_sample(board, tickets=tickets, seed=seed)
    ensure_user_framework(board)
    return board


def add_demo_origins(framework_path: Path) -> None:
    """Add the sample company's teams, locations and services to the origin dimensions."""
    from analysis.framework import add_options
    from analysis.sample import demo_organisation

    teams, locations, services = demo_organisation()
    for dimension_id, names in (("origin_team", teams), ("origin_location", locations),
                                ("origin_service", services)):
        add_options(framework_path, dimension_id, names)

