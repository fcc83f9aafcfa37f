"""Which raw columns of an export a command's columns need: the requested canonical fields and
export headers, plus what the reader derives the board from (key, dates, closed_at, team).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from analysis.columns import REQUIRED_COLUMNS
from analysis.framework import Framework
from analysis.jira._frame import category_changed_positions, team_positions
from analysis.jira._headers import SettingsFile, fold, header_positions, named_fields
from analysis.jira._people import id_header_base
from analysis.jira._source import Projection

# Columns every board has, whatever a command asks: dedupe, closed_at and team need them.
ALWAYS_READ = ("key", "created", "updated", "resolved", "status_category")
ALWAYS_KEPT = (*ALWAYS_READ, "closed_at", "team")
# What parsed comments need beside them: the reporter (first response) and author names.
COMMENT_PEOPLE = ("reporter", "reporter_id")

def kept_columns(columns: Collection[str] | None) -> set[str] | None:
    """The canonical and export columns a board read for `columns` holds (None: all)."""
    if columns is None:
        return None
    kept = {*columns, *ALWAYS_KEPT}
    return kept | set(COMMENT_PEOPLE) if "comments" in kept else kept


def wanted_positions(
    columns: Collection[str] | None, framework: Framework, team_field: str | None,
) -> Projection | None:
    """A function giving the header positions to read for `columns`, or None to read all.

    A file whose required headers have no known name is read whole: placing them by
    structure looks at every column's values.
    """
    kept = kept_columns(columns)
    if kept is None:
        return None

    def positions(path: Path, header: tuple[str, ...]) -> list[int] | None:
        settings = SettingsFile(framework.path, path)
        fields = named_fields(header, framework.export.columns, str(path), settings)
        if not all(field in fields for field in REQUIRED_COLUMNS):
            return None
        groups = header_positions(header)
        names = {*kept, *(fields[f] for f in kept if f in fields)}
        if "comments" in kept:
            names |= _people_headers(header, fields)
        wanted = [groups[fold(name)] for name in names if fold(name) in groups]
        wanted.append(team_positions(framework, team_field, fields, groups) or [])
        wanted.append(category_changed_positions(framework, fields, groups) or [])
        return sorted({index for group in wanted for index in group})

    return positions


def _people_headers(header: tuple[str, ...], fields: dict[str, str]) -> set[str]:
    """Every `… Id` header and the header it names, which map comment authors to names."""
    found: set[str] = set()
    present = {fold(name) for name in header}
    for name in header:
        base = id_header_base(name)
        if base is None:
            continue
        found.add(name)
        found.add(base if base in present else fields.get(base, base))
    return found
