"""The parts of a report on hand-built frames: periods, window metrics, wording, anonymising."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.metrics import _counts as metrics
from analysis.metrics import _windows as mr
from analysis.metrics import anonymise, person_token, with_durations
from analysis.metrics._periods import (
    check_in_span,
    data_span,
    default_period,
    is_complete,
    parse_period,
    period_at,
)
from analysis.report import _format as fmt

NO_TARGETS = pl.DataFrame(schema={"priority": pl.String, "response_target_hours": pl.Float64,
                                  "resolution_target_hours": pl.Float64})


def window(key: str, unit: str = "week") -> mr.Window:
    period = parse_period(unit, key)
    return period.key, period.start, period.end


def test_periods_parse_to_their_bounds(day):
    week = parse_period("week", "2026-W47")
    assert (week.start, week.end) == (day("2026-11-16"), day("2026-11-23"))
    assert parse_period("week", "2026-W53").start == day("2026-12-28")
    assert parse_period("month", "2026-12").end == day("2027-01-01")
    quarter = parse_period("quarter", "2026-Q4")
    assert (quarter.start, quarter.end) == (day("2026-10-01"), day("2027-01-01"))
    assert quarter.describe() == "quarter 2026-Q4 (1 Oct – 31 Dec 2026)"


@pytest.mark.parametrize(("unit", "key"), [
    ("week", "2025-W53"), ("week", "2026-47"), ("month", "2026-13"), ("month", "26-01"),
    ("quarter", "2026-Q0"), ("quarter", "2026-4"),
])
def test_malformed_or_impossible_keys_are_input_errors(unit, key):
    with pytest.raises(InputError, match=f"is not a {unit}"):
        parse_period(unit, key)


def test_shifting_crosses_year_boundaries(day):
    assert parse_period("week", "2021-W01").shifted(-1).key == "2020-W53"
    assert parse_period("month", "2026-01").shifted(-1).key == "2025-12"
    assert [p.key for p in parse_period("quarter", "2026-Q2").previous(3)] == [
        "2025-Q3", "2025-Q4", "2026-Q1"]
    assert period_at("week", day("2021-01-02").date()).key == "2020-W53"


def daily(first: str, last: str) -> list[dict]:
    """One ticket created at 10:00 on each day from `first` to `last`."""
    days = pl.date_range(datetime.fromisoformat(first), datetime.fromisoformat(last),
                         eager=True)
    return [{"created": f"{d.isoformat()} 10:00"} for d in days]


@pytest.mark.parametrize(("last", "unit", "expected"), [
    ("2026-11-22", "week", "2026-W47"),   # data reaches Sunday: that week is complete
    ("2026-11-21", "week", "2026-W46"),   # Saturday: the week before
    ("2026-11-30", "month", "2026-11"),
    ("2026-11-29", "month", "2026-10"),
    ("2026-12-31", "quarter", "2026-Q4"),
])
def test_default_period_is_the_last_complete_one(last, unit, expected, tickets):
    frame = tickets(daily("2026-01-05", last))
    assert default_period(unit, frame, data_span(frame)).key == expected


def test_the_span_is_created_and_closed_dates_only(tickets, day):
    frame = tickets([
        {"created": "2026-09-02 10:00", "updated": "2027-01-20 10:00"},
        {"created": "2026-09-20 10:00", "closed_at": "2026-10-03 09:00",
         "updated": "2026-12-30 10:00"},
        {"created": "2026-11-04 10:00", "updated": "2027-02-01 10:00"},
    ])
    span = data_span(frame)
    assert (span.first, span.last) == (day("2026-09-02 10:00"), day("2026-11-04 10:00"))
    # October is the last complete month with a ticket created or closed in it.
    assert default_period("month", frame, span).key == "2026-10"


def test_an_empty_last_complete_period_gives_way_to_the_one_before(tickets):
    frame = tickets([{"created": "2026-08-10 10:00"}, {"created": "2026-09-14 10:00"},
                     {"created": "2026-11-20 10:00"}])
    # October has nothing created or closed; November is not over.
    assert default_period("month", frame, data_span(frame)).key == "2026-09"


def test_data_shorter_than_one_period_gives_its_latest_partial_period(tickets, day):
    frame = tickets([{"created": "2026-11-18 10:00"}, {"created": "2026-11-24 10:00"}])
    span = data_span(frame)
    period = default_period("week", frame, span)
    assert period.key == "2026-W48" and not is_complete(period, span)
    assert default_period("month", frame, span).key == "2026-11"
    with pytest.raises(InputError, match="outside the data"):
        check_in_span(parse_period("week", "2026-W49"), span)
    check_in_span(parse_period("week", "2026-W48"), span)


@pytest.fixture(scope="module")
def board(tickets) -> pl.DataFrame:
    """Seven tickets over 2026-W45 to W47: two teams on one, one unlabelled, one closed early."""
    return tickets([
        {"created": "2026-11-02 09:00", "closed_at": "2026-11-04 09:00", "team": ["PlatOps"]},
        {"created": "2026-11-03 09:00", "team": ["PlatOps", "Observability"]},
        {"created": "2026-11-09 10:00", "closed_at": "2026-11-16 10:00", "team": ["PlatOps"]},
        {"created": "2026-11-10 10:00", "closed_at": "2026-11-10 12:00", "team": []},
        {"created": "2026-11-17 10:00", "closed_at": "2026-11-18 10:00",
         "team": ["Data Platform"]},
        {"created": "2026-11-18 10:00", "team": ["PlatOps"]},
        {"created": "2026-11-19 10:00", "closed_at": "2026-11-19 09:00", "team": ["PlatOps"]},
    ])


def test_window_numbers_agree_with_the_weekly_backlog_metric(board):
    timed = with_durations(board)
    series = metrics.backlog(board, "week")
    windows = [window(key) for key in series["period"]]
    summary = mr.window_summaries(timed, NO_TARGETS, windows)
    assert summary["created"].to_list() == series["created"].to_list()
    assert summary["closed"].to_list() == series["closed"].to_list()
    assert summary["backlog"].to_list() == series["backlog"].to_list()


def test_window_summary_of_one_week(board):
    row = mr.window_summary(with_durations(board), NO_TARGETS, window("2026-W46"))
    assert (row["created"], row["closed"], row["net"], row["backlog"]) == (2, 1, 1, 2)
    assert row["resolution_median_hours"] == 2.0
    assert row["oldest_open_key"] == "SUPP-2"
    assert row["oldest_open_days"] == pytest.approx(13 - 9 / 24)


def test_value_changes_put_this_period_beside_the_previous_ones(board):
    changes = mr.value_changes(board, "team", window("2026-W47"), window("2026-W46"),
                               [window("2026-W45"), window("2026-W46")])
    assert changes.rows() == [
        ("PlatOps", 2, 1, 1, 1.5), ("Data Platform", 1, 0, 1, 0.0),
        ("Observability", 0, 0, 0, 0.5), ("Unlabelled", 0, 1, -1, 0.5),
    ]


def test_value_changes_leave_unknown_comparisons_null_never_zero(board):
    alone = mr.value_changes(board, "team", window("2026-W47"), None)
    assert alone.rows() == [("PlatOps", 2, None, None, None), ("Data Platform", 1, None, None,
                                                                   None)]
    partial = mr.value_changes(board, "team", window("2026-W47"), window("2026-W46"))
    assert partial.row(0) == ("PlatOps", 2, 1, 1, None)


def test_first_seen_ignores_values_seen_before_and_unlabelled(board):
    new = mr.first_seen(board, "team", window("2026-W47"))
    assert new.select("value", "keys").rows() == [("Data Platform", ["SUPP-5"])]


def test_clusters_find_the_densest_few_days_per_pair(tickets):
    frame = tickets([
        {"created": created, "team": ["PlatOps"], "labels": [label]}
        for created, label in [
            ("2026-11-16 09:00", "k8s"), ("2026-11-17 09:00", "k8s"), ("2026-11-19 08:00", "k8s"),
            ("2026-11-22 09:00", "k8s"), ("2026-11-16 09:00", "dns"), ("2026-11-21 09:00", "dns"),
            ("2026-11-22 09:00", "dns"),
        ]
    ])
    found = mr.clusters(frame, ("team", "labels"), window("2026-W47"), days=3, minimum=3)
    assert found.select("second", "tickets", "keys").rows() == [
        ("k8s", 3, ["SUPP-1", "SUPP-2", "SUPP-3"])]


def test_open_longest_and_missed_targets(board):
    targets = pl.DataFrame({"priority": ["Medium"], "response_target_hours": [1.0],
                            "resolution_target_hours": [48.0]})
    timed = with_durations(board)
    assert mr.open_longest(timed, datetime(2026, 11, 23))["key"].to_list() == ["SUPP-2", "SUPP-6"]
    missed = mr.missed_targets(timed, targets, window("2026-W47"))
    assert missed.select("key", "measure", "hours").rows() == [("SUPP-3", "resolution", 168.0)]


@pytest.mark.parametrize(("value", "unit", "text"), [
    (0.5, None, "30 min"), (5.25, None, "5.2 h"), (50, None, "2.1 d"), (12, "d", "0.5 d"),
    (None, None, "–"),
])
def test_hours(value, unit, text):
    assert fmt.hours(value, unit) == text


def test_changes_and_escaping():
    assert fmt.count_change(12, 8) == "+4 (+50%)"
    assert fmt.count_change(8, 8) == "0"
    assert fmt.count_change(6, 8.5) == "−2.5 (−29%)"
    assert fmt.share_change(0.5, 0.51) == "−1 pt"
    assert fmt.hours_change(10, 12) == "−2.0 h"
    assert fmt.escape("a | b *c* <d>\nnext") == r"a \| b \*c\* \<d\> next"
    assert fmt.previous(1, "week") == "previous week"
    assert fmt.keys(["A", "B", "C"], 2) == "A, B and 1 more"


def test_tokens_are_stable_and_depend_on_the_key():
    assert person_token("Ana Silva") == person_token("Ana Silva")
    assert person_token("Ana Silva") != person_token("Ana Silvа")  # Cyrillic a
    assert person_token("Ana Silva", b"team secret") != person_token("Ana Silva")
    assert person_token("Ana Silva").startswith("person-")


def test_anonymise_replaces_people_everywhere_and_keeps_durations(tickets, day):
    frame = tickets([{
        "created": "2026-11-16 09:00", "reporter": "Ana Silva", "reporter_id": "557058:ana-0001",
        "assignee": "Bo Li", "summary": "ANA SILVA asks; see 712020:abcdef-12 and Bo Li",
        "comments": [{"at": day("2026-11-16 10:00"), "author": "557058:ana-0001", "body": "x"},
                     {"at": day("2026-11-16 11:00"), "author": "Bo Li", "body": "Hi Ana"}],
    }])
    before = with_durations(frame)["response_hours"].to_list()
    hidden = anonymise(frame, key=b"k")
    row = hidden.row(0, named=True)
    assert row["reporter"] == person_token("Ana Silva", b"k")
    assert row["assignee"] == person_token("Bo Li", b"k")
    assert [c["author"] for c in row["comments"]] == [
        person_token("557058:ana-0001", b"k"), person_token("Bo Li", b"k")]
    assert all(c["body"] == "" for c in row["comments"])
    assert row["summary"] == (f"{person_token('Ana Silva', b'k')} asks; see "
                              f"{person_token('712020:abcdef-12', b'k')} and "
                              f"{person_token('Bo Li', b'k')}")
    assert with_durations(hidden)["response_hours"].to_list() == before == [2.0]


def test_a_pair_that_is_always_busy_is_not_a_cluster(tickets, day):
    daily = [f"2026-11-{d:02d} 09:00" for d in range(2, 23)]
    frame = tickets([{"created": created, "team": ["PlatOps"], "labels": ["k8s"]}
                     for created in daily])
    this_week, before = window("2026-W47"), ("before", day("2026-11-02"), day("2026-11-16"))
    assert mr.clusters(frame, ("team", "labels"), this_week).height == 1
    busy = mr.clusters(frame, ("team", "labels"), this_week, baseline=before)
    assert busy.height == 0
    burst = tickets([{"created": created, "team": ["PlatOps"], "labels": ["k8s"]}
                     for created in [*daily[:14], *["2026-11-17 10:00"] * 12]])
    found = mr.clusters(burst, ("team", "labels"), this_week, baseline=before)
    assert found.select("tickets", "expected").rows() == [(12, 3.0)]


def test_keys_link_each_key_and_keep_its_note_outside_the_link() -> None:
    shown = fmt.keys(["SUPP-1", "SUPP-2"], site="https://x.example", notes={"SUPP-2": "2 times"})
    assert shown == ("[SUPP-1](https://x.example/browse/SUPP-1), "
                     "[SUPP-2](https://x.example/browse/SUPP-2) (2 times)")
