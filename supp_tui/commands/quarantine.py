"""`supp-tui quarantine`: copy the useful tickets to a new export and say why others were left."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options
from supp_tui.commands._output import check_output_file

if TYPE_CHECKING:
    from analysis.jira import Quarantine

HELP = "Write the useful tickets (team, key, Created date) to a new CSV, byte-for-byte."

EPILOG = """\
A ticket is useful when it has an issue key, a Created date that parses and a team: the team
given in the label journal (--journal; by default <export>.labels.csv beside the first export,
or <folder>.labels.csv beside a folder), else the team field of labels.toml (or --team-field),
as stats counts it. Of several rows with the same key only the most recently updated one is
kept. The output keeps the export's header line and every kept record exactly as
it was, so Jira and supp-tui read it as any other export. Several exports must share one header.
A pulled board (.jsonl) gives JSON lines: each kept issue's line as it was, with the pull record.

\b
examples:
  supp-tui quarantine board.csv -o useful.csv
  supp-tui quarantine exports/ -o useful.csv --team-field Components --list
  supp-tui quarantine supp.jsonl -o useful.jsonl
"""

EXAMPLES_SHOWN = 5


@click.command("quarantine", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options()
@click.option("-o", "--output", required=True, metavar="FILE", type=click.Path(),
              help="CSV file to write the useful tickets to (never one of the exports)")
@click.option("--force", is_flag=True, help="replace FILE if it exists")
@click.option("--list", "list_all", is_flag=True,
              help="list every ticket left out, with its reason")
def quarantine(board: BoardSource, output: str, list_all: bool, force: bool) -> int:
    """Copy the useful tickets to `output` and print what was left out and why."""
    check_output_file(output, force)
    from analysis.framework import find_framework, load_framework
    from analysis.jira import quarantine as keep_useful
    from analysis.journal import board_journal, read_labels_warned
    from analysis.metrics import labelled_tickets

    framework = load_framework(find_framework(board.exports, board.framework))
    journal = board_journal(board.exports, board.journal)
    labels, skipped = read_labels_warned(journal.path)
    result = keep_useful(
        board.exports, output, framework, board.team_field,
        effective_teams=lambda tickets: labelled_tickets(tickets, labels, framework),
    )
    print(summary(result, list_all=list_all))
    for warning in (*journal.warnings, *skipped):
        print(f"warning: {warning}")
    return 0


def summary(result: Quarantine, list_all: bool = False) -> str:
    """The human summary: totals, reasons with example tickets, and the per-team table."""
    total = result.tickets.height
    lines = [f"Kept {result.kept:,} of {total:,} tickets in {result.output}."]
    left_out = {reason: count for reason, count in result.left_out.items() if count}
    if left_out:
        lines.append(f"Left out {total - result.kept:,}:")
        width = max(len(reason) for reason in left_out)
        for reason, count in left_out.items():
            shown = _examples(result, reason, None if list_all else EXAMPLES_SHOWN)
            lines.append(f"  {reason:<{width}}  {count:>7,}  {shown}")
    lines += ["", *_team_table(result)]
    lines += [f"warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


def _examples(result: Quarantine, reason: str, limit: int | None) -> str:
    """Tickets left out for one reason: keys, or file and record number when there is no key."""
    from pathlib import Path

    import polars as pl

    rows = result.tickets.filter(pl.col("reason") == reason)
    shown = rows if limit is None else rows.head(limit)
    names = [
        key or f"{Path(source).name} record {record + 1}"
        for key, source, record in shown.select("key", "source_file", "source_record").iter_rows()
    ]
    more = "" if limit is None or rows.height <= limit else f", … {rows.height - limit:,} more"
    return ", ".join(names) + more


def _team_table(result: Quarantine) -> list[str]:
    """Aligned per-team counts of kept tickets and of each reason, with a total row."""
    table = result.per_team()
    headers = ["team", *table.columns[1:]]
    rows = [[str(row[0]), *(f"{value:,}" for value in row[1:])] for row in table.iter_rows()]
    rows.append(["total", f"{result.kept:,}", *(f"{n:,}" for n in result.left_out.values())])
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        return "  ".join([first, *(f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:]))]).rstrip()

    lines = [line(headers), *(line(row) for row in rows)]
    if (result.tickets.get_column("team").list.len() > 1).any():
        lines.append("A ticket with several teams counts once for each team, once in the total.")
    return lines
