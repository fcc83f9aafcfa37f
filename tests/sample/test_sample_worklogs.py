"""Time tracking on sample boards: Log Work entries that add up to Time Spent, the same effort
read from the CSV and the pulled board, and boards that record no time."""

from __future__ import annotations

import polars as pl

from analysis.metrics import EFFORT_COLUMNS, open_board, ticket_effort
from analysis.sample import sample_frame, write_pulled, write_sample


def test_log_work_entries_add_up_to_time_spent():
    frame = sample_frame(600, 4)
    logs = [c for c in frame.columns if c.startswith("Log Work#")]
    assert logs
    seconds = frame.select(pl.sum_horizontal(
        pl.col(c).str.extract(r";(\d+)$").cast(pl.Int64) for c in logs).alias("sum"),
        pl.col("Time Spent").cast(pl.Int64), pl.col("Σ Time Spent").cast(pl.Int64))
    logged = seconds.filter(pl.col("Time Spent").is_not_null())
    assert logged["sum"].to_list() == logged["Time Spent"].to_list()
    assert logged["Σ Time Spent"].to_list() == logged["Time Spent"].to_list()
    assert 0.4 < logged.height / frame.height < 0.8


def test_high_priority_tickets_log_more_hours():
    frame = sample_frame(2000, 4).with_columns(pl.col("Time Spent").cast(pl.Int64))
    median = frame.group_by("Priority").agg(pl.col("Time Spent").median())
    hours = dict(median.iter_rows())
    assert hours["Highest"] > hours["Medium"] > hours["Lowest"]


def test_without_time_tracking_only_the_time_cells_change():
    timed, untimed = sample_frame(300, 4), sample_frame(300, 4, time_tracking=False)
    assert not [c for c in untimed.columns if c.startswith("Log Work")]
    assert "Time Spent" not in untimed.columns
    shared = [c for c in untimed.columns]
    assert timed.select(shared).equals(untimed)


def test_csv_and_pulled_boards_give_the_same_effort(tmp_path):
    csv = write_sample(tmp_path / "board.csv", 200, 4)
    pulled = write_pulled(tmp_path / "board.jsonl", 200, 4).path
    efforts = [ticket_effort(open_board([path], columns=set(EFFORT_COLUMNS)).tickets)
               .select("key", "hours", "participants") for path in (csv, pulled)]
    assert efforts[0].equals(efforts[1])
    assert efforts[0]["hours"].drop_nulls().len() > 50
