"""`supp-tui framework`: rename or remove an option of labels.toml, keeping its comments."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from analysis.errors import InputError
from supp_tui.commands._group import CommandGroup

if TYPE_CHECKING:
    from analysis.framework import Option

HELP = "Rename or remove an option of labels.toml (comments and layout kept)."

EPILOG = """\
\b
rename DIMENSION OLD NEW  the option OLD (its id, name or alias) gets the name NEW and the id
                          made from it; the old id and name stay as aliases, so the labels
                          already in journals keep their meaning
remove DIMENSION OPTION   takes the option out; the journals of --board and --journal are
                          read first, and when lines use the option it is kept unless
                          --force (renaming keeps such labels instead)

\b
The labels.toml changed is --labels FILE, else the one supp-tui would read for --board
(beside the export), else ./labels.toml; the built-in one is never changed.

\b
examples:
  supp-tui framework rename origin_service rewards-wrker rewards-worker --board board.csv
  supp-tui framework remove product 'Cost reporting' --board board.csv
"""
EXAMPLE_KEYS = 5
Command = TypeVar("Command", bound=Callable[..., Any])


@click.group("framework", cls=CommandGroup, short_help=HELP, help=HELP, epilog=EPILOG)
def framework() -> None:
    """Change the options of a labels.toml."""


def _labels_options(command: Command) -> Command:
    """--labels FILE and --board EXPORT, which choose the labels.toml to change."""
    command = click.option(
        "--board", "boards", metavar="EXPORT", multiple=True, type=click.Path(),
        help="a board (Jira export or folder) whose labels.toml and journal to use; repeatable",
    )(command)
    return click.option(
        "--labels", "--framework", "labels", metavar="FILE", type=click.Path(),
        help="the labels.toml to change (default: beside --board, then ./labels.toml)",
    )(command)


@framework.command("rename", help="Give an option a new name; its old spellings stay aliases.")
@click.argument("dimension")
@click.argument("old")
@click.argument("new")
@_labels_options
def rename(dimension: str, old: str, new: str, labels: str | None,
           boards: tuple[str, ...]) -> int:
    """Rename one option and say what it is now called."""
    from analysis.framework import rename_option
    from supp_tui.keys import APP_RESERVED_KEYS

    path = _labels_file(labels, boards)
    before, changed = rename_option(path, dimension, old, new, APP_RESERVED_KEYS)
    option = changed.dimension(dimension).resolve(before.id)
    assert option is not None
    title = changed.dimension(dimension).title
    print(f"Renamed '{before.name}' to '{option.name}' (id {option.id}) in {title}, in {path}; "
          f"'{before.id}' and '{before.name}' stay as its aliases, so existing labels keep "
          f"their meaning.")
    return 0


@framework.command("remove", help="Take an option out of a dimension.")
@click.argument("dimension")
@click.argument("option")
@_labels_options
@click.option("--journal", "journals", metavar="FILE", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="a label journal to check for lines that use the option; repeatable")
@click.option("--force", is_flag=True, help="remove the option even when journal lines use it")
def remove(dimension: str, option: str, labels: str | None, boards: tuple[str, ...],
           journals: tuple[str, ...], force: bool) -> int:
    """Report the journal lines that use the option, then remove it (or refuse, unless --force)."""
    from analysis.framework import load_framework, remove_option
    from supp_tui.keys import APP_RESERVED_KEYS

    path = _labels_file(labels, boards)
    current = load_framework(path, APP_RESERVED_KEYS).dimension(dimension)
    found = current.resolve(option)
    checked = _journals(boards, journals)
    uses = _uses(checked, dimension, found) if found is not None else []
    if uses and not force:
        raise InputError(
            f"'{found.name if found else option}' of {dimension} is still used by "
            f"{_describe(uses)}; rename it instead (supp-tui framework rename) to keep those "
            f"labels, or pass --force to remove it anyway."
        )
    removed, _ = remove_option(path, dimension, option, APP_RESERVED_KEYS)
    print(f"Removed '{removed.name}' (id {removed.id}) from {current.title}, in {path}.")
    for journal, lines, keys in uses:
        print(f"{journal}: {_count(lines)} use it ({_examples(keys)}); those tickets show "
              f"'{removed.id}' until labelled again.")
    if not checked:
        print("No journal was checked; pass --board EXPORT or --journal FILE to list the "
              "labels that use an option before removing it.")
    elif not uses:
        print(f"No line of {', '.join(map(str, checked))} used it.")
    return 0


def _labels_file(labels: str | None, boards: Sequence[str]) -> Path | None:
    """The labels.toml to change: --labels, else the board's, else ./labels.toml (or None)."""
    from analysis.framework import find_framework

    for board in boards:
        if not Path(board).exists():
            raise InputError(f"Board {board} does not exist; give the path of a Jira export "
                             f"or a folder of them with --board.")
    return find_framework(list(boards), labels)


def _journals(boards: Sequence[str], journals: Sequence[str]) -> list[Path]:
    """The given journals and those of the boards that exist, each once."""
    from analysis.journal import board_journal

    paths = [Path(journal) for journal in journals]
    paths += [location.path for board in boards
              if (location := board_journal([board])).path.is_file()]
    return list(dict.fromkeys(paths))


def _uses(journals: Sequence[Path], dimension: str,
          option: Option) -> list[tuple[Path, int, list[str]]]:
    """(journal, lines, ticket keys) for each journal with lines that use the option."""
    from analysis.journal import read_journal

    uses = []
    for journal in journals:
        entries = [entry for entry in read_journal(journal).entries
                   if entry.dimension == dimension and entry.value == option.id]
        if entries:
            uses.append((journal, len(entries), list(dict.fromkeys(e.key for e in entries))))
    return uses


def _describe(uses: Sequence[tuple[Path, int, list[str]]]) -> str:
    return "; ".join(f"{_count(lines)} of {journal} ({_examples(keys)})"
                     for journal, lines, keys in uses)


def _count(lines: int) -> str:
    return f"{lines:,} journal line{'s' * (lines != 1)}"


def _examples(keys: Sequence[str]) -> str:
    shown = ", ".join(keys[:EXAMPLE_KEYS])
    more = len(keys) - EXAMPLE_KEYS
    return f"tickets {shown}" + (f" and {more:,} more" if more > 0 else "")
