"""Read Jira CSV exports into the ticket frame (DESIGN.md "The ticket frame").

One or more files, or folders of them, become one board: every cell is read as text once, then
typed with vectorised polars expressions; rows repeating an issue key keep the most recently
updated one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from analysis.columns import (
    CANONICAL_COLUMNS,
    DATE_COLUMNS,
    LIST_COLUMNS,
    SOURCE_COLUMNS,
    TEXT_COLUMNS,
)
from analysis.errors import InputError
from analysis.framework import DEFAULT_DONE_CATEGORIES, Framework, load_framework
from analysis.jira import _expressions as col
from analysis.jira._dates import DateFormat, detect_format, unparsed_examples
from analysis.jira._derived import (
    closed_at_expr,
    closed_before_created_warning,
    missing_reporter_id_warning,
    team_expr,
)
from analysis.jira._headers import (
    KNOWN_MULTI_VALUED,
    SettingsFile,
    canonical_field,
    closest_headers,
    fold,
    resolve_fields,
)
from analysis.jira._source import RECORD_COLUMN, RawFile, export_paths, read_raw

_CATEGORY_CHANGED = "_status_category_changed"
_TEAM_VALUES = "_team_values"


@dataclass(frozen=True)
class ExportFile:
    """One file read into the board: its raw header cells, record count and text encoding."""

    path: Path
    header: tuple[str, ...]
    records: int
    encoding: str


@dataclass(frozen=True, eq=False)
class Export:
    """The ticket frame of a board, the files it came from, and sentences worth showing."""

    tickets: pl.DataFrame
    files: tuple[ExportFile, ...]
    warnings: tuple[str, ...] = ()


def read_export(
    paths: Sequence[str | Path], framework: Framework | None = None,
    team_field: str | None = None, *, dedupe: bool = True,
) -> Export:
    """Read export files or folders of them as one board of tickets.

    `team_field` (a header name as it appears in the export) overrides the framework's team
    field, and then every distinct non-empty value counts as a team. With `dedupe` False every
    record is kept, duplicates included (quarantine reports them).
    """
    if framework is None:
        framework = load_framework(None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    raws = [read_raw(path) for path in export_paths(list(paths))]
    names = _display_names(raws)
    multi = _multi_valued(raws)
    warnings: list[str] = []
    frames = []
    for raw in raws:
        if raw.encoding != "utf-8":
            warnings.append(
                f"{raw.path} is not UTF-8, so it was read as Windows-1252 (as Excel saves CSV); "
                f"re-save it as \"CSV UTF-8\" if any accented text looks wrong."
            )
        frames.append(_ticket_frame(raw, framework, team_field, names, multi, warnings))
    tickets = frames[0] if len(frames) == 1 else pl.concat(frames, how="diagonal_relaxed")
    if tickets.is_empty():
        raise _no_tickets_error(raws)
    if dedupe:
        keep = latest_rows(tickets)
        dropped = tickets.height - int(keep.sum())
        if dropped:
            tickets = tickets.filter(keep)
            warnings.append(
                f"{dropped} rows repeat an issue key already read; kept the most recently "
                f"updated row of each key."
            )
    for warning in (closed_before_created_warning(tickets), missing_reporter_id_warning(tickets)):
        if warning:
            warnings.append(warning)
    files = tuple(ExportFile(r.path, r.header, r.records, r.encoding) for r in raws)
    return Export(tickets, files, tuple(warnings))


def _no_tickets_error(raws: Sequence[RawFile]) -> InputError:
    """The InputError for a board whose files hold a header but not one ticket."""
    if len(raws) == 1:
        what = f"{raws[0].path} has a header but no tickets"
    else:
        names = ", ".join(str(raw.path) for raw in raws)
        what = f"None of the {len(raws)} exports ({names}) has a ticket"
    return InputError(
        f"{what}; export the board again from Jira with the issues in the search result "
        f"(check the filter shows them before Export > Export CSV)."
    )


def latest_rows(tickets: pl.DataFrame) -> pl.Series:
    """True for each key's most recently updated row (first of equals) and for keyless rows."""
    keys = tickets.get_column("key").drop_nulls()
    if keys.n_unique() == keys.len():
        return pl.select(keep=pl.repeat(True, tickets.height, dtype=pl.Boolean)).to_series()
    order = tickets.select("key", "updated").with_row_index("_order")
    chosen = (
        order.filter(pl.col("key").is_not_null())
        .sort(["key", "updated", "_order"], descending=[False, True, False], nulls_last=True)
        .unique(subset="key", keep="first")
        .get_column("_order")
    )
    return order.select(
        (pl.col("key").is_null() | pl.col("_order").is_in(chosen.implode())).alias("keep")
    ).to_series()


def _ticket_frame(
    raw: RawFile, framework: Framework, team_field: str | None,
    names: dict[str, str], multi: set[str], warnings: list[str],
) -> pl.DataFrame:
    """The canonical columns, then the export's other columns, then where each row came from."""
    source, settings = str(raw.path), SettingsFile(framework.path, raw.path)
    fields = resolve_fields(raw.header, framework.export.columns, source, settings)
    groups = _positions(raw.header)
    where = {field: groups[fold(header)] for field, header in fields.items()}
    cells = _without_empty_rows(raw.cells, where["key"])
    dates = detect_format(
        cells.get_column(f"_{where['created'][0]}"), framework.export.date_format,
        framework.export.month_names, source, settings,
    )
    team_positions = _team_positions(raw, framework, team_field, settings, fields, groups,
                                     warnings)
    changed = _category_changed_positions(framework, fields, groups)
    consumed = {fold(fields[f]) for f in fields if f in CANONICAL_COLUMNS or f in LIST_COLUMNS}
    others = _other_exprs(groups, consumed, names, multi)
    team_source = next(
        (f for f in ("labels", "components") if team_positions and where.get(f) == team_positions),
        None,
    )
    extra = {
        _CATEGORY_CHANGED: col.scalar(changed), **others,
        "source_file": pl.lit(str(raw.path)), RECORD_COLUMN: pl.col(RECORD_COLUMN),
    }
    if team_source is None:
        team_source = _TEAM_VALUES
        extra[_TEAM_VALUES] = col.text_list(team_positions)
    frame = _typed(cells, where, dates, extra)
    if dates.uses_names and not dates.rewrite and _rewrite_would_help(cells, frame, where, dates):
        dates = replace(dates, rewrite=True)
        frame = _typed(cells, where, dates, extra)
    _check_dates(cells, frame, where, source, settings, warnings)
    columns = {name: pl.col(name) for name in (*CANONICAL_COLUMNS, *others, *SOURCE_COLUMNS)}
    columns["team"] = team_expr(
        team_source, frame, framework.team_dimension, every_value_counts=bool(team_field)
    )
    columns["closed_at"] = closed_at_expr(
        frame, RECORD_COLUMN, _CATEGORY_CHANGED if changed else None, dates,
        framework.closed, _done_names(framework),
    )
    return frame.lazy().select(*[expr.alias(name) for name, expr in columns.items()]).collect()


def _typed(
    cells: pl.DataFrame, where: dict[str, list[int]], dates: DateFormat,
    extra: dict[str, pl.Expr],
) -> pl.DataFrame:
    """One parallel pass over the raw cells: canonical columns, then `extra` ones."""
    exprs = {**_canonical_exprs(where, dates), **extra}
    return cells.lazy().select(*[expr.alias(name) for name, expr in exprs.items()]).collect()


def _rewrite_would_help(
    cells: pl.DataFrame, frame: pl.DataFrame, where: dict[str, list[int]], dates: DateFormat,
) -> bool:
    """Whether a date that failed to parse holds a month name that the rewrite translates."""
    failed = []
    for field in DATE_COLUMNS:
        if field in where:
            raw, parsed = cells.get_column(f"_{where[field][0]}"), frame.get_column(field)
            if parsed.null_count() > raw.null_count():
                failed.append(raw.filter(parsed.is_null() & raw.is_not_null()))
    comment = pl.element().struct.field
    undated = pl.col("comments").list.eval(comment("at").is_null() & comment("author").is_not_null())
    if frame.select(undated.explode().sum()).item():
        rows = cells.filter(frame.select(undated.list.any()).to_series())
        for index in where["comments"]:
            failed.append(rows.get_column(f"_{index}").str.splitn(";", 2).struct.field("field_0"))
    names = list(dates.month_patterns)
    return any(
        values.str.contains_any(names, ascii_case_insensitive=True).any() for values in failed
    )


def _canonical_exprs(where: dict[str, list[int]], dates: DateFormat) -> dict[str, pl.Expr]:
    """Expressions for every canonical column except closed_at and team."""
    exprs = {field: col.scalar(where.get(field)) for field in TEXT_COLUMNS}
    exprs["key"] = col.scalar(where.get("key"), strip=True)
    exprs.update({field: col.date(where.get(field), dates) for field in DATE_COLUMNS})
    exprs["labels"] = col.text_list(where.get("labels"))
    exprs["components"] = col.text_list(where.get("components"))
    exprs["comments"] = col.comments(where.get("comments"), dates)
    return exprs


def _done_names(framework: Framework) -> tuple[str, ...]:
    """Status category names that mean Done: the framework's, or the built-in list."""
    if framework.closed.done_categories:
        return framework.closed.done_categories
    return DEFAULT_DONE_CATEGORIES


def _category_changed_positions(
    framework: Framework, fields: dict[str, str], groups: dict[str, list[int]]
) -> list[int] | None:
    """Columns of the Status Category Changed date, in whatever language the export uses."""
    wanted = framework.closed.status_category_changed_field
    if fold(wanted) in groups:
        return groups[fold(wanted)]
    canonical = canonical_field(wanted) or "status_category_changed"
    header = fields.get(canonical)
    return groups[fold(header)] if header else None


def _team_positions(
    raw: RawFile, framework: Framework, team_field: str | None, settings: SettingsFile,
    fields: dict[str, str], groups: dict[str, list[int]], warnings: list[str],
) -> list[int] | None:
    """Columns of the team field: a header as written, or a known field in any language."""
    field = team_field or framework.team.field
    positions = groups.get(fold(field))
    canonical = canonical_field(field)
    if positions is None and canonical is not None and canonical in fields:
        positions = groups[fold(fields[canonical])]
    if positions is not None:
        return positions
    if team_field:
        raise InputError(
            f"{raw.path} has no column '{team_field}' for --team-field; closest headers: "
            f"{closest_headers(team_field, raw.header)}. Give a header exactly as it "
            f"appears in the export."
        )
    warnings.append(
        f"{raw.path} has no {field} column, so its tickets have no team; if another "
        f"column holds the team, pass --team-field or set field {settings.where('team')}."
    )
    return None


def _other_exprs(
    groups: dict[str, list[int]], consumed: set[str], names: dict[str, str], multi: set[str]
) -> dict[str, pl.Expr]:
    """Every header the canonical columns did not use, kept as text or a list of texts."""
    taken = set(CANONICAL_COLUMNS) | set(SOURCE_COLUMNS)
    exprs: dict[str, pl.Expr] = {}
    for folded, positions in groups.items():
        if folded in consumed:
            continue
        name = col.safe_name(names[folded], taken)
        taken.add(name)
        if folded in multi:
            exprs[name] = col.text_list(positions)
        else:
            exprs[name] = col.position(positions[0])
    return exprs


def _check_dates(
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


def _without_empty_rows(cells: pl.DataFrame, key_positions: list[int]) -> pl.DataFrame:
    """Drop records whose every cell is empty (Excel leaves such rows at the end)."""
    key = pl.col(f"_{key_positions[0]}")
    keyless = key.is_null() | (key == "")
    if not cells.select(keyless.any()).item():
        return cells
    candidates = cells.filter(keyless)
    data = [c for c in cells.columns if c != RECORD_COLUMN]
    lengths = [pl.col(c).str.strip_chars().str.len_bytes() for c in data]
    empty = candidates.filter(pl.sum_horizontal(lengths).fill_null(0) == 0)
    if empty.is_empty():
        return cells
    return cells.filter(~pl.col(RECORD_COLUMN).is_in(empty.get_column(RECORD_COLUMN).implode()))


def _positions(header: Sequence[str]) -> dict[str, list[int]]:
    """Column positions of each distinct header name (folded), in header order."""
    groups: dict[str, list[int]] = {}
    for index, name in enumerate(header):
        groups.setdefault(fold(name), []).append(index)
    return groups


def _display_names(raws: Sequence[RawFile]) -> dict[str, str]:
    """Folded header -> the spelling first seen, so all files share one column name."""
    names: dict[str, str] = {}
    for raw in raws:
        for name in raw.header:
            names.setdefault(fold(name), name)
    return names


def _multi_valued(raws: Sequence[RawFile]) -> set[str]:
    """Headers repeated in any file, plus fields Jira always treats as multi-valued."""
    multi = set(KNOWN_MULTI_VALUED)
    for raw in raws:
        seen: set[str] = set()
        for name in map(fold, raw.header):
            if name in seen:
                multi.add(name)
            seen.add(name)
    return multi
