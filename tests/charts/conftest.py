"""Chart test fixtures: one hand-built board of tickets that every chart can draw."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.charts import CHARTS, ChartData, ChartRequest, build_context, chart_data
from analysis.framework import Framework, default_framework_path, load_framework

LIST = pl.List(pl.String)
CHANGES = pl.List(pl.Struct({"at": pl.Datetime("us"), "from_status": pl.String,
                             "from_category": pl.String, "to_status": pl.String,
                             "to_category": pl.String}))
DIMENSIONS = ("platform_team", "product", "macro_category", "origin_team", "origin_location",
              "origin_service")


@pytest.fixture(scope="session")
def board(tickets) -> pl.DataFrame:
    """Six weeks of tickets from 2026-01-05, more each week, with teams, priorities, categories
    and the status changes of a pulled board."""
    rows = []
    for week in range(6):
        for index in range(week + 2):
            day = 5 + week * 7 + index % 5
            month, day = (1, day) if day <= 31 else (2, day - 31)
            rows.append({
                "created": f"2026-{month:02d}-{day:02d} 10:00",
                "closed_at": f"2026-{month:02d}-{day:02d} 15:00" if index % 2 else None,
                "team": [["PlatOps"], ["Observability"], [], ["PlatOps", "Data Platform"]][
                    index % 4],
                "priority": ["High", "Medium", "Low"][index % 3],
                "macro_category": [["Metrics"], ["Access"], []][index % 3],
                "platform_team": [], "product": [], "origin_team": [], "origin_location": [],
                "origin_service": [],
                "status_changes": _changes(f"2026-{month:02d}-{day:02d}", index),
            })
    return tickets(rows, status_changes=CHANGES, **{name: LIST for name in DIMENSIONS})


def _changes(day: str, index: int) -> list[dict]:
    """Closed tickets wait an hour per index step in Open, then work until 15:00; every fourth
    open ticket is picked up at noon; the rest never move."""
    def move(hour: int, source: str, source_category: str, target: str, category: str) -> dict:
        return {"at": datetime.fromisoformat(f"{day} {hour:02d}:00"), "from_status": source,
                "from_category": source_category, "to_status": target, "to_category": category}

    if index % 2:
        return [move(10 + min(index, 4), "Open", "new", "In Progress", "indeterminate"),
                move(15, "In Progress", "indeterminate", "Done", "done")]
    if index % 4 == 0:
        return [move(12, "Open", "new", "In Progress", "indeterminate")]
    return []


@pytest.fixture(scope="session")
def own_framework() -> Framework:
    """The shipped labels.toml read as the board's own file, so its targets are judged."""
    return load_framework(default_framework_path())


@pytest.fixture(scope="session")
def charts(board: pl.DataFrame, own_framework: Framework) -> dict[str, ChartData]:
    """Every chart's data for the board with the shipped framework as its own, computed once."""
    context = build_context(board, own_framework)
    return {name: chart_data(name, board, ChartRequest(), context) for name in CHARTS}
