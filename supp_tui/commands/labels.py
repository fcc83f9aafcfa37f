"""`supp-tui labels`: export the journal's current labels, or merge several journals."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from analysis.errors import InputError
from analysis.names import LABEL_FORMATS
from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings
from supp_tui.commands._group import CommandGroup
from supp_tui.commands._output import check_output_file

HELP = "Export the current labels (csv, toml, or a Jira-import CSV) or merge label journals."

EPILOG = """\
\b
export --format csv   key and one column per dimension (several values joined with '; ')
export --format toml  one table per ticket
export --format jira  Issue key, Summary and repeated Labels columns: the ticket's Jira labels
                      plus the new ones (team aliases such as 'platops', else dimension:option),
                      ready for Jira's CSV importer to update the issues
merge A B -o C        one journal with every line of A and B once, in time order (ties by
                      labeller, never by argument order); a label the journals end on
                      differently, where the merge drops a value one kept, is listed as a
                      conflict with what the merge keeps (the latest change);
                      unreadable lines are listed by file and line; C must be new (--force)

\b
examples:
  supp-tui labels export board.csv -o labels.csv
  supp-tui labels export board.csv --format jira -o jira-import.csv
  supp-tui labels merge ana.labels.csv ben.labels.csv -o team.labels.csv
"""

@click.group("labels", cls=CommandGroup, short_help=HELP, help=HELP, epilog=EPILOG)
def labels() -> None:
    """Export or merge labels."""


@labels.command("export", help=f"Write the current labels of a board to a file.\n\n{EXPORTS_HELP}")
@board_options(anonymise=True)
@click.option("--format", "output_format", type=click.Choice(LABEL_FORMATS), default="csv",
              help="output format (default csv)")
@click.option("-o", "--output", metavar="FILE", required=True,
              type=click.Path(allow_dash=True),
              help="file to write ('-' for standard output)")
@click.option("--force", is_flag=True, help="replace FILE if it exists")
def export(board: BoardSource, output_format: str, output: str, force: bool) -> int:
    """Write the board's current labels in one format, to a file or standard output."""
    from analysis.journal import EXPORT_COLUMNS, export_labels, render_labels

    if output != "-":
        check_output_file(output, force)
    opened = board.open(columns=EXPORT_COLUMNS)
    print_warnings(opened.export.warnings)
    if output == "-":
        sys.stdout.write(render_labels(output_format, opened.tickets, opened.labels,
                                       opened.framework))
        return 0
    count = export_labels(opened.tickets, opened.labels, opened.framework, output_format, output)
    print(f"Wrote the labels of {count:,} tickets to {output} ({output_format}).",
          file=sys.stderr)
    return 0


@labels.command("merge", help="Merge label journals into one, every line once in time order.")
@click.argument("journals", nargs=-1, required=True, metavar="JOURNAL...",
                type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", metavar="FILE", required=True, type=click.Path(),
              help="merged journal to write (a new file unless --force)")
@click.option("--force", is_flag=True, help="replace FILE if it exists")
def merge(journals: tuple[str, ...], output: str, force: bool) -> int:
    """Write one journal holding every line of the given ones; list conflicts on stderr."""
    from analysis.journal import merge_journals

    for journal in journals:
        if not Path(journal).is_file():
            raise InputError(f"{journal} is not a regular file (a pipe, socket or device); "
                             f"pass the label journal's file.")
    target = check_output_file(output, force)
    if not target.parent.is_dir():
        raise InputError(f"cannot write {target}: the folder {target.parent} does not exist.")
    result = merge_journals(journals, target, force=force)
    print_warnings(result.warnings)
    for conflict in result.conflicts:
        print(f"supp-tui: conflict: {conflict.sentence()}", file=sys.stderr)
    count = len(result.conflicts)
    conflicts = (f"; {count} conflicting label{'s' if count != 1 else ''} (listed above, "
                 f"each with what the merge keeps)" if count else "")
    print(f"Merged {len(journals)} journals ({result.lines:,} lines) into {target}{conflicts}.",
          file=sys.stderr)
    return 0
