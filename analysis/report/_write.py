"""Write a report for a board: markdown beside a folder of PNGs, both replaced atomically.

`reports/2026-W47.md` links its figures as `2026-W47/01-teams.png`, so the folder can be
moved or zipped as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from analysis.atomic import ensure_output_folder, write_text_atomically
from analysis.charts import (
    BRIEF_CHARTS,
    ChartData,
    ChartRequest,
    build_context,
    chart_columns,
    chart_data,
)
from analysis.errors import InputError
from analysis.framework import Framework
from analysis.jira import board_site
from analysis.journal import read_flags
from analysis.metrics import (
    EFFORT_COLUMNS,
    KPI_COLUMNS,
    STATUS_CHANGES,
    TIME_COLUMNS,
    Board,
    Period,
    anonymised_board,
    board_progress,
    complete_count,
    only_unlabelled,
    period_at,
)
from analysis.report._build import Report, SourceFile, build_report, file_hash
from analysis.report._markdown import FigureLink, render

# Run-up before the period (in report periods) and the bucket the charts use for it.
RUN_UP: dict[str, tuple[int, Period]] = {
    "week": (12, "week"), "month": (6, "week"), "quarter": (4, "month"),
}


# The ticket columns a report reads: time metrics, the tickets it lists (summary, priority,
# assignee), the text recurring problems are found by, status history (pulled boards), the
# effort columns, the caseload KPIs and its charts.
REPORT_COLUMNS = frozenset({*TIME_COLUMNS, "summary", "description", "priority", "assignee",
                            "status", STATUS_CHANGES, *EFFORT_COLUMNS, *KPI_COLUMNS,
                            *chart_columns(BRIEF_CHARTS, ChartRequest(by="team"))})

@dataclass(frozen=True)
class WrittenReport:
    """Where a report went: the markdown file and the PNGs linked from it."""

    markdown: Path
    figures: tuple[Path, ...]
    report: Report


def board_sources(board: Board, tickets: pl.DataFrame
                  ) -> tuple[tuple[SourceFile, ...], SourceFile | None]:
    """Name, records and content hash of each export file, and of the journal if it exists
    with the board's labelled (complete) tickets as its records."""
    sources = tuple(SourceFile(f.path.name, f.records, file_hash(f.path, f.sha256))
                    for f in board.export.files)
    journal = None
    if board.journal_path.is_file():
        labelled = complete_count(tickets, board.framework)
        journal = SourceFile(board.journal_path.name, labelled, file_hash(board.journal_path))
    return sources, journal


def report_for_board(board: Board, kind: str, key: str | None = None,
                     anonymised: bool = False) -> tuple[Report, pl.DataFrame]:
    """The report of one period of a board, and the (maybe anonymised) tickets it used."""
    if anonymised:
        board = anonymised_board(board)
    tickets = board.labelled()
    sources, journal = board_sources(board, tickets)
    report = build_report(tickets, board.framework, kind, key, sources, journal, board.anonymised,
                          reader_warnings=len(board.export.warnings),
                          journal_skipped=board.journal_skipped, site=report_site(board),
                          flags=read_flags(board.journal_path))
    progress = board_progress(board, tickets, report.period.start, report.period.end)
    return replace(report, labellers=progress), tickets


def report_site(board: Board) -> str | None:
    """The Jira site a board's report links issue keys to; none for an anonymised report, whose
    readers outside the team should not learn the site's address."""
    if board.anonymised:
        return None
    return board_site(board.framework, (file.path for file in board.export.files))


def report_charts(tickets: pl.DataFrame, report: Report,
                  framework: Framework) -> list[ChartData]:
    """The brief's five charts over the period and its run-up, leaving out any with nothing
    to draw or that would only show Unlabelled (the header's coverage line says so once)."""
    before, bucket = RUN_UP[report.unit]
    # Whole buckets (a month's run-up starts on a Monday), so no chart notes a widened window.
    first = period_at(bucket, report.period.shifted(-before).start.date())
    request = ChartRequest(by="team", period=bucket, start=first.start.date(),
                           end=period_at(bucket, report.period.last_day).last_day)
    context = build_context(tickets, framework)
    charts = []
    for name in BRIEF_CHARTS:
        try:
            data = chart_data(name, tickets, request, context)
        except InputError:
            continue  # nothing to draw in the run-up (e.g. no ticket created): leave it out
        if not any(only_unlabelled(frame) for frame in data.frames.values()):
            charts.append(data)
    return charts


def write_report(board: Board, kind: str, output: str | Path, key: str | None = None,
                 anonymised: bool = False, figures: bool = True,
                 progress: Callable[[int, int], None] | None = None) -> WrittenReport:
    """Build the report, draw its figures into `<output>/<period>/`, then write the markdown;
    `progress(done, total)` is called after each figure."""
    # matplotlib loads only when figures are drawn, so --no-figures stays light.
    from analysis.charts.png import FILE_NAMES, figure, save_png

    report, tickets = report_for_board(board, kind, key, anonymised)
    folder = ensure_output_folder(output, "the report is written as <folder>/<period>.md with "
                                  "its figures beside it")
    links, written = [], []
    charts = report_charts(tickets, report, board.framework) if figures else []
    for data in charts:
        name = FILE_NAMES[data.name]
        drawn = figure(data)
        written.append(save_png(drawn, folder / report.folder / name))
        drawn.clear()
        links.append(FigureLink(data.title, f"{report.folder}/{name}"))
        if progress:
            progress(len(written), len(charts))
    markdown = folder / f"{report.period.key}.md"
    write_text_atomically(markdown, render(report, links))
    return WrittenReport(markdown, tuple(written), report)

