"""Where a board's label journal lives: `<export>.labels.csv` beside a file, `<folder>.labels.csv`
beside a folder of exports (never inside it, where the reader looks for exports)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

SUFFIX = ".labels.csv"
# A journal inside a folder of exports, which a folder's labels may already be in: read with a
# warning, never written.
FOLDER_JOURNAL_INSIDE = "board.csv" + SUFFIX


class JournalLocation(NamedTuple):
    """The journal a board uses, and sentences worth showing about that choice."""

    path: Path
    warnings: tuple[str, ...] = ()


def default_journal_path(export: str | Path) -> Path:
    """The journal beside an export: `<export>.labels.csv`, or `<folder>.labels.csv` for a folder."""
    export = Path(export)
    if export.name in ("", ".."):
        export = Path(os.path.abspath(export))
    if not export.name:
        return export / SUFFIX.removeprefix(".")
    return export.with_name(export.name + SUFFIX)


def board_journal(exports: Sequence[str | Path], given: str | Path | None = None) -> JournalLocation:
    """The given journal, else the default beside the first export.

    A folder whose journal still sits inside it (`board.csv.labels.csv`) keeps using that one,
    with a warning, until a journal beside the folder exists.
    """
    if given:
        return JournalLocation(Path(given))
    first = Path(exports[0])
    default = default_journal_path(first)
    inside = first / FOLDER_JOURNAL_INSIDE
    if first.is_dir() and not default.exists() and inside.is_file():
        warning = (f"Using the label journal {inside} inside the export folder; move it to "
                   f"{default} (beside the folder) to keep it apart from the exports.")
        return JournalLocation(inside, (warning,))
    return JournalLocation(default)
