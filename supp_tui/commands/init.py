"""`supp-tui init`: write a board's first labels.toml from the teams in its own export."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from analysis.errors import InputError
from supp_tui.commands._board import EXPORTS_HELP, exports_argument, team_field_option

if TYPE_CHECKING:
    from analysis.framework import Framework
    from analysis.jira import TeamFieldCandidate

HELP = "Write a labels.toml beside the export whose teams are the board's own team values."

EPILOG = """\
The team field is found in the export: a custom field named after teams (Team, Squad, Team
Name...) when it covers a tenth of the tickets, else a field whose values name teams, else
Labels or Components, whichever more tickets carry. Every value becomes a team option, most
frequent first; spellings that differ in case, separators, a 'team' word or one letter become
aliases of one option, and the most frequent teams get the keys 1-9 and 0. The other
dimensions and settings are the built-in ones; service targets are left commented out.

\b
examples:
  supp-tui init board.csv
  supp-tui init exports/ --team-field 'Custom field (Team Name)'
  supp-tui init board.csv --force
"""

TEAMS_SHOWN = 10


@click.command("init", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@exports_argument()
@team_field_option("export column holding the team, e.g. Labels, Components or "
                   "'Custom field (Team Name)' (default: found from the export)")
@click.option("--force", is_flag=True, help="replace an existing labels.toml")
def init(exports: tuple[str, ...], team_field: str | None, force: bool) -> int:
    """Find the team field, then write labels.toml with its values as the team options."""
    from analysis.framework import (
        board_framework_path,
        check_new_framework,
        initial_framework,
        load_framework,
        write_framework_file,
    )
    from analysis.jira import choose_team_field, forced_team_field, read_export
    from analysis.jira import team_field_candidates as candidates_of
    from supp_tui.keys import APP_RESERVED_KEYS

    target = board_framework_path(exports[0])
    check_new_framework(target, force)
    export = read_export(exports, load_framework(None))
    board = " ".join(shlex.quote(path) for path in exports)
    tickets = export.tickets.height
    if team_field:
        chosen = forced_team_field(export, team_field)
        print(_candidate_table([chosen], tickets))
        reason = "as --team-field asks"
    else:
        candidates = candidates_of(export)
        print(_candidate_table(candidates, tickets))
        found, reason = choose_team_field(candidates, tickets)
        if found is None:
            raise InputError(
                f"No field of {board} holds values that could be teams ({reason}: Labels and "
                f"Components are empty and no other column is named after teams); pass "
                f"--team-field FIELD with the column that holds the team."
            )
        chosen = found
    if not chosen.values.tickets:
        raise InputError(f"No ticket of {board} has a value in {chosen.field}; pass "
                         f"--team-field with a column that holds the team.")
    print(f"Team field: {chosen.field}, {reason}.")
    text, framework = initial_framework(chosen.field, chosen.values.counts, board,
                                        APP_RESERVED_KEYS)
    write_framework_file(target, text, force)
    print(_written(target.as_posix(), framework))
    print(f"Next:\n  supp-tui stats {board}\n  supp-tui label {board}")
    return 0


def _candidate_table(candidates: Sequence[TeamFieldCandidate], tickets: int) -> str:
    """The candidate fields, aligned: tickets with a value, distinct values, examples."""
    rows = [("field", "tickets with a value", "distinct values", "most frequent")]
    for candidate in candidates:
        values = candidate.values
        note = " (values look like ids)" if candidate.values_are_ids else ""
        rows.append((candidate.field, f"{values.tickets:,}", f"{values.distinct:,}",
                     (values.examples() or "-") + note))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [f"Fields that may hold the teams ({tickets:,} tickets):"]
    for row in rows:
        lines.append(f"  {row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}  "
                     f"{row[3]}".rstrip())
    return "\n".join(lines)


def _written(target: str, framework: Framework) -> str:
    """What was written: the file, the team dimension and its most frequent teams."""
    dimension = framework.team_dimension
    options = dimension.options
    shown = ", ".join(
        f"{option.name}" + (f" [{option.hotkey}]" if option.hotkey else "")
        for option in options[:TEAMS_SHOWN]
    )
    more = f", and {len(options) - TEAMS_SHOWN:,} more" if len(options) > TEAMS_SHOWN else ""
    picker = f"; press {dimension.key} in the app to pick any of them" if dimension.key else ""
    return (f"Wrote {target}: dimension '{dimension.title}' with {len(options):,} teams "
            f"({shown}{more}){picker}.")
