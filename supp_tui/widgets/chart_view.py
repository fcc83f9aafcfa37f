"""A widget that shows one terminal chart at exactly its own size.

Charts are computed and drawn in a thread worker that posts the text back; the handler keeps a
cache keyed on (chart, dimension, period, last, width, height, data version), so switching back
to a chart or resizing to a previous size is instant.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from rich.text import Text
from textual.message import Message
from textual.widget import Widget

from analysis.errors import InputError
from analysis.charts import ChartContext, ChartRequest, chart_data
from analysis.charts.terminal import render as render_chart


@dataclass(frozen=True)
class ChartKey:
    """Everything that decides what a chart looks like."""

    chart: str
    by: str
    period: str
    last: int | None
    width: int
    height: int
    version: int


class ChartView(Widget):
    """One plotext chart as text, redrawn in the background when its key changes."""

    DEFAULT_CSS = """
    ChartView { height: 1fr; width: 1fr; }
    """

    class Drawn(Message):
        """A worker finished drawing the chart for `key`."""

        def __init__(self, key: ChartKey, text: str) -> None:
            super().__init__()
            self.key = key
            self.text = text

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._chart_cache: dict[ChartKey, Text] = {}
        self._chart_wanted: ChartKey | None = None
        self._chart_tickets: pl.DataFrame | None = None
        self._chart_context: ChartContext | None = None
        self.draws = 0

    def show(self, tickets: pl.DataFrame, context: ChartContext, chart: str, by: str,
             period: str, last: int | None, version: int) -> None:
        """Ask for a chart of this data; drawn now if cached, else in the background."""
        self._chart_tickets, self._chart_context = tickets, context
        self._chart_wanted = (chart, by, period, last, version)
        self._request()

    def on_resize(self) -> None:
        self._request()

    def _key(self) -> ChartKey | None:
        if self._chart_wanted is None or self.size.width < 10 or self.size.height < 4:
            return None
        return ChartKey(*self._chart_wanted[:4], self.size.width, self.size.height, self._chart_wanted[4])

    def _request(self) -> None:
        key = self._key()
        if key is None:
            return
        if key in self._chart_cache:
            self.refresh()
            return
        tickets, context = self._chart_tickets, self._chart_context
        self.run_worker(lambda: self._draw(key, tickets, context), thread=True,
                        exclusive=True, group="chart-view")

    def _draw(self, key: ChartKey, tickets: pl.DataFrame, context: ChartContext) -> None:
        """Compute and render in the worker thread; only posts the result."""
        try:
            against = "team" if key.by == "macro_category" else "macro_category"
            request = ChartRequest(by=key.by, against=against, period=key.period,
                                   last=key.last)
            data = chart_data(key.chart, tickets, request, context)
            text = render_chart(data, key.width, key.height, color=True)
        except InputError as error:
            text = f"{key.chart}: {error}"
        self.post_message(self.Drawn(key, text))

    def on_chart_view_drawn(self, message: Drawn) -> None:
        message.stop()
        self._chart_cache[message.key] = Text.from_ansi(message.text, no_wrap=True)
        self.draws += 1
        self.refresh()

    def render(self) -> Text:
        key = self._key()
        if key is not None and key in self._chart_cache:
            return self._chart_cache[key]
        return Text("Drawing the chart…", style="dim")
