"""The `supp-tui` command line: parse arguments, run one command, map user errors to exit 2."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from analysis.errors import InputError
from supp_tui import __version__

# One module per command in supp_tui/commands/, each exposing HELP, add_arguments(parser) and
# run(args) -> int. Modules keep heavy imports (polars, textual, matplotlib) inside run().
COMMANDS = (
    "sample",
    "stats",
    "quarantine",
    "report",
    "chart",
    "figures",
    "label",
    "demo",
    "labels",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with one subcommand per module in COMMANDS."""
    parser = argparse.ArgumentParser(
        prog="supp-tui",
        description="Label Jira support tickets in the terminal and report on them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"supp_tui.commands.{name.replace('-', '_')}")
        sub = subparsers.add_parser(
            name, help=module.HELP, description=module.HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(f"supp-tui: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
