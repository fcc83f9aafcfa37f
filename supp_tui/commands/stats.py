"""`supp-tui stats`: the board's headline numbers, as a table or as JSON."""

from __future__ import annotations

import json
import sys

import click

from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings
from supp_tui.commands._types import Count

HELP = "Summarise a board: tickets, teams, created and closed per ISO week, open backlog."

EPILOG = """\
JSON (--json) holds: tickets, with_team, with_team_pct, labelled and labelled_pct (complete
tickets: every required dimension of labels.toml has a value), open_backlog, per_team {team: count,
'Unlabelled' included}, per_labeller {labeller: {labelled, complete}} (the tickets each
journal author changed, and how many of those are now complete), weekly [{week, created, closed,
backlog}] covering every ISO week from the earliest created-or-closed date to the latest,
workload [{assignee, assigned, closed, open, median_resolution_hours, median_response_hours}] per
assignee over the whole board (assigned: tickets they hold, by the export's Assignee;
'Unassigned' for none), workload_weekly [{period, assignee, assigned, closed,
median_resolution_hours, median_response_hours}] per ISO week (tickets created / closed that
week), and warnings.

\b
examples:
  supp-tui stats board.csv
  supp-tui stats exports/ --weeks 0
  supp-tui stats board.csv --team-field Components --json
"""


@click.command("stats", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options(anonymise=True)
@click.option("--json", "as_json", is_flag=True, help="print one JSON object instead")
@click.option("--weeks", type=Count(min=0), default=12, metavar="N",
              help="weeks shown in the table, most recent last (0 = all; default 12)")
def stats(board: BoardSource, as_json: bool, weeks: int) -> int:
    """Print the board's numbers as tables, or as one JSON object."""
    from analysis.metrics import (
        STATS_COLUMNS,
        WORKLOAD_COLUMNS,
        Clock,
        board_progress,
        board_stats,
        progress_dict,
        with_durations,
        workload_stats,
    )

    opened = board.open(columns=(*STATS_COLUMNS, *WORKLOAD_COLUMNS))
    labelled = opened.labelled()
    numbers = board_stats(labelled, opened.framework, warnings=opened.export.warnings)
    numbers["per_labeller"] = progress_dict(board_progress(opened, labelled))
    clock = Clock.from_targets(opened.framework.targets)
    warnings = numbers.pop("warnings")
    numbers |= workload_stats(with_durations(labelled, clock))
    numbers["warnings"] = warnings
    if as_json:
        print_warnings(numbers["warnings"])
        json.dump(numbers, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from supp_tui.commands._stats_table import print_stats

        print_stats(numbers, opened, weeks=weeks)
    return 0
