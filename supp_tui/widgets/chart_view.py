"""A widget that shows one terminal chart at exactly its own size.

Charts are computed and drawn in a thread worker that posts the text back; the handler keeps a
cache keyed on what was asked (chart, dimension, period, window), the board's version and the
size, so switching back to a chart or resizing to a previous size is instant.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import partial

import polars as pl
from rich.text import Text
from textual.message import Message
from textual.widget import Widget

from analysis.charts import ChartContext, ChartRequest, chart_data
from analysis.errors import InputError
from analysis.metrics import Period

LOADING = "Loading the labelled board…"
DRAWING = "Drawing the chart…"


@dataclass(frozen=True, eq=False)
class ChartBoard:
    """The labelled tickets charts are drawn from, their chart context, and a version that
    changes each time they are rebuilt."""

    tickets: pl.DataFrame
    context: ChartContext
    version: int


@dataclass(frozen=True)
class ChartChoice:
    """What the user asked to see: the chart, the dimension to split by, period and window."""

    chart: str
    by: str
    period: Period
    last: int | None


@dataclass(frozen=True)
class ChartKey:
    """Everything that decides what a drawn chart looks like."""

    choice: ChartChoice
    version: int
    width: int
    height: int


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
        self._chart_wanted: ChartChoice | None = None
        self._chart_board: ChartBoard | None = None
        self.draws = 0

    def show(self, board: ChartBoard, choice: ChartChoice) -> None:
        """Ask for a chart of this board; drawn now if cached, else in the background."""
        if self._chart_board is not None and board.version != self._chart_board.version:
            self._chart_cache.clear()
        self._chart_board, self._chart_wanted = board, choice
        self._request()

    def on_resize(self) -> None:
        self._request()

    def _key(self) -> ChartKey | None:
        board, choice = self._chart_board, self._chart_wanted
        if board is None or choice is None or self.size.width < 10 or self.size.height < 4:
            return None
        return ChartKey(choice, board.version, self.size.width, self.size.height)

    def _request(self) -> None:
        key, board = self._key(), self._chart_board
        if key is None or board is None:
            return
        if key in self._chart_cache:
            self.refresh()
            return
        self.run_worker(partial(self._draw, key, board), thread=True, exclusive=True,
                        group="chart-view")

    def _draw(self, key: ChartKey, board: ChartBoard) -> None:
        """Compute and render in the worker thread; only posts the result."""
        # plotext takes about 0.1 s to import: the first chart loads it here, in the worker,
        # rather than every launch of the labelling app before its first ticket.
        from analysis.charts.terminal import render as render_chart

        choice = key.choice
        try:
            against = "team" if choice.by == "macro_category" else "macro_category"
            request = ChartRequest(by=choice.by, against=against, period=choice.period,
                                   last=choice.last)
            data = chart_data(choice.chart, board.tickets, request, board.context)
            text = render_chart(data, key.width, key.height, color=True)
        except InputError as error:
            text = "\n".join(textwrap.wrap(f"{choice.chart}: {error}", max(key.width, 20)))
        self.post_message(self.Drawn(key, text))

    def on_chart_view_drawn(self, message: Drawn) -> None:
        message.stop()
        self._chart_cache[message.key] = Text.from_ansi(message.text, no_wrap=True)
        self.draws += 1
        self.refresh()

    def render(self) -> Text:
        """The chart when drawn; until then, that the board is loading or the chart drawing."""
        key = self._key()
        if key is not None and key in self._chart_cache:
            return self._chart_cache[key]
        return Text(LOADING if self._chart_board is None else DRAWING, style="dim")
