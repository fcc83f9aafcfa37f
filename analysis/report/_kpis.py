"""The report's "Caseload KPIs" section: high-priority cases, cases closed per resolution
kind, and regressions when the board labels them (`analysis.metrics.caseload_kpis`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import polars as pl

from analysis import metrics as mr
from analysis.metrics import UNLABELLED, CaseloadKpis
from analysis.report import _format as fmt
from analysis.report._context import Context

# How each resolution kind reads in the KPI table.
_CLOSED_BY = {"Information shared": "Closed by sharing information",
              "Config change": "Closed by a config change",
              "Code change": "Closed by a code change",
              "Duplicate": "Closed as a duplicate", "No action": "Closed with no action",
              UNLABELLED: "Closed, resolution kind not labelled"}


def period_kpis(context: Context) -> tuple[CaseloadKpis, CaseloadKpis | None]:
    """The KPIs of the period and of the previous one (None when there is none)."""
    _, start, end = context.current
    current = mr.caseload_kpis(context.timed, context.framework, start, end)
    if context.previous is None:
        return current, None
    _, before_start, before_end = context.previous
    return current, mr.caseload_kpis(context.timed, context.framework, before_start, before_end)


def kpi_markdown(kpis: tuple[CaseloadKpis, CaseloadKpis | None] | None, unit: str) -> list[str]:
    """The section: one row per KPI, this period beside the previous one."""
    if kpis is None:
        return []
    current, previous = kpis
    kinds = _has_kinds(current) or (previous is not None and _has_kinds(previous))
    rows = [[label, cell(current), cell(previous) if previous else fmt.DASH]
            for label, cell in _rows(current, kinds)]
    headers = ["", f"This {unit}", f"Previous {unit}"]
    notes = [("High priority: Highest or High (or an alias `labels.toml` gives them under "
              "[targets]).")]
    if kinds:
        notes.append(f"Closed cases per resolution kind, share of the {unit}'s closed cases in "
                     f"brackets.")
    if current.closed_by_kind.height <= 1:  # only Unlabelled: the framework names no kinds
        notes.append(f"Add a `{mr.RESOLUTION_KIND}` dimension to labels.toml (the built-in one "
                     f"has it) to count cases closed by sharing information against those "
                     f"closed by a code change.")
    elif not kinds:
        notes.append(f"No case closed this {unit} or the {unit} before has a resolution kind "
                     f"yet: label the Resolution kind dimension to count cases closed by sharing "
                     f"information against those closed by a code change.")
    if current.regressions is None:
        notes.append("Regressions are counted once tickets carry the Jira label `regression` "
                     "or a label option named Regression.")
    return ["## Caseload KPIs",
            fmt.table(headers, rows, right=[1, 2]) + "\n\n" + " ".join(notes)]


Cell = Callable[[CaseloadKpis], str]


def _has_kinds(kpis: CaseloadKpis) -> bool:
    """Whether any closed case of the period has a resolution kind."""
    return bool(kpis.closed_by_kind.filter(pl.col("kind") != UNLABELLED)["tickets"].sum())


def _rows(current: CaseloadKpis, kinds: bool) -> list[tuple[str, Cell]]:
    """(label, the cell it shows for one period's KPIs) per row."""
    rows: list[tuple[str, Cell]] = [
        ("High-priority cases created", lambda k: fmt.count(k.high_priority_created)),
        ("High-priority cases open at end", lambda k: fmt.count(k.high_priority_open)),
        ("Cases closed", lambda k: fmt.count(k.closed)),
    ]
    for kind in current.closed_by_kind["kind"].to_list() if kinds else []:
        rows.append((_CLOSED_BY.get(kind, f"Closed: {fmt.escape(kind)}"),
                     partial(_kind_cell, kind=kind)))
    if current.regressions is not None:
        rows.append(("Regressions created", lambda k: fmt.count(k.regressions)))
    return rows


def _kind_cell(kpis: CaseloadKpis, *, kind: str) -> str:
    """Cases closed with one resolution kind, with their share of the closed cases."""
    tickets = dict(kpis.closed_by_kind.iter_rows()).get(kind, 0)
    if not kpis.closed:
        return fmt.count(tickets)
    return f"{fmt.count(tickets)} ({fmt.share(tickets / kpis.closed)})"
