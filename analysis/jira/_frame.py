"""One export file's raw cells typed into the ticket frame: canonical columns, the export's
other columns, the team and closed_at, and where each row came from."""

from __future__ import annotations

from dataclasses import dataclass

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
from analysis.jira._board_dates import FileDates, widened
from analysis.jira._checks import check_dates, failed_dates, without_empty_rows
from analysis.jira._dates import DateFormat
from analysis.jira._derived import closed_at_expr, team_expr
from analysis.jira._fields import resolve_fields
from analysis.jira._headers import (
    SettingsFile,
    canonical_field,
    closest_headers,
    fold,
    header_positions,
)
from analysis.jira._source import RECORD_COLUMN, RawFile

_CATEGORY_CHANGED = "_status_category_changed"
_TEAM_VALUES = "_team_values"


@dataclass(frozen=True)
class FileLayout:
    """One file's cells (empty trailing rows gone) and the columns each field occupies."""

    raw: RawFile
    settings: SettingsFile
    fields: dict[str, str]
    groups: dict[str, list[int]]
    where: dict[str, list[int]]
    cells: pl.DataFrame


def file_layout(raw: RawFile, framework: Framework, warnings: list[str],
                guessed: dict[str, str] | None = None) -> FileLayout:
    """Match a file's headers to canonical fields (guesses also into `guessed`) and drop its
    empty rows."""
    settings = SettingsFile(framework.path, raw.path)
    fields = resolve_fields(raw, framework.export, settings, warnings, guessed)
    read = set(raw.cells.columns)
    groups = {folded: positions for folded, positions in header_positions(raw.header).items()
              if f"_{positions[0]}" in read}
    where = {field: groups[fold(header)] for field, header in fields.items()
             if fold(header) in groups}
    cells = without_empty_rows(raw.cells, where["key"])
    return FileLayout(raw, settings, fields, groups, where, cells)


def file_dates(layout: FileLayout, framework: Framework) -> FileDates:
    """The raw date texts of a file, for deciding the board's date formats."""
    def columns(positions: list[int] | None) -> list[pl.Series]:
        return [layout.cells.get_column(f"_{index}") for index in positions or ()]
    where = layout.where
    changed = category_changed_positions(framework, layout.fields, layout.groups)
    dated = [positions[:1] for field, positions in where.items() if field in DATE_COLUMNS]
    return FileDates(
        str(layout.raw.path), columns(where["created"][:1])[0],
        tuple(c for positions in [*dated, (changed or [])[:1]] for c in columns(positions)),
        tuple(columns(where.get("comments"))),
    )


def ticket_frame(
    layout: FileLayout, framework: Framework, team_field: str | None,
    names: dict[str, str], multi: set[str], dates: DateFormat, warnings: list[str],
) -> pl.DataFrame:
    """The canonical columns, then the export's other columns, then where each row came from."""
    raw, settings, fields, groups = layout.raw, layout.settings, layout.fields, layout.groups
    where, cells = layout.where, layout.cells
    team_positions = _team_positions(raw, framework, team_field, settings, fields, groups,
                                     warnings)
    changed = category_changed_positions(framework, fields, groups)
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
    failed = failed_dates(cells, frame, where)
    if failed:
        wider = widened(dates, pl.concat(list(failed.values())), framework.export)
        if wider != dates:
            dates, frame = wider, _typed(cells, where, wider, extra)
            failed = failed_dates(cells, frame, where)
    check_dates(failed, cells, where, dates, str(raw.path), settings, warnings)
    columns = {name: pl.col(name) for name in (*CANONICAL_COLUMNS, *others, *SOURCE_COLUMNS)}
    columns["team"] = team_expr(
        team_source, frame, framework.team_dimension, every_value_counts=bool(team_field)
    )
    columns["closed_at"] = closed_at_expr(
        frame, RECORD_COLUMN, _CATEGORY_CHANGED if changed else None, dates,
        framework.closed, done_names(framework),
    )
    return frame.lazy().select(*[expr.alias(name) for name, expr in columns.items()]).collect()


def _typed(
    cells: pl.DataFrame, where: dict[str, list[int]], dates: DateFormat,
    extra: dict[str, pl.Expr],
) -> pl.DataFrame:
    """One parallel pass over the raw cells: canonical columns, then `extra` ones."""
    exprs = {**_canonical_exprs(where, dates), **extra}
    return cells.lazy().select(*[expr.alias(name) for name, expr in exprs.items()]).collect()


def _canonical_exprs(where: dict[str, list[int]], dates: DateFormat) -> dict[str, pl.Expr]:
    """Expressions for every canonical column except closed_at and team."""
    exprs = {field: col.scalar(where.get(field)) for field in TEXT_COLUMNS}
    exprs["key"] = col.scalar(where.get("key"), strip=True)
    exprs.update({field: col.date(where.get(field), dates) for field in DATE_COLUMNS})
    exprs["labels"] = col.text_list(where.get("labels"))
    exprs["components"] = col.text_list(where.get("components"))
    exprs["comments"] = col.comments(where.get("comments"), dates)
    return exprs


def done_names(framework: Framework) -> tuple[str, ...]:
    """Status category names that mean Done: the framework's, or the built-in list."""
    if framework.closed.done_categories:
        return framework.closed.done_categories
    return DEFAULT_DONE_CATEGORIES


def category_changed_positions(
    framework: Framework, fields: dict[str, str], groups: dict[str, list[int]]
) -> list[int] | None:
    """Columns of the Status Category Changed date, in whatever language the export uses."""
    wanted = framework.closed.status_category_changed_field
    if fold(wanted) in groups:
        return groups[fold(wanted)]
    canonical = canonical_field(wanted) or "status_category_changed"
    header = fields.get(canonical)
    return groups[fold(header)] if header else None


def team_positions(
    framework: Framework, team_field: str | None, fields: dict[str, str],
    groups: dict[str, list[int]],
) -> list[int] | None:
    """Columns of the team field: a header as written, or a known field in any language."""
    field = team_field or framework.team.field
    positions = groups.get(fold(field))
    canonical = canonical_field(field)
    if positions is None and canonical is not None and canonical in fields:
        positions = groups.get(fold(fields[canonical]))
    return positions


def _team_positions(
    raw: RawFile, framework: Framework, team_field: str | None, settings: SettingsFile,
    fields: dict[str, str], groups: dict[str, list[int]], warnings: list[str],
) -> list[int] | None:
    """Columns of the team field, with the warning or error when the export has none."""
    positions = team_positions(framework, team_field, fields, groups)
    if positions is not None:
        return positions
    field = team_field or framework.team.field
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
