"""Weekly, monthly and quarterly reports: build every section's data once (`build_report`),
then render it (`render_markdown`) beside the brief's charts as PNGs (`write_report`)."""

from analysis.report._build import Report, SourceFile, build_report, file_hash
from analysis.report._markdown import FigureLink
from analysis.report._markdown import render as render_markdown
from analysis.report._recurring import period_problems
from analysis.report._write import (
    REPORT_COLUMNS,
    WrittenReport,
    report_charts,
    report_for_board,
    write_report,
)

__all__ = [
    "REPORT_COLUMNS", "FigureLink", "Report", "SourceFile", "WrittenReport", "build_report", "file_hash",
    "period_problems", "render_markdown", "report_charts", "report_for_board", "write_report",
]
