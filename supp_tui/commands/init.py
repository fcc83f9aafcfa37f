"""`supp-tui init`: write a board's first labels.toml from the teams in its own export."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from analysis.errors import InputError
from supp_tui.commands._board import EXPORTS_HELP, exports_argument, team_field_option

if TYPE_CHECKING:
    from analysis.framework import ExportSettings, Framework
    from analysis.jira import Export, TeamFieldCandidate

HELP = "Write a labels.toml beside the export whose teams are the board's own team values."

EPILOG = """\
When most tickets already name a built-in team, the built-in teams are kept. Otherwise the team field is found in the export: a custom field named after teams (Team, Squad, Team
Name...) when it covers a tenth of the tickets, else a field whose values name teams, else
Labels or Components, whichever more tickets carry. Every value becomes a team option, most
frequent first; spellings that differ in case, separators, a 'team' word or one letter become
aliases of one option, and the most frequent teams get the keys 1-9 and 0. The other
dimensions and settings are the built-in ones; service targets are left commented out. The
[export] settings that read the board are written too: those of the labels.toml being
replaced (with --force), and the headers of an unknown language the reader placed.

\b
examples:
  supp-tui init board.csv
  supp-tui init exports/ --team-field 'Custom field (Team Name)'
  supp-tui init board.csv --force
"""

TEAMS_SHOWN = 10
# With no labels.toml yet, the built-in teams are kept when this share of tickets names one.
KEEP_BUILT_IN_SHARE = 0.5


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
        read_export_settings,
        write_framework_file,
    )
    from analysis.jira import read_export
    from supp_tui.keys import APP_RESERVED_KEYS

    target = board_framework_path(exports[0])
    check_new_framework(target, force)
    reading = load_framework(None)
    if target.is_file():
        reading = reading.model_copy(update={"export": read_export_settings(target)})
    export = read_export(exports, reading)
    board = " ".join(shlex.quote(path) for path in exports)
    chosen = _team_field(export, team_field, board)
    values = None if chosen is None else chosen.values.counts
    field = reading.team.field if chosen is None else chosen.field
    text, framework = initial_framework(field, values, board, APP_RESERVED_KEYS,
                                        export=_export_settings(reading, export.guessed_columns))
    write_framework_file(target, text, force)
    print(_written(target.as_posix(), framework))
    print(f"Next:\n  supp-tui stats {board}\n  supp-tui label {board}")
    return 0


def _team_field(export: Export, team_field: str | None, board: str
                ) -> TeamFieldCandidate | None:
    """The field whose values become the teams, printing the candidates and the reason; None
    keeps the built-in teams, which most tickets already name."""
    import polars as pl

    from analysis.jira import choose_team_field, forced_team_field
    from analysis.jira import team_field_candidates as candidates_of

    tickets = export.tickets.height
    if team_field:
        chosen = forced_team_field(export, team_field)
        print(_candidate_table([chosen], tickets))
        reason = "as --team-field asks"
    else:
        candidates = candidates_of(export)
        print(_candidate_table(candidates, tickets))
        named = float(export.tickets.select((pl.col("team").list.len() > 0).mean()).item() or 0)
        if named >= KEEP_BUILT_IN_SHARE:
            print(f"Team field kept, with the built-in teams: {named:.0%} of the tickets "
                  f"already name one (pass --team-field FIELD to build the teams from "
                  f"another field).")
            return None
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
    return chosen


def _export_settings(reading: Framework, guessed: dict[str, str]) -> ExportSettings:
    """The settings that read this board: the [export] section of the labels.toml being
    replaced, plus the headers the reader placed by structure, pinned."""
    settings = reading.export
    return settings.model_copy(update={"columns": {**guessed, **settings.columns}})


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
