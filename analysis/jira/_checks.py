"""Checks on one export file's cells: dates that did not parse, and empty trailing rows."""

from __future__ import annotations

import polars as pl

from analysis.columns import DATE_COLUMNS, SOURCE_RECORD
from analysis.errors import InputError
from analysis.jira._dates import unparsed_examples
from analysis.jira._headers import SettingsFile


def check_dates(
    cells: pl.DataFrame, frame: pl.DataFrame, where: dict[str, list[int]],
    source: str, settings: SettingsFile, warnings: list[str],
) -> None:
    """Warn about date cells that did not parse; most Created cells failing is an error."""
    for field in DATE_COLUMNS:
        if field not in where:
            continue
        raw = cells.get_column(f"_{where[field][0]}")
        parsed = frame.get_column(field)
        if not (parsed.is_null() & raw.is_not_null()).any():
            continue
        failed, examples = unparsed_examples(raw, parsed)
        if not failed:
            continue
        shown = ", ".join(f"'{value}'" for value in examples)
        present = int((raw.str.strip_chars() != "").sum())
        if field == "created" and failed * 2 > present:
            raise InputError(
                f"{failed} of {present} Created values in {source} do not match the date "
                f"format (e.g. {shown}); add date_format = \"...\" {settings.where('export')}."
            )
        warnings.append(
            f"{failed} tickets in {source} have an unparseable {field.capitalize()} date "
            f"(e.g. {shown}); it is left empty"
            + (" and `supp-tui quarantine` leaves them out." if field == "created" else ".")
        )


def without_empty_rows(cells: pl.DataFrame, key_positions: list[int]) -> pl.DataFrame:
    """Drop records whose every cell is empty (Excel leaves such rows at the end)."""
    key = pl.col(f"_{key_positions[0]}")
    keyless = key.is_null() | (key == "")
    if not cells.select(keyless.any()).item():
        return cells
    candidates = cells.filter(keyless)
    data = [c for c in cells.columns if c != SOURCE_RECORD]
    lengths = [pl.col(c).str.strip_chars().str.len_bytes() for c in data]
    empty = candidates.filter(pl.sum_horizontal(lengths).fill_null(0) == 0)
    if empty.is_empty():
        return cells
    return cells.filter(~pl.col(SOURCE_RECORD).is_in(empty.get_column(SOURCE_RECORD).implode()))
