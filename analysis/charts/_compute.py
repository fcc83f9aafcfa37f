"""How each chart of the catalogue computes its frames from the metrics engine."""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from analysis import metrics
from analysis.charts._palette import colour_map
from analysis.charts._request import ChartContext, ChartData, resolve_dimension
from analysis.charts._window import ChartWindow
from analysis.errors import InputError


def _inside(tickets: pl.DataFrame, window: ChartWindow, base: ChartData) -> pl.DataFrame:
    """Tickets created in the window; InputError when there are none."""
    inside = window.tickets(tickets)
    if inside.height == 0:
        raise InputError(f"No tickets were created in {base.window}; choose a wider window or "
                         "check the labels.")
    return inside


def teams(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
          window: ChartWindow) -> ChartData:
    inside = _inside(tickets, window, base)
    share = metrics.share(inside, base.by)
    pairs = share["tickets"].sum()
    if pairs <= inside.height:
        return replace(base, frames={"share": share}, note=f"{inside.height:,} tickets")
    by = metrics.in_sentence(base.by_title)
    note = (f"{pairs:,} {by} assignments on {inside.height:,} tickets; "
            f"a ticket with two {by} values counts once for each")
    return replace(base, title="Share of {by} assignments, {window}", frames={"share": share},
                   note=note)


def weekly_by_team(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
                   window: ChartWindow) -> ChartData:
    series = metrics.created_by(tickets, base.by, window.request.period, limit=8)
    return replace(base, frames={"series": metrics.slice_periods(series, window.first,
                                                                 window.last)})


def average_by_team(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
                    window: ChartWindow) -> ChartData:
    series = metrics.created_by(tickets, base.by, window.request.period, limit=12)
    average = metrics.average_per_period(metrics.slice_periods(series, window.first, window.last))
    return replace(base, frames={"average": average})


def created_closed(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
                   window: ChartWindow) -> ChartData:
    series = metrics.created_closed(tickets, window.request.period)
    return replace(base, frames={"series": metrics.slice_periods(series, window.first,
                                                                 window.last)})


def flow(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
         window: ChartWindow) -> ChartData:
    series = metrics.flow(tickets, window.request.period)
    return replace(base, frames={"series": metrics.slice_periods(series, window.first,
                                                                 window.last)})


def crosstab(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
             window: ChartWindow) -> ChartData:
    against = resolve_dimension(window.request.against, tickets, context)
    table = metrics.crosstab(_inside(tickets, window, base), base.by, against)
    return replace(base, frames={"table": table}, against_title=context.title(against))


def heated(row_value: str, column: str) -> bool:
    """Whether a crosstab cell counts towards the heat map's colour scale: both its values are
    labelled and it is no total, so Unlabelled never swamps the labelled cells."""
    return metrics.UNLABELLED not in (row_value, column) and "Total" not in (row_value, column)


def _clock(window: ChartWindow, context: ChartContext) -> metrics.Clock:
    if context.targets is None:
        return metrics.Clock(working=bool(window.request.working_hours))
    return metrics.Clock.from_targets(context.targets, window.request.working_hours)


def _clock_words(clock: metrics.Clock) -> str:
    return "working hours" if clock.working else "calendar hours"


def resolution(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
               window: ChartWindow) -> ChartData:
    clock = _clock(window, context)
    timed = metrics.with_durations(_inside(tickets, window, base), clock)
    frames = {
        f"{measure}_{group}": metrics.duration_summary(timed, f"{measure}_hours", column)
        for measure in ("resolution", "response")
        for group, column in (("by", base.by), ("priority", "priority"))
    }
    order = _priority_order(context)
    for name in ("resolution_priority", "response_priority"):
        frames[name] = _ordered(frames[name], order)
    if base.by == "priority":
        frames["resolution_by"], frames["response_by"] = (
            frames["resolution_priority"], frames["response_priority"])
    return replace(base, frames=frames, clock=_clock_words(clock))


def _priority_order(context: ChartContext) -> list[str]:
    """Priority names in the framework's target order (most urgent first)."""
    if context.targets is None:
        return []
    return [target.priority for target in context.targets.priorities]


def _ordered(frame: pl.DataFrame, order: list[str], column: str = "value") -> pl.DataFrame:
    """Rows with the listed values first, in that order, the rest after as they were."""
    rank = {name: index for index, name in enumerate(order)}
    return frame.with_row_index("position").with_columns(
        pl.col(column).replace_strict(rank, default=len(rank), return_dtype=pl.UInt32)
        .alias("rank")
    ).sort("rank", "position").drop("rank", "position")


def targets(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
            window: ChartWindow) -> ChartData:
    if context.judged_targets is None:
        raise InputError("No service targets are set for this board: add a [targets] section "
                         "with hours per priority to its labels.toml (the built-in labels.toml "
                         "has one to copy) to chart the share within target.")
    clock = _clock(window, context)
    timed = metrics.with_durations(_inside(tickets, window, base), clock)
    goals = metrics.targets_frame(context.judged_targets, timed["priority"].drop_nulls().unique())
    met = metrics.targets_met(timed, goals, _priority_order(context))
    if met.height == 0:
        raise InputError(f"No tickets have a priority with a target in {base.window}; choose a "
                         "wider window or check the labels.")
    return replace(base, frames={"targets": met}, clock=_clock_words(clock))


def scores(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
           window: ChartWindow) -> ChartData:
    case_scores = metrics.case_scores(window.tickets(tickets), context.weights)
    if case_scores.height == 0:
        raise InputError(f"No ticket created {base.window} carries a label with a product or "
                         "process score yet; label tickets in a dimension whose options have "
                         "scores in labels.toml (e.g. macro_category).")
    return replace(base, frames={"scores": case_scores,
                                 "grid": metrics.score_grid(case_scores)})


def coverage(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
             window: ChartWindow) -> ChartData:
    # The team dimension counts the effective team (journal, else the export's team field).
    dimensions = context.dimension_columns or tuple(c for c in ("team",) if c in tickets.columns)
    series = metrics.label_coverage(tickets, dimensions, window.request.period)
    titles = {dimension: context.title(dimension) for dimension in dimensions}
    return replace(base, frames={
        "series": metrics.slice_periods(series, window.first, window.last),
        "now": metrics.coverage_now(window.tickets(tickets), dimensions),
    }, colours=colour_map(titles.values()), labels=titles)
