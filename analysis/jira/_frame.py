"""One export file's raw cells typed into the ticket frame: canonical columns, the export's
other columns, the team and closed_at, and where each row came from."""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from analysis.columns import (
    CANONICAL_COLUMNS,
    DATE_COLUMNS,
    LIST_COLUMNS,
    SOURCE_COLUMNS,
    TEXT_COLUMNS,
)
from analysis.errors import InputError
from analysis.framework import DEFAULT_DONE_CATEGORIES, Framework
from analysis.jira import _expressions as col
from analysis.jira._checks import check_dates, without_empty_rows
from analysis.jira._dates import DateFormat, detect_format
from analysis.jira._derived import closed_at_expr, team_expr
from analysis.jira._headers import (
    SettingsFile,
    canonical_field,
    closest_headers,
    fold,
    header_positions,
    resolve_fields,
)
from analysis.jira._source import RECORD_COLUMN, RawFile

_CATEGORY_CHANGED = "_status_category_changed"
_TEAM_VALUES = "_team_values"


def ticket_frame(
    raw: RawFile, framework: Framework, team_field: str | None,
    names: dict[str, str], multi: set[str], warnings: list[str],
) -> pl.DataFrame:
    """The canonical columns, then the export's other columns, then where each row came from."""
    source, settings = str(raw.path), SettingsFile(framework.path, raw.path)
    fields = resolve_fields(raw.header, framework.export.columns, source, settings)
    groups = header_positions(raw.header)
    where = {field: groups[fold(header)] for field, header in fields.items()}
    cells = without_empty_rows(raw.cells, where["key"])
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
    check_dates(cells, frame, where, source, settings, warnings)
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
    undated = pl.col("comments").list.eval(
        comment("at").is_null() & comment("author").is_not_null())
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
