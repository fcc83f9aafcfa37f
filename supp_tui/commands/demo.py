"""`supp-tui demo`: write a demo board with its labels.toml into a folder and open the labeller."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Write a demo board (synthetic SUPP export + labels.toml) into a folder and label it."

BOARD_NAME = "supp-demo.csv"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FOLDER", default="supp-demo",
                        help="folder for the demo board (default: ./supp-demo); an existing "
                             "demo board there is reopened, labels and all")
    parser.add_argument("--tickets", type=int, default=3000, metavar="N",
                        help="tickets in a new demo board (default 3000, the bundled "
                             "demo/supp-demo.csv together with the default seed)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--by", metavar="NAME",
                        help="labeller name written with each change (default: $USER)")
    parser.add_argument("--no-open", action="store_true",
                        help="only write the demo board, do not open the labeller")


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
    if tickets < 1:
        raise InputError(f"--tickets must be at least 1, not {tickets}.")
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


def run(args: argparse.Namespace) -> int:
    folder = Path(args.output)
    board = prepare_demo(folder, args.tickets, args.seed)
    if args.no_open:
        print(f"Demo board: {board} (labels.toml beside it). Label it with: "
              f"supp-tui label {board}")
        return 0
    from supp_tui.app import make_app

    app = make_app([board], by=args.by)
    app.run()
    print(f"Labels are in {app.session.journal.path}; reopen with: supp-tui label {board}")
    return app.return_code or 0
