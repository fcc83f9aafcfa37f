"""The export, framework, journal and team-field options of every command that reads a board."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

from supp_tui.commands._bundle import Decorator, option_set

if TYPE_CHECKING:
    from analysis.metrics import Board

EXPORTS_HELP = ("EXPORT is a Jira CSV export or a folder of them; several are read as one "
                "board, de-duplicated by issue key.")


@dataclass(frozen=True)
class BoardSource:
    """Where a board comes from: its exports and the framework, journal and team field to use."""

    exports: tuple[str, ...]
    framework: str | None = None
    journal: str | None = None
    team_field: str | None = None

    def open(self, reserved_keys: Sequence[str] = ()) -> Board:
        """Read the board these options describe."""
        from analysis.metrics import open_board

        return open_board(self.exports, framework_path=self.framework,
                          journal_path=self.journal, team_field=self.team_field,
                          reserved_keys=reserved_keys)


def board_options(*, with_journal: bool = True, exports_required: bool = True) -> Decorator:
    """EXPORT... and --framework, --team-field (and --journal unless told not), passed to the
    command as one `board: BoardSource`."""
    decorators = [
        click.argument("exports", nargs=-1, required=exports_required, type=click.Path(),
                       metavar="EXPORT..." if exports_required else "[EXPORT]..."),
        click.option("--framework", metavar="PATH", type=click.Path(),
                     help="labels.toml to use (default: beside the export, then ./labels.toml, "
                          "then built-in)"),
    ]
    if with_journal:
        decorators.append(click.option(
            "--journal", metavar="PATH", type=click.Path(),
            help="label journal to read (default: <first export>.labels.csv)"))
    decorators.append(click.option(
        "--team-field", metavar="FIELD",
        help="export column holding the team, e.g. Components or 'Custom field (Team Name)'; "
             "every distinct value then counts as a team"))
    return option_set("board", BoardSource, decorators)
