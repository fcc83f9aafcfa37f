"""Checks on one export file's cells: dates that did not parse or are implausible, and empty
trailing rows."""

from __future__ import annotations

import polars as pl

from analysis.columns import DATE_COLUMNS, SOURCE_RECORD
from analysis.jira._dates import EARLIEST, DateFormat, no_format_error
from analysis.jira._headers import SettingsFile


def failed_dates(
    cells: pl.DataFrame, frame: pl.DataFrame, where: dict[str, list[int]],
) -> dict[str, pl.Series]:
    """Non-empty raw texts of each date column, and of comment dates, that parsed to null."""
    failed: dict[str, pl.Series] = {}
    for field in DATE_COLUMNS:
        if field in where:
            raw, parsed = cells.get_column(f"_{where[field][0]}"), frame.get_column(field)
            if parsed.null_count() > raw.null_count():
                texts = raw.filter(parsed.is_null() & (raw.str.strip_chars() != ""))
                if texts.len():
                    failed[field] = texts
    comment = pl.element().struct.field
    undated = pl.col("comments").list.eval(
        comment("at").is_null() & comment("author").is_not_null())
    if where.get("comments") and frame.select(undated.explode().any()).item():
        rows = cells.filter(frame.select(undated.list.any()).to_series())
        parts = [rows.get_column(f"_{i}").str.splitn(";", 3) for i in where["comments"]]
        texts = pl.concat([p.struct.field("field_0").filter(p.struct.field("field_2").is_not_null())
                           for p in parts])
        if texts.len():
            failed["comments"] = texts
    return failed


def check_dates(
    failed: dict[str, pl.Series], cells: pl.DataFrame, where: dict[str, list[int]],
    dates: DateFormat, source: str, settings: SettingsFile, warnings: list[str],
) -> None:
    """Warn about dates outside the plausible range and dates that did not parse; most
    Created cells failing to parse is an error."""
    for field, texts in failed.items():
        name = "Comment" if field == "comments" else field.capitalize()
        readable = pl.select(dates.every_known().parse(pl.lit(texts), plausible=False)).to_series()
        implausible = texts.filter(readable.is_not_null())
        if implausible.len():
            warnings.append(
                f"{implausible.len()} {name} dates in {source} lie outside "
                f"{EARLIEST:%Y-%m-%d} to {dates.latest:%Y-%m-%d} (e.g. {_shown(implausible)}), "
                f"so they are left empty rather than stretch every series; correct them in "
                f"Jira and export again."
            )
        unparsed = texts.filter(readable.is_null())
        if field == "comments" or not unparsed.len():
            continue
        present = int((cells.get_column(f"_{where[field][0]}").str.strip_chars() != "").sum())
        if field == "created" and unparsed.len() * 2 > present:
            explicit = dates.patterns[0] if dates.explicit else None
            raise no_format_error(unparsed, explicit, source, settings)
        warnings.append(
            f"{unparsed.len()} tickets in {source} have an unparseable {name} date "
            f"(e.g. {_shown(unparsed)}); it is left empty"
            + (" and `supp-tui quarantine` leaves them out." if field == "created" else ".")
        )


def _shown(texts: pl.Series) -> str:
    """Up to three distinct texts, quoted."""
    return ", ".join(f"'{value}'" for value in texts.unique(maintain_order=True).head(3))


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
