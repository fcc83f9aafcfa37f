"""`supp-tui labels`: export the journal's current labels, or merge several journals."""

from __future__ import annotations

import argparse
import sys

from supp_tui.commands._board import add_board_arguments

HELP = "Export the current labels (csv, toml, or a Jira-import CSV) or merge label journals."

EPILOG = """\
export --format csv   key and one column per dimension (several values joined with '; ')
export --format toml  one table per ticket
export --format jira  Issue key, Summary and repeated Labels columns: the ticket's Jira labels
                      plus the new ones (team aliases such as 'platops', else dimension:option),
                      ready for Jira's CSV importer to update the issues
merge A B -o C        one journal with every line of A and B in time order
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    actions = parser.add_subparsers(dest="labels_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the current labels of a board to a file")
    add_board_arguments(export)
    export.add_argument("--format", choices=("csv", "toml", "jira"), default="csv",
                        help="output format (default csv)")
    export.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="file to write ('-' for standard output)")
    merge = actions.add_parser("merge", help="merge label journals into one")
    merge.add_argument("journals", nargs="+", metavar="JOURNAL", help="journals to merge")
    merge.add_argument("-o", "--output", metavar="FILE", required=True,
                       help="merged journal to write")


def run(args: argparse.Namespace) -> int:
    if args.labels_action == "merge":
        return _merge(args)
    from analysis.journal import export_labels, render_labels
    from supp_tui.commands._board import load_board

    board = load_board(args)
    if args.output == "-":
        sys.stdout.write(render_labels(args.format, board.tickets, board.labels, board.framework))
        return 0
    count = export_labels(board.tickets, board.labels, board.framework, args.format, args.output)
    print(f"Wrote the labels of {count:,} tickets to {args.output} ({args.format}).",
          file=sys.stderr)
    return 0


def _merge(args: argparse.Namespace) -> int:
    from pathlib import Path

    from analysis.errors import InputError
    from analysis.journal import merge_journals

    missing = [j for j in args.journals if not Path(j).is_file()]
    if missing:
        raise InputError(f"journal {missing[0]} does not exist; check the path.")
    output = Path(args.output)
    if output.resolve() in {Path(j).resolve() for j in args.journals}:
        raise InputError(f"{output} is one of the journals being merged; write to a new file.")
    if not output.parent.is_dir():
        raise InputError(f"cannot write {output}: the folder {output.parent} does not exist.")
    lines = merge_journals(args.journals, output)
    print(f"Merged {len(args.journals)} journals ({lines:,} lines) into {output}.",
          file=sys.stderr)
    return 0
