"""Realistic synthetic exports of a SUPP support board in Jira Cloud's "all fields" CSV format,
seeded so the same arguments always give the same bytes (demo data, tests, benchmarks)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import polars as pl

from analysis.atomic import atomic_output
from analysis.errors import InputError
from analysis.sample import _vocab as vocab
from analysis.sample._chunk import render_chunk
from analysis.sample._people import people
from analysis.sample._plan import (
    DEFAULT_END,
    DEFAULT_WEEKS,
    Plan,
    build_plan,
)
from analysis.sample._render import Layout

__all__ = ["DEFAULT_END", "DEFAULT_WEEKS", "SampleReport", "export_header", "generate_sample",
           "sample_frame", "write_sample"]

CHUNK_TICKETS = 50_000
PROJECT = {
    "Project key": "SUPP",
    "Project name": "Platform Support",
    "Project type": "software",
    "Project description": "Ask the platform teams for help: metrics, logging, CI/CD, "
                           "deployments, access, networking and databases.",
    "Votes": "0",
}
TIME_TRACKING = ("Original Estimate", "Remaining Estimate", "Time Spent", "Work Ratio",
                 "Σ Original Estimate", "Σ Remaining Estimate", "Σ Time Spent", "Security Level")
FILLED_CUSTOM_FIELDS = ("Custom field (Team Name)", "Custom field (Rank)",
                        "Custom field ([CHART] Date of First Response)")


@dataclass(frozen=True)
class SampleReport:
    """What write_sample produced: where, how many tickets and columns, which window."""

    path: Path
    tickets: int
    closed: int
    columns: int
    first_day: date
    last_day: date
    bytes: int


def _repeat(header: str, width: int) -> list[tuple[str, str]]:
    return [(header, f"{header}#{j}") for j in range(width)]


def export_header(layout: Layout) -> list[tuple[str, str]]:
    """(Jira header, frame column) pairs in export order; repeated fields appear once per slot."""
    def single(*headers: str) -> list[tuple[str, str]]:
        return [(h, h) for h in headers]
    custom = sorted({h for h, _, _ in vocab.CUSTOM_FIELDS} | set(FILLED_CUSTOM_FIELDS))
    return [
        *single("Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
                "Project name", "Project type", "Project lead", "Project lead id",
                "Project description", "Project url", "Priority", "Resolution", "Assignee",
                "Assignee Id", "Reporter", "Reporter Id", "Creator", "Creator Id", "Created",
                "Updated", "Last Viewed", "Resolved"),
        *_repeat("Component/s", layout.components),
        *single("Due date", "Votes"),
        *_repeat("Labels", layout.labels),
        *single("Description", "Environment"),
        *_repeat("Watchers", layout.watchers),
        *_repeat("Watchers Id", layout.watchers),
        *single(*TIME_TRACKING, *custom),
        *_repeat("Sprint", layout.sprints),
        *single("Status Category", "Status Category Changed", "Parent", "Parent summary"),
        *_repeat("Comment", layout.comments),
        *_repeat("Log Work", layout.worklogs),
    ]


def _constants() -> dict[str, str]:
    cast = people()
    return {**PROJECT, "Project lead": cast.engineer_names[0],
            "Project lead id": cast.engineer_ids[0]}


def _cells(frame: pl.DataFrame, header: list[tuple[str, str]]) -> pl.DataFrame:
    """The export's cells in header order; columns the frame lacks are constants or empty."""
    constants = _constants()
    exprs = []
    for position, (name, column) in enumerate(header):
        if column in frame.columns:
            expr = pl.col(column)
        else:
            expr = pl.lit(constants.get(name), dtype=pl.String)
        exprs.append(expr.alias(f"c{position}"))
    return frame.select(exprs)


def _frames(plan: Plan, layout: Layout) -> Iterator[pl.DataFrame]:
    """Rendered chunks of the plan, in ticket order."""
    for first in range(0, plan.tickets, CHUNK_TICKETS):
        yield render_chunk(plan, first, min(first + CHUNK_TICKETS, plan.tickets), layout)


def sample_frame(tickets: int = 5000, seed: int = 7, *, start: date | None = None,
                 weeks: int | None = None, time_tracking: bool = True) -> pl.DataFrame:
    """The generated tickets as one frame: cells under their Jira header (`Labels#0`, ...)
    plus `_`-prefixed ground truth (macro category, product, origin team/location/service)."""
    plan = build_plan(tickets, seed, start, weeks, time_tracking)
    return pl.concat(list(_frames(plan, Layout.of(plan))))


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name for the sample, "
                         f"e.g. {target / 'board.csv'}.")
    if not target.parent.is_dir():
        raise InputError(f"the folder {target.parent} does not exist; create it or choose "
                         "another output path.")


def generate_sample(path: str | Path, tickets: int = 5000, seed: int = 7, *,
                    start: date | None = None, weeks: int | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    time_tracking: bool = True) -> SampleReport:
    """Write a sample export atomically (temporary file, then rename) and say what it holds;
    `progress(done, total)` is called with the tickets written after each chunk; without
    `time_tracking` no ticket logs work (Time Spent empty, no Log Work columns)."""
    target = Path(path)
    _check_target(target)
    plan = build_plan(tickets, seed, start, weeks, time_tracking)
    layout = Layout.of(plan)
    header = export_header(layout)
    closed = done = 0
    with atomic_output(target) as out:
        line = io.StringIO()
        csv.writer(line, lineterminator="\n").writerow(name for name, _ in header)
        out.write(line.getvalue().encode("utf-8"))
        for frame in _frames(plan, layout):
            closed += int(frame["_closed"].sum())
            _cells(frame, header).write_csv(out, include_header=False, quote_style="necessary")
            done += frame.height
            if progress:
                progress(done, plan.tickets)
    return SampleReport(target, plan.tickets, closed, len(header), plan.start,
                        plan.start + timedelta(days=plan.days - 1), target.stat().st_size)


def write_sample(path: str | Path, tickets: int = 5000, seed: int = 7, *,
                 start: date | None = None, weeks: int | None = None) -> Path:
    """Write a realistic SUPP export of `tickets` tickets to path and return the path."""
    return generate_sample(path, tickets, seed, start=start, weeks=weeks).path
