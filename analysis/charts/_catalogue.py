"""The chart catalogue: what each chart shows, computed once from the metrics for every renderer.

`chart_data(name, tickets, request, context)` returns the frames a chart draws; the terminal
renderer, the PNG renderer and reports all take their numbers from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import polars as pl

from analysis.metrics import _counts as metrics
from analysis.metrics import _coverage as metrics_coverage
from analysis.metrics import _values as metrics_groups
from analysis.metrics import _scores as metrics_scores
from analysis.metrics import _time as metrics_time
from analysis.errors import InputError
from analysis.charts._palette import colour_map
from analysis.metrics._periods import parse_period

# Jira fields a chart can be sliced by, besides the framework's dimensions.
JIRA_FIELDS = {
    "team": "Team", "priority": "Priority", "issue_type": "Issue type", "status": "Status",
    "status_category": "Status category", "components": "Components", "labels": "Jira labels",
    "resolution": "Resolution", "assignee": "Assignee", "reporter": "Reporter",
}

CHARTS = {
    "teams": "Share of tickets by team (small slices merged into Other, Unlabelled shown)",
    "weekly-by-team": "Tickets created per week per team, stacked",
    "average-by-team": "Average tickets per week per team over the window",
    "created-closed": "Tickets created and closed per week, side by side",
    "flow": "Opened in week N minus closed in week N-1, beside the absolute backlog",
    "crosstab": "Heat map of tickets: team x macro category (or any two dimensions), with totals",
    "resolution": "Resolution and first response time by team (median and p90, hours)",
    "targets": "Share of tickets resolved and first answered within target, per priority",
    "scores": "Case scores: product score vs process score per labelled ticket",
    "coverage": "Share of tickets labelled per dimension, per week",
}
BRIEF_CHARTS = ("teams", "weekly-by-team", "average-by-team", "created-closed", "flow")
TIME_SERIES = ("weekly-by-team", "average-by-team", "created-closed", "flow", "coverage")


@dataclass(frozen=True)
class ChartRequest:
    """What the user asked for: slicing dimension, period and window."""

    by: str = "team"
    against: str = "macro_category"
    period: metrics.Period = "week"
    last: int | None = None
    start: date | None = None
    end: date | None = None
    working_hours: bool | None = None


@dataclass(frozen=True)
class ChartContext:
    """What the framework and the whole board say about every chart: dimension titles, colours
    per dimension (stable across charts), targets, score weights and the labelled dimensions."""

    titles: dict[str, str]
    dimensions: tuple[str, ...] = ()
    team_dimension: str | None = None
    targets: object | None = None
    weights: pl.DataFrame = field(default_factory=lambda: pl.DataFrame())
    domains: dict[str, list[str]] = field(default_factory=dict)
    counted: set[str] = field(default_factory=set)

    def colours(self, column: str, tickets: pl.DataFrame | None = None) -> dict[str, str]:
        """The colour of each value of a dimension column: framework options in file order,
        then the board's other values by count (counted once per column, on first use)."""
        if tickets is not None and column not in self.counted and column in tickets.columns:
            seen = metrics_groups.value_counts(tickets.select(column), column)["value"]
            known = self.domains.setdefault(column, [])
            known.extend(value for value in seen.to_list() if value not in known)
            self.counted.add(column)
        return colour_map(self.domains.get(column, []))

    def title(self, column: str) -> str:
        """A dimension column's human title."""
        return self.titles.get(column, column.replace("_", " ").capitalize())


@dataclass(frozen=True)
class ChartData:
    """The frames one chart draws, with the words that describe them."""

    name: str
    title: str
    frames: dict[str, pl.DataFrame]
    by: str = "team"
    by_title: str = "Team"
    period: str = "week"
    window: str = ""
    colours: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    window_note: str = ""


def build_context(tickets: pl.DataFrame, framework=None) -> ChartContext:
    """The chart context of a labelled ticket frame and (optionally) its framework."""
    titles = dict(JIRA_FIELDS)
    dimensions: tuple[str, ...] = ()
    domains: dict[str, list[str]] = {}
    team_dimension = None
    if framework is not None:
        team_dimension = framework.team.dimension
        dimensions = tuple(d.id for d in framework.dimensions if d.id in tickets.columns)
        for dimension in framework.dimensions:
            column = "team" if dimension.id == team_dimension else dimension.id
            titles[column] = dimension.title
            domains[column] = list(dimension.option_names)
    weights = metrics_scores.score_weights(framework) if framework is not None else pl.DataFrame()
    targets = framework.targets if framework is not None else None
    return ChartContext(titles, dimensions, team_dimension, targets, weights, domains)


def _normalise(name: str) -> str:
    """Fold case and separators so `Issue Type`, `issue-type` and `issue_type` all match."""
    return re.sub(r"[\s\-]+", "_", name.strip().casefold())


def resolve_dimension(by: str, tickets: pl.DataFrame, context: ChartContext) -> str:
    """The ticket column a --by name refers to; InputError listing the valid names."""
    wanted = _normalise(by)
    if context.team_dimension and wanted == _normalise(context.team_dimension):
        return "team"
    valid = [name for name in (*context.dimensions, *JIRA_FIELDS) if name in tickets.columns]
    for name in valid:
        if wanted in (_normalise(name), _normalise(context.title(name))):
            return name
    raise InputError(
        f"Unknown dimension '{by}'; valid dimensions: {', '.join(dict.fromkeys(valid))}."
    )


def resolve_chart(name: str) -> str:
    """A chart name, checked; InputError listing the valid ones."""
    if name in CHARTS:
        return name
    raise InputError(f"Unknown chart '{name}'; valid charts: {', '.join(CHARTS)}.")


def _window(series: pl.DataFrame, request: ChartRequest) -> tuple[str, str, str]:
    """First and last period keys of the window and a phrase describing it."""
    if series.height == 0:
        raise InputError("The board has no tickets with a created date, so there is nothing "
                         "to chart; check the export's Created column.")
    keys = series["period"]
    first, last = keys[0], keys[-1]
    if request.start is not None:
        first = max(first, metrics.period_of(request.start, request.period))
    if request.end is not None:
        last = min(last, metrics.period_of(request.end, request.period))
    if request.last is not None:
        inside = keys.filter((keys >= first) & (keys <= last))
        first = inside[max(0, inside.len() - request.last)] if inside.len() else first
    if first > last or not ((keys >= first) & (keys <= last)).any():
        raise InputError(
            f"No tickets in {_dates(request)}: the board runs from {keys[0]} to {keys[-1]}; "
            "choose dates inside that range."
        )
    return first, last, f"{first} to {last}"


def _dates(request: ChartRequest) -> str:
    """The requested window in words."""
    return f"{request.start or 'the start'} to {request.end or 'the end'}"


def _tickets_in(tickets: pl.DataFrame, request: ChartRequest, first: str, last: str,
                column: str = "created") -> pl.DataFrame:
    """Tickets whose `column` date falls in the window's whole periods, like the series."""
    moment = pl.col(column)
    low = parse_period(request.period, first).start \
        if request.start or request.last is not None else None
    high = parse_period(request.period, last).end if request.end else None
    keep = moment.is_not_null()
    if low is not None:
        keep = keep & (moment >= low)
    if high is not None:
        keep = keep & (moment < high)
    return tickets.filter(keep)


def _widened(request: ChartRequest, first: str, last: str) -> str:
    """A note when --from/--to fall inside a period: charts count whole periods."""
    moves = []
    start = parse_period(request.period, first).start.date()
    end_day = parse_period(request.period, last).end.date() - timedelta(days=1)
    if request.start and start < request.start:
        moves.append(f"--from {request.start} to {start} (start of {first})")
    if request.end and end_day > request.end:
        moves.append(f"--to {request.end} to {end_day} (end of {last})")
    if not moves:
        return ""
    return f"Window widened to whole {request.period}s: {'; '.join(moves)}."


def chart_data(name: str, tickets: pl.DataFrame, request: ChartRequest = ChartRequest(),
               context: ChartContext | None = None) -> ChartData:
    """Compute the frames of one chart for a labelled ticket frame."""
    name = resolve_chart(name)
    context = context or build_context(tickets)
    by = resolve_dimension(request.by, tickets, context)
    request = replace(request, by=by)
    series = metrics.created_closed(tickets, request.period)
    first, last, window = _window(series, request)
    shown = metrics.slice_periods(series, first, last)
    if shown["created"].sum() == 0 and shown["closed"].sum() == 0:
        raise InputError(f"No tickets were created or closed from {first} to {last}; "
                         f"the board runs from {series['period'][0]} to {series['period'][-1]}.")
    base = ChartData(name=name, title=CHARTS[name], frames={}, by=by,
                     by_title=context.title(by), period=request.period, window=window,
                     colours=context.colours(by, tickets))
    base = replace(base, window_note=_widened(request, first, last))
    data = _COMPUTE[name](tickets, request, context, base, (first, last))
    template = data.title if data.title != base.title else _TITLES[name]
    return replace(data, title=template.format(
        by=data.by_title.lower(), period=data.period, window=data.window,
        extra=(data.notes or ("",))[0].lower(),
    ))


_TITLES = {
    "teams": "Share of tickets by {by}, {window}",
    "weekly-by-team": "Tickets created per {period} by {by}",
    "average-by-team": "Average tickets created per {period} by {by}, {window}",
    "created-closed": "Tickets created and closed per {period}",
    "flow": "Opened in {period} N minus closed in {period} N-1, and open backlog",
    "crosstab": "Tickets by {by} and {extra}, {window}",
    "resolution": "Resolution and first response time by {by} ({extra})",
    "targets": "Share of tickets within target per priority ({extra}), {window}",
    "scores": "Case scores: product vs process score, {window}",
    "coverage": "Share of tickets labelled per dimension, per {period}",
}


def _empty_check(frame: pl.DataFrame, what: str, window: str) -> None:
    """InputError when a window holds no tickets for a chart."""
    if frame.height == 0:
        raise InputError(f"No {what} in {window}; choose a wider window or check the labels.")


def _teams(tickets, request, context, base, keys):
    inside = _tickets_in(tickets, request, *keys)
    _empty_check(inside, "tickets were created", base.window)
    share = metrics_groups.share(inside, base.by)
    pairs = share["tickets"].sum()
    if pairs <= inside.height:
        return replace(base, frames={"share": share}, notes=(f"{inside.height:,} tickets",))
    note = (f"{pairs:,} {base.by_title.lower()} assignments on {inside.height:,} tickets; "
            f"a ticket with two {base.by_title.lower()} values counts once for each")
    return replace(base, title="Share of {by} assignments, {window}", frames={"share": share},
                   notes=(note,))


def _by_period(tickets, request, context, base, keys):
    series = metrics_groups.created_by(tickets, base.by, request.period, limit=8)
    return metrics.slice_periods(series, *keys)


def _weekly(tickets, request, context, base, keys):
    return replace(base, frames={"series": _by_period(tickets, request, context, base, keys)})


def _average(tickets, request, context, base, keys):
    series = metrics_groups.created_by(tickets, base.by, request.period, limit=12)
    average = metrics_groups.average_per_period(metrics.slice_periods(series, *keys))
    return replace(base, frames={"average": average})


def _created_closed(tickets, request, context, base, keys):
    series = metrics.slice_periods(metrics.created_closed(tickets, request.period), *keys)
    return replace(base, frames={"series": series})


def _flow(tickets, request, context, base, keys):
    return replace(base, frames={"series": metrics.slice_periods(
        metrics.flow(tickets, request.period), *keys)})


def _crosstab(tickets, request, context, base, keys):
    against = resolve_dimension(request.against, tickets, context)
    inside = _tickets_in(tickets, request, *keys)
    _empty_check(inside, "tickets were created", base.window)
    table = metrics_groups.crosstab(inside, base.by, against)
    return replace(base, frames={"table": table}, notes=(context.title(against),))


def _clock(request, context) -> metrics_time.Clock:
    if context.targets is None:
        return metrics_time.Clock(working=bool(request.working_hours))
    return metrics_time.Clock.from_targets(context.targets, request.working_hours)


def _resolution(tickets, request, context, base, keys):
    inside = _tickets_in(tickets, request, *keys)
    _empty_check(inside, "tickets were created", base.window)
    timed = metrics_time.with_durations(inside, _clock(request, context))
    frames = {
        f"{measure}_{group}": metrics_time.duration_summary(timed, f"{measure}_hours", column)
        for measure in ("resolution", "response")
        for group, column in (("by", base.by), ("priority", "priority"))
    }
    order = _priority_order(context)
    for name in ("resolution_priority", "response_priority"):
        frames[name] = _ordered(frames[name], order)
    if base.by == "priority":
        frames["resolution_by"], frames["response_by"] = (
            frames["resolution_priority"], frames["response_priority"])
    clock = "working hours" if _clock(request, context).working else "calendar hours"
    return replace(base, frames=frames, notes=(clock,))


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


def _targets(tickets, request, context, base, keys):
    if context.targets is None or not context.targets.priorities:
        raise InputError("No targets are set: add a [targets] section with hours per priority "
                         "to labels.toml to chart the share within target.")
    inside = _tickets_in(tickets, request, *keys)
    _empty_check(inside, "tickets were created", base.window)
    clock = _clock(request, context)
    timed = metrics_time.with_durations(inside, clock)
    goals = metrics_time.targets_frame(context.targets, timed["priority"].drop_nulls().unique())
    met = metrics_time.targets_met(timed, goals, _priority_order(context))
    _empty_check(met, "tickets have a priority with a target", base.window)
    words = "working hours" if clock.working else "calendar hours"
    return replace(base, frames={"targets": met}, notes=(words,))


def _scores(tickets, request, context, base, keys):
    inside = _tickets_in(tickets, request, *keys)
    scores = metrics_scores.case_scores(inside, context.weights)
    if scores.height == 0:
        raise InputError(f"No ticket created {base.window} carries a label with a product or "
                         "process score yet; label tickets in a dimension whose options have "
                         "scores in labels.toml (e.g. macro_category).")
    return replace(base, frames={"scores": scores, "grid": metrics_scores.score_grid(scores)})


def _coverage(tickets, request, context, base, keys):
    # The team dimension counts the effective team (journal, else the export's team field).
    dimensions = tuple(
        "team" if d == context.team_dimension else d for d in context.dimensions
    ) or tuple(c for c in ("team",) if c in tickets.columns)
    series = metrics_coverage.label_coverage(tickets, dimensions, request.period)
    inside = _tickets_in(tickets, request, *keys)
    titles = {dimension: context.title(dimension) for dimension in dimensions}
    return replace(base, frames={
        "series": metrics.slice_periods(series, *keys),
        "now": metrics_coverage.coverage_now(inside, dimensions),
    }, colours=colour_map(titles.values()), labels=titles)


_COMPUTE: dict[str, Callable[..., ChartData]] = {
    "teams": _teams, "weekly-by-team": _weekly, "average-by-team": _average,
    "created-closed": _created_closed, "flow": _flow, "crosstab": _crosstab,
    "resolution": _resolution, "targets": _targets, "scores": _scores, "coverage": _coverage,
}


def average_label(value: float) -> str:
    """An average for a bar label: one decimal from 1 up, two significant digits below 1
    (0.25, 0.13, 0.042), rounding halves up."""
    from decimal import ROUND_HALF_UP, Decimal

    if value >= 1:
        return str(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    if value <= 0:
        return "0"
    exact = Decimal(repr(value))
    return str(exact.quantize(Decimal(1).scaleb(exact.adjusted() - 1), ROUND_HALF_UP))
