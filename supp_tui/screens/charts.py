"""The charts screen: the board's terminal charts with the labels set so far.

| Key            | Action                                              |
|----------------|-----------------------------------------------------|
| ← →            | previous / next chart                                |
| 1 … 9, 0       | chart by number (0 = the tenth; ← → reach the rest)  |
| ↑ ↓            | previous / next dimension to split by                |
| m              | weeks / months                                       |
| l              | window: all, last 12, 26 or 52 periods               |
| Esc q C        | back to labelling                                    |

The labelled board is built in a worker each time the screen is shown; until it arrives the
screen says so (or, coming back, keeps the charts it had and says they are updating), and the
keys above already choose what will be drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

import polars as pl
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from analysis.charts import CHARTS, JIRA_FIELDS, build_context
from analysis.framework import Framework
from analysis.metrics import Period
from supp_tui.widgets.chart_view import LOADING, ChartBoard, ChartChoice, ChartView

CHART_NAMES = tuple(CHARTS)
WINDOWS: tuple[int | None, ...] = (None, 12, 26, 52)
EXTRA_DIMENSIONS = ("priority", "issue_type", "components")

# The labelled tickets, or a callable that builds them (called again each time the screen is
# shown, so labels made meanwhile appear).
TicketSource = pl.DataFrame | Callable[[], pl.DataFrame]


class ChartsScreen(Screen[None]):
    """Terminal charts of the labelled board; the key table is in the module docstring."""

    DEFAULT_CSS = """
    ChartsScreen #chart-heading { height: 1; padding: 0 1; background: $boost; }
    ChartsScreen ChartView { padding: 0 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right", "step_chart(1)", "Next chart", id="charts.next",
                tooltip="Show the next chart"),
        Binding("left", "step_chart(-1)", "Previous chart", id="charts.previous",
                tooltip="Show the previous chart"),
        Binding("down", "step_dimension(1)", "Next dimension", id="charts.next_dimension",
                tooltip="Split the chart by the next dimension"),
        Binding("up", "step_dimension(-1)", "Previous dimension", show=False,
                id="charts.previous_dimension", tooltip="Split by the previous dimension"),
        Binding("m", "toggle_period", "Weeks/months", id="charts.period",
                tooltip="Switch between weekly and monthly periods"),
        Binding("l", "cycle_window", "Window", id="charts.window",
                tooltip="All periods, or the last 12, 26 or 52"),
        *[Binding(str((index + 1) % 10), f"switch_chart({name!r})", name, show=False,
                  id=f"charts.chart.{name}", tooltip=CHARTS[name].description)
          for index, name in enumerate(CHART_NAMES[:10])],
        Binding("escape,q,C", "close", "Back", id="charts.close",
                tooltip="Back to labelling"),
    ]

    chart: reactive[str] = reactive(CHART_NAMES[0], init=False)
    dimension: reactive[str] = reactive("team", init=False)
    period: reactive[Period] = reactive("week", init=False)
    window: reactive[int | None] = reactive(None, init=False)

    class Loaded(Message):
        """A worker built the labelled board the charts are drawn from."""

        def __init__(self, board: ChartBoard) -> None:
            super().__init__()
            self.board = board

    def __init__(self, tickets: TicketSource, framework: Framework | None = None) -> None:
        super().__init__()
        self._chart_source = tickets
        self._chart_framework = framework
        self._board: ChartBoard | None = None
        self._board_asked = 0
        self.dimensions = self._dimensions(None)

    def compose(self) -> ComposeResult:
        yield Static(id="chart-heading")
        yield ChartView(id="chart-view")
        yield Footer()

    def on_screen_resume(self) -> None:
        """Build the board when first shown, and again on coming back if it comes from a
        callable, so new labels show."""
        if self._board is None or callable(self._chart_source):
            self._load()

    def _load(self) -> None:
        self._board_asked += 1
        self._redraw()
        self.run_worker(partial(self._build_board, self._board_asked), thread=True,
                        exclusive=True, group="charts-board")

    def _build_board(self, version: int) -> None:
        """Build the labelled tickets and their chart context in the worker; only posts them."""
        source = self._chart_source
        tickets = source() if callable(source) else source
        context = build_context(tickets, self._chart_framework)
        self.post_message(self.Loaded(ChartBoard(tickets, context, version)))

    def on_charts_screen_loaded(self, message: Loaded) -> None:
        board = message.board
        if board.version != self._board_asked:
            return  # an older build; the newer one is on its way
        self._board = board
        self.dimensions = self._dimensions(board)
        if self.dimension in self.dimensions:
            self._redraw()
        else:
            self.dimension = "team"  # its watcher redraws

    def _dimensions(self, board: ChartBoard | None) -> tuple[str, ...]:
        """Team first, then the framework's other dimensions, then a few Jira fields the board
        has; until the board is built, the framework's dimensions only."""
        if board is None:
            framework = self._chart_framework
            labelled = [] if framework is None else [
                d.id for d in framework.dimensions if d.id != framework.team.dimension]
            return ("team", *labelled)
        context = board.context
        labelled = [d for d in context.dimensions if d != context.team_dimension]
        jira = [f for f in EXTRA_DIMENSIONS if f in board.tickets.columns and f in JIRA_FIELDS]
        return ("team", *labelled, *jira)

    def watch_chart(self) -> None:
        self._redraw()

    def watch_dimension(self) -> None:
        self._redraw()

    def watch_period(self) -> None:
        self._redraw()

    def watch_window(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        """Write the heading and ask the view for the chart (once the board is built)."""
        number = CHART_NAMES.index(self.chart) + 1
        window = f"last {self.window} {self.period}s" if self.window else "all periods"
        chart = f"Chart {number}/{len(CHART_NAMES)}: {self.chart}"
        board = self._board
        heading = self.query_one("#chart-heading", Static)
        if board is None:
            heading.update(f"{LOADING}  ·  {chart}  ·  {self.period}  ·  {window}")
            return
        by = board.context.title(self.dimension)
        updating = "  ·  updating…" if board.version != self._board_asked else ""
        heading.update(f"{chart}  ·  by {by}  ·  {self.period}  ·  {window}  ·  "
                       f"{board.tickets.height:,} tickets{updating}")
        choice = ChartChoice(self.chart, self.dimension, self.period, self.window)
        self.query_one(ChartView).show(board, choice)

    def action_step_chart(self, step: int) -> None:
        index = CHART_NAMES.index(self.chart)
        self.chart = CHART_NAMES[(index + step) % len(CHART_NAMES)]

    def action_switch_chart(self, name: str) -> None:
        self.chart = name

    def action_step_dimension(self, step: int) -> None:
        index = self.dimensions.index(self.dimension) if self.dimension in self.dimensions else 0
        self.dimension = self.dimensions[(index + step) % len(self.dimensions)]

    def action_toggle_period(self) -> None:
        self.period = "month" if self.period == "week" else "week"

    def action_cycle_window(self) -> None:
        self.window = WINDOWS[(WINDOWS.index(self.window) + 1) % len(WINDOWS)]

    def action_close(self) -> None:
        self.app.pop_screen()
