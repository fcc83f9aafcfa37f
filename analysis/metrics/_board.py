"""A board: the tickets of one or more exports, the framework, and the labels journal beside them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from analysis.framework._model import Framework, find_framework, load_framework
from analysis.jira._reader import Export, read_export
from analysis.journal._format import default_journal_path, read_labels


@dataclass(frozen=True)
class Board:
    """Everything a command needs about one board, loaded once."""

    export: Export
    framework: Framework
    journal_path: Path
    labels: pl.DataFrame
    team_field: str | None = None

    @property
    def tickets(self) -> pl.DataFrame:
        return self.export.tickets


def open_board(
    exports: Sequence[str | Path],
    framework_path: str | Path | None = None,
    journal_path: str | Path | None = None,
    team_field: str | None = None,
    reserved_keys: Sequence[str] = (),
) -> Board:
    """Read the exports, the framework that applies to them and the journal beside the first one."""
    paths = [Path(p) for p in exports]
    found = find_framework(paths, Path(framework_path) if framework_path else None)
    framework = load_framework(found, reserved_keys=reserved_keys)
    export = read_export(paths, framework, team_field)
    journal = board_journal_path(paths, journal_path)
    return Board(export=export, framework=framework, journal_path=journal,
                 labels=read_labels(journal), team_field=team_field)


def board_journal_path(
    exports: Sequence[str | Path], journal_path: str | Path | None = None
) -> Path:
    """The journal a board uses: the given path, else `<first export>.labels.csv`."""
    if journal_path:
        return Path(journal_path)
    return default_journal_path(_journal_anchor([Path(p) for p in exports]))


def _journal_anchor(paths: Sequence[Path]) -> Path:
    """The file the default journal sits beside: the first export, or a folder's own name."""
    first = paths[0]
    return first / "board.csv" if first.is_dir() else first


def labelled_tickets(board: Board) -> pl.DataFrame:
    """Tickets plus one list column per framework dimension, from the journal's current labels.

    Values are option names where the framework knows them. Unless the board was opened with an
    explicit team field, the `team` column takes the team dimension's journal values where a
    ticket has any and keeps the export's team otherwise.
    """
    return with_dimension_columns(
        board.tickets, board.labels, board.framework, team_from_journal=board.team_field is None
    )


def with_dimension_columns(
    tickets: pl.DataFrame, labels: pl.DataFrame, framework: Framework,
    team_from_journal: bool = True,
) -> pl.DataFrame:
    """Join the long (key, dimension, value) labels onto tickets as one list[str] column each."""
    frame = tickets
    for dimension in framework.dimensions:
        names = {o.id: o.name for o in dimension.options}
        values = (
            labels.filter(pl.col("dimension") == dimension.id)
            .with_columns(pl.col("value").replace(names))
            .group_by("key", maintain_order=True)
            .agg(pl.col("value").unique(maintain_order=True).alias(dimension.id))
        )
        if dimension.id in frame.columns:
            frame = frame.drop(dimension.id)
        frame = frame.join(values, on="key", how="left").with_columns(
            pl.col(dimension.id).fill_null(pl.lit([], dtype=pl.List(pl.String)))
        )
    team_dimension = framework.team.dimension
    if team_from_journal and team_dimension in frame.columns:
        frame = frame.with_columns(
            pl.when(pl.col(team_dimension).list.len() > 0)
            .then(pl.col(team_dimension))
            .otherwise(pl.col("team"))
            .alias("team")
        )
    return frame
