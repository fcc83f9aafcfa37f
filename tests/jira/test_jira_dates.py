"""Jira's locale-dependent date formats, detected on Created and parsed with explicit formats."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.jira._dates import DATETIME, DateFormat, split_pattern
from analysis.jira._months import month_rewrite


@pytest.fixture
def created(read_text, column):
    """`created(*values, framework=None)`: the created column of one ticket per Created value."""
    def parse(*values: str, framework=None) -> list:
        rows = "".join(f"S-{i},s,{value}\n" for i, value in enumerate(values))
        return column(read_text("Issue key,Summary,Created\n" + rows, framework), "created")
    return parse


def test_jira_default_format(created):
    assert created("17/Jan/21 10:32 AM", "2/Feb/21 12:05 PM", "3/Mar/21 12:01 AM") == [
        datetime(2021, 1, 17, 10, 32), datetime(2021, 2, 2, 12, 5), datetime(2021, 3, 3, 0, 1),
    ]


@pytest.mark.parametrize(("text", "month"), [
    ("02/oct/25 10:00 AM", 10),   # Spanish / English, lower case
    ("02/ene/25 10:00 AM", 1),    # Spanish
    ("02/dic./25 10:00 AM", 12),  # Spanish with a dot
    ("05/set/23 10:00 AM", 9),    # Portuguese
    ("05/out/23 10:00 AM", 10),   # Portuguese
    ("05/fev/23 10:00 AM", 2),    # Portuguese
    ("02/déc./25 10:00 AM", 12),  # French with a dot
    ("02/févr./25 10:00 AM", 2),  # French
    ("02/FÉVR/25 10:00 AM", 2),   # French, upper case, no dot
    ("02/août/25 10:00 AM", 8),   # French
    ("02/juil./25 10:00 AM", 7),  # French
    ("02/März/25 10:00 AM", 3),   # German
    ("02/Mär/25 10:00 AM", 3),    # German short
    ("02/Okt/25 10:00 AM", 10),   # German
    ("02/Dez./25 10:00 AM", 12),  # German with a dot
    ("02/Mai/25 10:00 AM", 5),    # German / French / Portuguese
    ("02/sept./25 10:00 AM", 9),  # French September
])
def test_localised_month_abbreviations_with_english_am_pm(text, month, created):
    assert created(text) == [datetime(2025 if "/25" in text else 2023, month,
                                      int(text[:2]), 10, 0)]


def test_iso_with_and_without_seconds(created):
    assert created("2021-01-17 10:32", "2021-01-18 11:00") == [
        datetime(2021, 1, 17, 10, 32), datetime(2021, 1, 18, 11, 0),
    ]
    assert created("2021-01-17 10:32:45") == [datetime(2021, 1, 17, 10, 32, 45)]


def test_excel_round_trip_day_first(created):
    assert created("17/01/2021 15:26", "03/02/2021 09:00") == [
        datetime(2021, 1, 17, 15, 26), datetime(2021, 2, 3, 9, 0),
    ]


def test_24_hour_clock_with_month_names(created):
    assert created("17/jan/21 15:26") == [datetime(2021, 1, 17, 15, 26)]


def test_configured_date_format_overrides_detection(framework_with, created):
    framework = framework_with(date_format="%d.%m.%Y %H:%M")
    assert created("03.02.2021 09:00", framework=framework) == [datetime(2021, 2, 3, 9)]


def test_configured_month_names_are_added(framework_with, created):
    framework = framework_with(month_names={"tammi": 1, "helmi": 2})
    assert created("03/helmi/21 9:00 AM", framework=framework) == [
        datetime(2021, 2, 3, 9),
    ]


def test_other_date_columns_use_the_same_format(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Updated,Resolved\n"
        "S-1,a,02/oct/25 9:00 AM,03/oct/25 1:00 PM,04/oct/25 2:30 PM\n"
    )
    assert column(export, "updated") == [datetime(2025, 10, 3, 13)]
    assert column(export, "resolved") == [datetime(2025, 10, 4, 14, 30)]


def test_dates_matching_no_format_are_an_error_naming_the_setting(created):
    with pytest.raises(InputError) as caught:
        created("yesterday", "last week", "Jan 17th", "soon")
    message = str(caught.value)
    assert "4 Created values" in message
    assert "'yesterday', 'last week', 'Jan 17th'" in message and "soon" not in message
    assert 'date_format = "' in message and "[export]" in message and "labels.toml" in message


def test_configured_format_that_matches_nothing_is_an_error(framework_with, created):
    framework = framework_with(date_format="%Y/%m/%d")
    with pytest.raises(InputError, match='do not match date_format "%Y/%m/%d"'):
        created("17/Jan/21 10:32 AM", framework=framework)


def test_a_few_bad_created_cells_become_null_with_a_warning(read_text, column):
    text = "Issue key,Summary,Created\n" + "".join(
        f"S-{i},s,17/Jan/21 10:32 AM\n" for i in range(5)
    ) + "S-9,s,not a date\n"
    export = read_text(text)
    assert column(export, "created")[-1] is None
    assert column(export, "created")[0] == datetime(2021, 1, 17, 10, 32)
    [warning] = [w for w in export.warnings if "Created" in w]
    assert "1 tickets" in warning and "'not a date'" in warning and "quarantine" in warning


def test_empty_created_cells_are_null_without_a_warning(read_text, column):
    export = read_text("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\nS-2,b,\n")
    assert column(export, "created") == [datetime(2021, 1, 17, 10, 32), None]
    assert not any("Created" in warning for warning in export.warnings)


def test_localised_months_that_only_appear_outside_created_still_parse(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Updated,Comment\n"
        'S-1,a,02/oct/25 9:00 AM,05/oct/25 9:00 AM,"03/dic/25 9:00 AM;557058:x;hola"\n'
        'S-2,b,02/oct/25 9:00 AM,05/ene/26 9:00 AM,\n'
    )
    assert column(export, "updated")[1] == datetime(2026, 1, 5, 9, 0)
    assert column(export, "comments")[0][0]["at"] == datetime(2025, 12, 3, 9, 0)


@pytest.mark.parametrize(("pattern", "halves"), [
    ("%d/%b/%y %I:%M %p", ("%d/%b/%y", "%I:%M %p")),
    ("%m/%d/%Y %I:%M %p", ("%m/%d/%Y", "%I:%M %p")),
    ("%d/%B/%Y %H:%M", ("%d/%b/%Y", "%H:%M")),
    ("%Y-%m-%d %H:%M", None),      # polars parses numeric formats fast whole
    ("%d/%b/%y", None),            # no time half
    ("%d %b %Y %H:%M", None),      # the day half has a space
    ("%H:%M %d/%b/%y", None),      # time first
])
def test_split_pattern(pattern, halves):
    assert split_pattern(pattern) == halves


def test_split_parse_gives_what_a_whole_value_parse_gives():
    values = [
        "17/Jan/21 10:32 AM", "2/Feb/21 12:05 PM", "31/Dec/99 11:59 PM", "01/Jan/70 12:00 AM",
        "17/Jan/21  10:32 AM", " 17/Jan/21 10:32 AM", "17/Jan/21\t10:32 AM", "17/Jan/21 10:32AM",
        "17/JAN/21 10:32 am", "17/Jan/21 10:32 AM ", "17/Jan/21", "32/Jan/21 10:32 AM",
        "17/Jan/21 13:32 PM", "garbage", "", " ", None,
    ]
    pattern = "%d/%b/%y %I:%M %p"
    series = pl.Series(values, dtype=pl.String)
    dates = DateFormat((pattern,), *month_rewrite(series, {}))
    parsed = pl.select(dates.parse(pl.lit(series), plausible=False)).to_series()
    assert parsed.to_list() == series.str.strptime(DATETIME, pattern, strict=False).to_list()


def test_split_parse_rewrites_month_names_in_the_day_half():
    series = pl.Series(["02/déc./25 3:00 PM", "05/set/23 10:00 AM", "02/Mär/25 12:30 AM"])
    dates = DateFormat(("%d/%b/%y %I:%M %p",), *month_rewrite(series, {}))
    parsed = pl.select(dates.parse(pl.lit(series)))
    assert parsed.to_series().to_list() == [
        datetime(2025, 12, 2, 15), datetime(2023, 9, 5, 10), datetime(2025, 3, 2, 0, 30),
    ]


def test_localised_created_months_missed_by_the_names_sample_still_parse(
    monkeypatch, read_text, column
):
    monkeypatch.setattr("analysis.jira._board_dates.SAMPLE_PER_COLUMN", 1)
    export = read_text(
        "Issue key,Summary,Created\n"
        "S-1,a,02/oct/25 9:00 AM\nS-2,b,05/ene/26 9:00 AM\nS-3,c,not a date\n"
    )
    assert column(export, "created") == [datetime(2025, 10, 2, 9), datetime(2026, 1, 5, 9), None]


def test_a_localised_month_only_in_a_comment_still_parses(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Comment,Comment\n"
        'S-1,a,02/oct/25 9:00 AM,"03/oct/25 9:00 AM;557058:x;hi","03/dic/25 9:00 AM;557058:x;hola"\n'
        "S-2,b,02/oct/25 9:00 AM,,\n"
    )
    assert [c["at"] for c in column(export, "comments")[0]] == [
        datetime(2025, 10, 3, 9), datetime(2025, 12, 3, 9),
    ]


def test_no_date_format_with_the_built_in_settings_says_how_init_can_read_the_export(
    tmp_path, created
):
    with pytest.raises(InputError) as caught:
        created("yesterday")
    message = str(caught.value)
    assert "in the built-in labels.toml" not in message
    assert (f"under [export] in {tmp_path / 'labels.toml'} (a file holding only that section "
            f"will do; `supp-tui init {tmp_path / 'board.csv'} --force` then reads the export "
            f"with it and writes the full file in its place).") in message


def test_no_date_format_with_a_user_labels_toml_names_that_file(tmp_path, user_framework, created):
    with pytest.raises(InputError) as caught:
        created("yesterday", framework=user_framework)
    assert f"under [export] in {tmp_path / 'labels.toml'}." in str(caught.value)
