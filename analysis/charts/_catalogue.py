"""The chart catalogue: one ChartSpec per chart, and `chart_data`, which computes the frames a
chart draws from the metrics engine for every renderer (terminal, PNG, report) alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

import polars as pl

from analysis.charts import _compute, _effort, _status
from analysis.charts._request import (
    ChartContext,
    ChartData,
    ChartRequest,
    build_context,
    resolve_dimension,
)
from analysis.charts._window import ChartWindow, chart_window
from analysis.errors import InputError
from analysis.metrics import created_closed, in_sentence, slice_periods

Compute = Callable[[pl.DataFrame, ChartContext, ChartData, ChartWindow], ChartData]
_Renderer = TypeVar("_Renderer")


@dataclass(frozen=True)
class ChartSpec:
    """One chart: its name, what it shows, its title template and how its frames are computed.

    The title template may use {by}, {period}, {window}, {against} and {clock}.
    """

    name: str
    description: str
    title: str
    compute: Compute


CATALOGUE: tuple[ChartSpec, ...] = (
    ChartSpec("teams", "Share of tickets by team (small slices merged into Other, Unlabelled "
              "shown)", "Share of tickets by {by}, {window}", _compute.teams),
    ChartSpec("weekly-by-team", "Tickets created per week per team, stacked",
              "Tickets created per {period} by {by}", _compute.weekly_by_team),
    ChartSpec("average-by-team", "Average tickets per week per team over the window",
              "Average tickets created per {period} by {by}, {window}",
              _compute.average_by_team),
    ChartSpec("created-closed", "Tickets created and closed per week, side by side",
              "Tickets created and closed per {period}", _compute.created_closed),
    ChartSpec("flow", "Opened in week N minus closed in week N-1, beside the absolute backlog",
              "Opened in {period} N minus closed in {period} N-1, and open backlog",
              _compute.flow),
    ChartSpec("crosstab", "Heat map of tickets: team x macro category (or any two "
              "dimensions), with totals", "Tickets by {by} and {against}, {window}",
              _compute.crosstab),
    ChartSpec("resolution", "Resolution and first response time by team (median and p90, "
              "hours)", "Resolution and first response time by {by} ({clock})",
              _compute.resolution),
    ChartSpec("targets", "Share of tickets resolved and first answered within target, per "
              "priority", "Share of tickets within target per priority ({clock}), {window}",
              _compute.targets),
    ChartSpec("scores", "Case scores: product score vs process score per labelled ticket",
              "Case scores: product vs process score, {window}", _compute.scores),
    ChartSpec("coverage", "Share of tickets labelled per dimension, per week",
              "Share of tickets labelled per dimension, per {period}", _compute.coverage),
    ChartSpec("time-in-status", "Time per status and per team by status category (needs a "
              "board pulled with `supp-tui pull`)", "Time in status, {window}",
              _status.time_in_status),
    ChartSpec("effort", "Hours (and cost) per team per week of the tickets closed, and how "
              "often intensive tickets occur (a labelled proxy when no time is recorded)",
              "Effort per {period} by {by}, {window}", _effort.effort),
)
CHARTS: dict[str, ChartSpec] = {spec.name: spec for spec in CATALOGUE}
BRIEF_CHARTS = ("teams", "weekly-by-team", "average-by-team", "created-closed", "flow")


def resolve_chart(name: str) -> ChartSpec:
    """The chart with this name; InputError listing the valid ones."""
    if name in CHARTS:
        return CHARTS[name]
    raise InputError(f"Unknown chart '{name}'; valid charts: {', '.join(CHARTS)}.")


def chart_data(name: str, tickets: pl.DataFrame, request: ChartRequest = ChartRequest(),
               context: ChartContext | None = None) -> ChartData:
    """Compute the frames of one chart for a labelled ticket frame."""
    spec = resolve_chart(name)
    context = context or build_context(tickets)
    by = resolve_dimension(request.by, tickets, context)
    request = replace(request, by=by)
    series = created_closed(tickets, request.period)
    window = chart_window(series, request)
    shown = slice_periods(series, window.first, window.last)
    if shown["created"].sum() == 0 and shown["closed"].sum() == 0:
        raise InputError(f"No tickets were created or closed from {window.first} to "
                         f"{window.last}; the board runs from {series['period'][0]} to "
                         f"{series['period'][-1]}.")
    base = ChartData(name=spec.name, title="", frames={}, by=by, by_title=context.title(by),
                     period=request.period, window=window.words,
                     colours=context.colours(by, tickets), window_note=window.widened())
    data = spec.compute(tickets, context, base, window)
    return replace(data, title=(data.title or spec.title).format(
        by=in_sentence(data.by_title), period=data.period, window=data.window,
        against=in_sentence(data.against_title), clock=data.clock,
    ))


def average_label(value: float) -> str:
    """An average for a bar label: one decimal from 1 up, two significant digits below 1
    (0.25, 0.13, 0.042), rounding halves up."""
    if value >= 1:
        return str(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    if value <= 0:
        return "0"
    exact = Decimal(repr(value))
    return str(exact.quantize(Decimal(1).scaleb(exact.adjusted() - 1), ROUND_HALF_UP))


def complete_renderers(kind: str, renderers: dict[str, _Renderer]) -> dict[str, _Renderer]:
    """A renderer map, checked to hold exactly one renderer per chart of the catalogue; a
    missing or unknown chart is a RuntimeError at import, never a KeyError at drawing time."""
    missing = [name for name in CHARTS if name not in renderers]
    unknown = [name for name in renderers if name not in CHARTS]
    if missing or unknown:
        raise RuntimeError(f"The {kind} renderers do not match the chart catalogue: missing "
                           f"{missing or 'none'}, unknown {unknown or 'none'}.")
    return renderers
