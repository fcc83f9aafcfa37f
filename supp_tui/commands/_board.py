"""The export, framework, journal and team-field options of every command that reads a board."""

from __future__ import annotations

import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

from supp_tui.commands._bundle import Decorator, option_set

if TYPE_CHECKING:
    from analysis.metrics import Board

EXPORTS_HELP = ("EXPORT is a Jira CSV export, a board pulled with `supp-tui pull` (.jsonl), or a "
                "folder of them; several are read as one board, de-duplicated by issue key.")


@dataclass(frozen=True)
class BoardSource:
    """Where a board comes from: its exports and the framework, journal and team field to use."""

    exports: tuple[str, ...]
    framework: str | None = None
    journal: str | None = None
    team_field: str | None = None
    anonymise: bool = False
    cache: bool = True

    def open(self, reserved_keys: Sequence[str] = (),
             columns: Collection[str] | None = None) -> Board:
        """Read the board these options describe (only `columns` when given), anonymised when
        asked (saying on stderr when the tokens can be recomputed)."""
        from analysis.metrics import key_warning, open_board

        warning = key_warning() if self.anonymise else None
        if warning:
            print_warnings([warning])
        return open_board(self.exports, framework_path=self.framework,
                          journal_path=self.journal, team_field=self.team_field,
                          reserved_keys=reserved_keys, anonymised=self.anonymise,
                          columns=columns, cache=self.cache)


def exports_argument(required: bool = True) -> Decorator:
    """The EXPORT... argument: files or folders read as one board."""
    return click.argument("exports", nargs=-1, required=required, type=click.Path(),
                          metavar="EXPORT..." if required else "[EXPORT]...")


def team_field_option(help_text: str = "export column holding the team, e.g. Components or "
                      "'Custom field (Team Name)'; every distinct value then counts as a team",
                      ) -> Decorator:
    """The --team-field FIELD option."""
    return click.option("--team-field", metavar="FIELD", help=help_text)


def board_options(*, with_journal: bool = True, exports_required: bool = True,
                  anonymise: bool = False) -> Decorator:
    """EXPORT... and --framework, --team-field, --no-cache (and --journal unless told not,
    --anonymise when told), passed to the command as one `board: BoardSource`."""
    decorators: list[Decorator] = [
        exports_argument(exports_required),
        click.option("--framework", metavar="PATH", type=click.Path(),
                     help="labels.toml to use (default: beside the export, then ./labels.toml, "
                          "then built-in)"),
    ]
    if with_journal:
        decorators.append(click.option(
            "--journal", metavar="PATH", type=click.Path(),
            help="label journal to read (default: <first export>.labels.csv, or "
                 "<folder>.labels.csv beside a folder)"))
    decorators.append(team_field_option())
    decorators.append(click.option(
        "--no-cache", "cache", is_flag=True, flag_value=False, default=True,
        help="read the exports afresh instead of the parse cache (kept in the user cache "
             "folder, or $SUPP_TUI_CACHE_DIR)"))
    if anonymise:
        decorators.append(click.option(
            "--anonymise", "--anonymize", is_flag=True,
            help="replace people (and their names, emails, phone numbers and account ids in "
                 "ticket text) by stable tokens keyed by $SUPP_TUI_ANONYMISE_KEY"))
    return option_set("board", BoardSource, decorators)


def print_warnings(warnings: Sequence[str]) -> None:
    """Print the reader's warnings on stderr, one line each."""
    for warning in warnings:
        print(f"supp-tui: warning: {warning}", file=sys.stderr)
