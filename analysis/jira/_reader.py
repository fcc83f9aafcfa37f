"""Read Jira CSV exports into the ticket frame (DESIGN.md "The ticket frame").

One or more files, or folders of them, become one board: every cell is read as text once, then
typed with vectorised polars expressions; rows repeating an issue key keep the most recently
updated one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from analysis.columns import CANONICAL_COLUMNS
from analysis.errors import InputError
from analysis.framework import Framework, load_framework
from analysis.jira._board_dates import board_dates
from analysis.jira._derived import closed_before_created_warning, missing_reporter_id_warning
from analysis.jira._frame import done_names, file_dates, file_layout, ticket_frame
from analysis.jira._headers import display_names, multi_valued
from analysis.jira._people import with_author_names
from analysis.jira._projection import kept_columns, wanted_positions
from analysis.jira._pulled import is_pulled, read_pulled
from analysis.jira._pulled_board import with_pulled_authors, with_status_changes
from analysis.jira._source import RawFile, export_paths, read_raw
from analysis.jira._team_values import unmatched_team_warning


@dataclass(frozen=True)
class ExportFile:
    """One file read into the board: its raw header cells, record count and text encoding."""

    path: Path
    header: tuple[str, ...]
    records: int
    encoding: str
    sha256: str = ""  # hex digest of the file's bytes, when the read computed it (the cache)


@dataclass(frozen=True, eq=False)
class Export:
    """The ticket frame of a board, the files it came from, and sentences worth showing."""

    tickets: pl.DataFrame
    files: tuple[ExportFile, ...]
    warnings: tuple[str, ...] = ()
    # Canonical field -> header placed by structure (no known name), for `init` to pin.
    guessed_columns: dict[str, str] = field(default_factory=dict)


def read_export(
    paths: Sequence[str | Path], framework: Framework | None = None,
    team_field: str | None = None, *, dedupe: bool = True,
    columns: Collection[str] | None = None,
) -> Export:
    """Read export files, pulled boards (`.jsonl`) or folders of them as one board of tickets.

    `team_field` (a header name as it appears in the export) overrides the framework's team
    field, and then every distinct non-empty value counts as a team. With `dedupe` False every
    record is kept, duplicates included (quarantine reports them). `columns` (canonical
    columns or export headers; None for all) limits what is read to those plus what every
    board has (key, dates, status category, closed_at, team); comments are parsed, with their
    authors named, only when asked for. A board with pulled files also has `status_changes`.
    """
    if framework is None:
        framework = load_framework(None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    projection = wanted_positions(columns, framework, team_field)
    raws = [read_pulled(path, projection, done_names(framework)) if is_pulled(path)
            else read_raw(path, projection) for path in export_paths(list(paths))]
    names = display_names([raw.header for raw in raws])
    multi = multi_valued([raw.header for raw in raws])
    warnings: list[str] = []
    for raw in raws:
        if raw.encoding != "utf-8":
            warnings.append(
                f"{raw.path} is not UTF-8, so it was read as Windows-1252 (as Excel saves CSV); "
                f"re-save it as \"CSV UTF-8\" if any accented text looks wrong."
            )
    guessed: dict[str, str] = {}
    layouts = [file_layout(raw, framework, warnings, guessed) for raw in raws]
    dates = board_dates([file_dates(layout, framework) for layout in layouts],
                        framework.export, layouts[0].settings, warnings)
    frames = [ticket_frame(layout, framework, team_field, names, multi, dates, warnings)
              for layout in layouts]
    tickets = frames[0] if len(frames) == 1 else pl.concat(frames, how="diagonal_relaxed")
    if tickets.is_empty():
        raise _no_tickets_error(raws)
    kept = kept_columns(columns)
    parsed = kept is None or "comments" in kept
    if parsed:
        tickets = with_pulled_authors(with_author_names(tickets, warnings), raws)
    if kept is None or "status_changes" in kept:
        tickets = with_status_changes(tickets, raws)
    if dedupe:
        keep = latest_rows(tickets)
        dropped = tickets.height - int(keep.sum())
        if dropped:
            tickets = tickets.filter(keep)
            warnings.append(
                f"{dropped} rows repeat an issue key already read; kept the most recently "
                f"updated row of each key."
            )
    reporter_id = missing_reporter_id_warning(tickets) if parsed else None
    for warning in (closed_before_created_warning(tickets), reporter_id,
                    unmatched_team_warning(tickets, framework, team_field, paths)):
        if warning:
            warnings.append(warning)
    if kept is not None:
        tickets = tickets.drop(c for c in CANONICAL_COLUMNS if c not in kept)
    files = tuple(ExportFile(r.path, r.header, r.records, r.encoding) for r in raws)
    return Export(tickets, files, tuple(warnings), guessed)


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


