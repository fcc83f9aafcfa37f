"""A board: the tickets of one or more exports, the framework and the journal beside them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from analysis.framework import Framework, find_framework, load_framework
from analysis.jira import Export, read_board
from analysis.journal import board_journal, read_labels_warned
from analysis.metrics._anonymise import anonymise
from analysis.metrics._journal_checks import label_warnings
from analysis.metrics._labelled import labelled_tickets
from analysis.metrics._titles import board_framework


@dataclass(frozen=True)
class Board:
    """Everything a command needs about one board, loaded once."""

    export: Export
    framework: Framework
    journal_path: Path
    labels: pl.DataFrame
    team_field: str | None = None
    anonymised: bool = False
    journal_skipped: int = 0  # journal lines skipped as torn or unparsable

    @property
    def tickets(self) -> pl.DataFrame:
        return self.export.tickets

    def labelled(self) -> pl.DataFrame:
        """The tickets with the journal's labels and the effective team (`labelled_tickets`)."""
        return labelled_tickets(self.tickets, self.labels, self.framework)


def open_board(
    exports: Sequence[str | Path],
    framework_path: str | Path | None = None,
    journal_path: str | Path | None = None,
    team_field: str | None = None,
    reserved_keys: Sequence[str] = (),
    anonymised: bool = False,
    columns: Collection[str] | None = None,
    cache: bool = True,
) -> Board:
    """Read the exports, the framework that applies to them and the journal beside the first one
    (with people replaced by tokens when `anonymised`; the parse cache unless `cache` is False).

    `columns` are the ticket columns the caller uses (None: all); anonymising reads every
    column, since names in one column are scrubbed from the text of others.
    """
    paths = [Path(p) for p in exports]
    found = find_framework(paths, Path(framework_path) if framework_path else None)
    framework = board_framework(load_framework(found, reserved_keys=reserved_keys), team_field)
    export = read_board(paths, framework, team_field,
                        columns=None if anonymised else columns, cache=cache)
    journal = board_journal(paths, journal_path)
    labels, skipped = read_labels_warned(journal.path)
    warnings = (*journal.warnings, *skipped,
                *label_warnings(labels, export.tickets, framework, journal.path))
    if warnings:
        export = replace(export, warnings=(*export.warnings, *warnings))
    board = Board(export=export, framework=framework, journal_path=journal.path,
                  labels=labels, team_field=team_field, journal_skipped=len(skipped))
    return anonymised_board(board) if anonymised else board


def anonymised_board(board: Board) -> Board:
    """The board with every person and the free text naming them replaced by tokens, once."""
    if board.anonymised:
        return board
    tickets = anonymise(board.export.tickets)
    return replace(board, export=replace(board.export, tickets=tickets), anonymised=True)
