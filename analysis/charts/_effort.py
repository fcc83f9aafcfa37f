"""The effort chart's frames: hours (or the proxy) and cost per period per value of the chosen
dimension, and how many of each period's closed tickets were intensive."""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from analysis import metrics
from analysis.charts._request import ChartContext, ChartData
from analysis.charts._window import ChartWindow


def effort(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
           window: ChartWindow) -> ChartData:
    measured, recorded = metrics.with_effort(tickets, context.cost)
    period = window.request.period
    series = metrics.effort_by(measured, base.by, period)
    intensive = metrics.intensive_by_period(measured, period)
    labels = {"measure": metrics.effort_label(recorded), "currency": context.cost.currency}
    if recorded and context.cost.rate is not None:
        labels["rate"] = f"{context.cost.rate:g}"
    return replace(base, frames={
        "series": metrics.slice_periods(series, window.first, window.last),
        "intensive": metrics.slice_periods(intensive, window.first, window.last),
    }, labels=labels, note=effort_note(labels))


def effort_note(labels: dict[str, str]) -> str:
    """What the effort numbers are, said the same way on every renderer."""
    if "rate" in labels:
        return (f"Hours logged per ticket closed in each period; cost at "
                f"{labels['currency']} {labels['rate']} per hour")
    if labels["measure"] == "hours":
        return "Hours logged per ticket closed in each period; set [cost] rate for cost"
    return ("Proxy score (comments + participants + days open / 3): this board records "
            "no time")
