"""A board's date formats, decided once from the date texts of all its files.

Month names come from the texts themselves (Babel only when a word is not English), the
day/month order from the numeric dates of every file, and the formats are those that read a
spread sample of every date column; a file's values the sample missed widen them later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import polars as pl

from analysis.errors import InputError
from analysis.framework import ExportSettings
from analysis.jira._dates import DateFormat, candidate_formats, no_format_error
from analysis.jira._headers import SettingsFile
from analysis.jira._months import MonthRewrite, month_rewrite, needs_names

SAMPLE_PER_COLUMN = 2_000
_NUMERIC = r"^\s*(\d{1,2})/(\d{1,2})/\d"


@dataclass(frozen=True)
class FileDates:
    """One file's raw date columns (Created on its own too) and its `date;author;body` cells."""

    source: str
    created: pl.Series
    columns: tuple[pl.Series, ...]
    comments: tuple[pl.Series, ...] = ()

    def texts(self, per_column: int | None = None) -> list[pl.Series]:
        """The date texts of every column, at most about `per_column` of each, spread out."""
        def spread(column: pl.Series) -> pl.Series:
            return column.gather_every(max(1, column.len() // per_column)) if per_column else column
        parts = [part.str.splitn(";", 3) for part in map(spread, self.comments)]
        dated = [part.struct.field("field_0").filter(part.struct.field("field_2").is_not_null())
                 for part in parts]
        return [*map(spread, self.columns), *dated]


def board_dates(
    files: Sequence[FileDates], export: ExportSettings, settings: SettingsFile,
    warnings: list[str],
) -> DateFormat:
    """The formats that read the board's dates, in the one day/month order of its files."""
    sample = _sample(files)
    months: MonthRewrite = ((), ())
    if needs_names(sample, export.month_names):
        months = month_rewrite(sample, export.month_names)
    order = export.date_order or _order(files, sample, settings, warnings)
    if export.date_format:
        patterns = _matching(sample, (export.date_format,), months, order)
    else:
        patterns = _matching(sample, candidate_formats(order), months, order)
    if sample.len() and not patterns:
        created = pl.concat([file.created for file in files]).drop_nulls()
        created = created.filter(created.str.strip_chars() != "")
        sources = ", ".join(file.source for file in files)
        raise no_format_error(created if created.len() else sample, export.date_format, sources,
                              settings)
    return DateFormat(patterns or candidate_formats(order)[:1], *months, order=order,
                      explicit=export.date_format is not None)


def widened(dates: DateFormat, failed: pl.Series, export: ExportSettings) -> DateFormat:
    """`dates` plus the month names and known formats that read texts it left unparsed."""
    failed = failed.unique()
    if not dates.month_patterns and needs_names(failed, export.month_names):
        patterns, replacements = month_rewrite(failed, export.month_names)
        dates = replace(dates, month_patterns=patterns, month_replacements=replacements)
    if dates.explicit:
        return dates
    still = failed.filter(pl.select(dates.parse(pl.lit(failed))).to_series().is_null())
    unused = dates.every_known().patterns[len(dates.patterns):]
    more = _matching(still, unused, (dates.month_patterns, dates.month_replacements), dates.order)
    return replace(dates, patterns=dates.patterns + more) if more else dates


def _sample(files: Sequence[FileDates]) -> pl.Series:
    """Distinct non-empty texts spread over every date column of every file."""
    spread = [texts for file in files for texts in file.texts(SAMPLE_PER_COLUMN)]
    texts = pl.concat(spread) if spread else pl.Series([], dtype=pl.String)
    texts = texts.drop_nulls().str.strip_chars()
    return texts.filter(texts != "").unique(maintain_order=True)


def _matching(
    sample: pl.Series, candidates: Sequence[str], months: MonthRewrite,
    order: str,
) -> tuple[str, ...]:
    """The candidates that read the sample, greedily: the one reading most values first."""
    remaining, chosen = sample.to_frame("value"), []
    while remaining.height:
        best, best_read = None, None
        for pattern in candidates:
            if pattern in chosen:
                continue
            trial = DateFormat((pattern,), *months, order=order)
            read = remaining.select(
                trial.parse(pl.col("value"), plausible=False).is_not_null()).to_series()
            if read.any() and (best_read is None or read.sum() > best_read.sum()):
                best, best_read = pattern, read
                if read.all():
                    break
        if best is None or best_read is None:
            break
        chosen.append(best)
        remaining = remaining.filter(~best_read)
    return tuple(chosen)


def _order(
    files: Sequence[FileDates], sample: pl.Series, settings: SettingsFile, warnings: list[str],
) -> str:
    """Day-first or month-first, from the numeric dates whose first or second number is > 12."""
    example = _first_numeric([sample, *(column for file in files for column in file.columns)])
    if example is None:
        return "day-first"
    proofs = [(file.source, *_proofs(file)) for file in files]
    day_first = [(source, example) for source, example, _ in proofs if example]
    month_first = [(source, example) for source, _, example in proofs if example]
    if day_first and month_first:
        (day_source, day_example), (month_source, month_example) = day_first[0], month_first[0]
        where = (f"{day_source} has both '{day_example}' (day first) and '{month_example}' "
                 f"(month first)" if day_source == month_source else
                 f"{day_source} has '{day_example}' (day first) but {month_source} has "
                 f"'{month_example}' (month first)")
        raise InputError(
            f"The dates of this board disagree on day/month order: {where}; export those files "
            f"again with one date format, or read them apart."
        )
    if month_first:
        return "month-first"
    if not day_first:
        sources = ", ".join(file.source for file in files)
        warnings.append(
            f"No date in {sources} shows whether it is day/month or month/day (every number "
            f"is 12 or less, e.g. '{example}'), so dates were read day-first, Jira's default; "
            f"if they are month-first, set date_order = \"month-first\" "
            f"{settings.where('export')}."
        )
    return "day-first"


def _first_numeric(columns: Sequence[pl.Series]) -> str | None:
    """The first all-number date (`03/04/2025 …`) of the columns, looked for column by column."""
    for column in columns:
        values = column.drop_nulls()
        numeric = values.filter(values.str.contains(_NUMERIC))
        if numeric.len():
            return str(numeric.item(0))
    return None


def _proofs(file: FileDates) -> tuple[str | None, str | None]:
    """A text of the file only day-first can read, and one only month-first can read."""
    texts = pl.concat(file.texts()).drop_nulls()
    numbers = texts.str.extract_groups(_NUMERIC)
    first = numbers.struct.field("1").cast(pl.Int32)
    second = numbers.struct.field("2").cast(pl.Int32)
    day_first = texts.filter((first > 12) & (second <= 12))
    month_first = texts.filter((second > 12) & (first <= 12))
    return (day_first.item(0) if day_first.len() else None,
            month_first.item(0) if month_first.len() else None)
