"""Day/month order decided once per board, mixed formats in one column, implausible dates."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from analysis.errors import InputError
from analysis.jira import read_export
from supp_tui.cli import main

HEADER = "Issue key,Summary,Created\n"


def rows(*created: str) -> str:
    return HEADER + "".join(f"S-{i},s,{value}\n" for i, value in enumerate(created))


def date_warnings(export) -> list[str]:
    """The export's warnings, less the one about its missing Labels column."""
    return [warning for warning in export.warnings if "no Labels column" not in warning]


def test_ambiguous_numeric_dates_are_read_day_first_with_a_warning(read_text, column):
    export = read_text(rows("01/02/2025 10:00", "03/04/2025 11:00", "12/01/2025 9:00"))
    assert column(export, "created") == [
        datetime(2025, 2, 1, 10), datetime(2025, 4, 3, 11), datetime(2025, 1, 12, 9),
    ]
    [warning] = [w for w in export.warnings if "day-first" in w]
    assert "'01/02/2025 10:00'" in warning
    assert 'date_order = "month-first"' in warning and "[export]" in warning


def test_date_order_setting_reads_month_first_without_a_warning(read_text, framework_with,
                                                                 column):
    export = read_text(rows("12/01/2025 10:00", "03/04/2025 11:00"),
                       framework_with(date_order="month-first"))
    assert column(export, "created") == [datetime(2025, 12, 1, 10), datetime(2025, 3, 4, 11)]
    assert not any("day-first" in warning for warning in export.warnings)


def test_date_order_setting_is_validated(framework):
    from pydantic import ValidationError

    from analysis.framework import ExportSettings

    with pytest.raises(ValidationError, match="day-first"):
        ExportSettings(date_order="dd/mm")


def test_one_file_proving_month_first_decides_the_whole_board(write_export, framework, column):
    proof = write_export(rows("01/13/2025 10:00", "02/01/2025 9:00"), "a.csv")
    ambiguous = write_export(HEADER + "T-1,t,02/03/2025 10:00\n", "b.csv")
    export = read_export([proof, ambiguous], framework)
    assert column(export, "created") == [
        datetime(2025, 1, 13, 10), datetime(2025, 2, 1, 9), datetime(2025, 2, 3, 10),
    ]
    assert not any("day-first" in warning for warning in export.warnings)


def test_an_updated_or_comment_date_can_decide_the_order(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Comment\n"
        'S-1,s,02/03/2025 10:00,"02/14/2025 9:00;557058:x;hi"\n'
    )
    assert column(export, "created") == [datetime(2025, 2, 3, 10)]
    assert column(export, "comments")[0][0]["at"] == datetime(2025, 2, 14, 9)


def test_files_that_contradict_each_other_are_an_error_naming_both(write_export, framework):
    day_first = write_export(rows("13/01/2025 10:00"), "europe.csv")
    month_first = write_export(rows("01/13/2025 10:00"), "america.csv")
    with pytest.raises(InputError) as caught:
        read_export([day_first, month_first], framework)
    message = str(caught.value)
    assert str(day_first) in message and "'13/01/2025 10:00'" in message
    assert str(month_first) in message and "'01/13/2025 10:00'" in message


def test_a_column_mixing_known_formats_reads_each_value_by_its_own(read_text, column):
    export = read_text(rows(
        "17/Jan/21 10:32 AM", "2021-01-18 10:32", "19/01/2021 15:26", "20/Jan/21 3:00 PM",
    ))
    assert column(export, "created") == [
        datetime(2021, 1, 17, 10, 32), datetime(2021, 1, 18, 10, 32),
        datetime(2021, 1, 19, 15, 26), datetime(2021, 1, 20, 15),
    ]
    assert not date_warnings(export)


def test_a_rare_format_the_sample_misses_still_parses(monkeypatch, read_text, column):
    monkeypatch.setattr("analysis.jira._board_dates.SAMPLE_PER_COLUMN", 1)
    export = read_text(rows("17/Jan/21 10:32 AM", "18/Jan/21 10:32 AM", "2021-01-19 08:00"))
    assert column(export, "created")[2] == datetime(2021, 1, 19, 8)
    assert not date_warnings(export)


def test_a_mix_with_a_value_no_format_reads_never_advises_one_date_format(read_text, column):
    export = read_text(rows("17/Jan/21 10:32 AM", "2021-01-18 10:32", "18/Jan/21 1:00 PM",
                            "soon"))
    assert column(export, "created")[3] is None
    [warning] = date_warnings(export)
    assert "'soon'" in warning and "date_format" not in warning


def test_implausible_dates_are_set_aside_with_a_warning(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Updated,Resolved\n"
        "S-1,a,17/Jan/21 10:32 AM,01/Jan/70 12:00 AM,\n"
        "S-2,b,18/Jan/21 10:32 AM,18/Jan/21 11:00 AM,2099-05-01 10:00\n"
        "S-3,c,01/Jan/70 12:00 AM,18/Jan/21 11:00 AM,\n"
    )
    assert column(export, "updated") == [None, datetime(2021, 1, 18, 11), datetime(2021, 1, 18, 11)]
    assert column(export, "resolved") == [None, None, None]
    assert column(export, "created")[2] is None
    messages = " ".join(export.warnings)
    assert "1 Updated dates" in messages and "'01/Jan/70 12:00 AM'" in messages
    assert "1 Resolved dates" in messages and "'2099-05-01 10:00'" in messages
    assert "1 Created dates" in messages and "outside 2000-01-01" in messages
    assert "unparseable" not in messages


def test_cli_prints_the_assumed_order_warning(tmp_path, capsys):
    board = tmp_path / "board.csv"
    board.write_text(rows("01/02/2025 10:00", "03/04/2025 11:00"), encoding="utf-8")
    assert main(["stats", str(board), "--json"]) == 0
    [warning] = [w for w in json.loads(capsys.readouterr().out)["warnings"] if "day-first" in w]
    assert 'date_order = "month-first"' in warning


def test_a_board_of_only_implausible_dates_says_so_not_that_the_format_is_unknown(read_text):
    export = read_text(rows("05/Jan/99 10:00 AM", "06/Jan/99 10:00 AM"))
    [warning] = date_warnings(export)
    assert "2 Created dates" in warning and "outside" in warning
    assert "date_format" not in warning


def test_month_first_dates_the_sample_misses_still_decide_the_order(monkeypatch, read_text,
                                                                    column):
    monkeypatch.setattr("analysis.jira._board_dates.SAMPLE_PER_COLUMN", 2)
    export = read_text(rows("17/Jan/21 10:32 AM", "18/Jan/21 10:32 AM", "19/Jan/21 9:00 AM",
                            "01/20/2021 8:00"))
    assert column(export, "created")[3] == datetime(2021, 1, 20, 8)


def test_one_file_with_both_orders_is_named_once(read_text):
    with pytest.raises(InputError, match="has both '13/01/2025 10:00'"):
        read_text(rows("13/01/2025 10:00", "01/13/2025 10:00"))
