"""The charts screen: the board's terminal charts with the labels set so far.

| Key            | Action                                              |
|----------------|-----------------------------------------------------|
| ← →            | previous / next chart                                |
| 1 … 9, 0       | chart by number (0 = the tenth)                      |
| ↑ ↓            | previous / next dimension to split by                |
| m              | weeks / months                                       |
| l              | window: all, last 12, 26 or 52 periods               |
| Esc q C        | back to labelling                                    |
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import polars as pl
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from analysis.charts import CHARTS, JIRA_FIELDS, build_context
from supp_tui.widgets.chart_view import ChartView

CHART_NAMES = tuple(CHARTS)
WINDOWS: tuple[int | None, ...] = (None, 12, 26, 52)
EXTRA_DIMENSIONS = ("priority", "issue_type", "components")

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
          for index, name in enumerate(CHART_NAMES)],
        Binding("escape,q,C", "close", "Back", id="charts.close",
                tooltip="Back to labelling"),
    ]

    chart: reactive[str] = reactive(CHART_NAMES[0])
    dimension: reactive[str] = reactive("team")
    period: reactive[str] = reactive("week")
    window: reactive[int | None] = reactive(None)

    def __init__(self, tickets: TicketSource, framework=None) -> None:
        super().__init__()
        self._chart_source = tickets
        self._chart_framework = framework
        self._chart_version = 0
        self._ready = False
        self._resumed_before = False
        self._chart_tickets = self._load()
        self._chart_context = build_context(self._chart_tickets, framework)
        self.dimensions = self._dimensions()

    def _load(self) -> pl.DataFrame:
        return self._chart_source() if callable(self._chart_source) else self._chart_source

    def _dimensions(self) -> tuple[str, ...]:
        """Team first, then the framework's other dimensions, then a few Jira fields."""
        labelled = [d for d in self._chart_context.dimensions if d != self._chart_context.team_dimension]
        jira = [f for f in EXTRA_DIMENSIONS if f in self._chart_tickets.columns and f in JIRA_FIELDS]
        return ("team", *labelled, *jira)

    def compose(self) -> ComposeResult:
        yield Static(id="chart-heading")
        yield ChartView(id="chart-view")
        yield Footer()

    def on_mount(self) -> None:
        self._ready = True
        self._redraw()

    def on_screen_resume(self) -> None:
        """Pull the labels again when coming back, so new labels show at once."""
        if not self._resumed_before:
            self._resumed_before = True
            return
        if callable(self._chart_source):
            self._chart_tickets = self._load()
            self._chart_context = build_context(self._chart_tickets, self._chart_framework)
            self._chart_version += 1
            self._redraw()

    def watch_chart(self) -> None:
        self._redraw()

    def watch_dimension(self) -> None:
        self._redraw()

    def watch_period(self) -> None:
        self._redraw()

    def watch_window(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        if not self._ready:
            return
        number = CHART_NAMES.index(self.chart) + 1
        window = f"last {self.window} {self.period}s" if self.window else "all periods"
        by = self._chart_context.title(self.dimension)
        self.query_one("#chart-heading", Static).update(
            f"Chart {number}/{len(CHART_NAMES)}: {self.chart}  ·  by {by}  ·  "
            f"{self.period}  ·  {window}  ·  {self._chart_tickets.height:,} tickets"
        )
        self.query_one(ChartView).show(self._chart_tickets, self._chart_context, self.chart,
                                       self.dimension, self.period, self.window,
                                       self._chart_version)

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
