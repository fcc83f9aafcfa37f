"""Several exports (files or a folder) read as one board, de-duplicated by issue key."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.jira import read_export

HEADER = "Issue key,Summary,Created,Updated\n"
CREATED = "10/Jan/21 9:00 AM"


def _row(key: str, summary: str, updated: str) -> str:
    return f"{key},{summary},{CREATED},{updated}\n"


def test_several_files_keep_the_most_recently_updated_row_per_key(write_export, framework, column):
    first = write_export(HEADER + _row("S-1", "old", "11/Jan/21 9:00 AM")
                         + _row("S-2", "only", "11/Jan/21 9:00 AM"), "first.csv")
    second = write_export(HEADER + _row("S-1", "new", "12/Jan/21 9:00 AM")
                          + _row("S-3", "third", "11/Jan/21 9:00 AM"), "second.csv")
    export = read_export([first, second], framework)
    assert sorted(zip(column(export, "key"), column(export, "summary"))) == [
        ("S-1", "new"), ("S-2", "only"), ("S-3", "third"),
    ]
    assert any("1 rows repeat an issue key" in warning for warning in export.warnings)
    new = export.tickets.row(by_predicate=pl.col("key") == "S-1", named=True)
    assert new["source_file"] == str(second) and new["source_record"] == 0


def test_later_file_does_not_win_when_it_is_older(write_export, framework, column):
    first = write_export(HEADER + _row("S-1", "newer", "12/Jan/21 9:00 AM"), "a.csv")
    second = write_export(HEADER + _row("S-1", "older", "11/Jan/21 9:00 AM"), "b.csv")
    assert column(read_export([first, second], framework), "summary") == ["newer"]


def test_equal_updated_keeps_the_first_occurrence(write_export, framework, column):
    first = write_export(HEADER + _row("S-1", "first", "12/Jan/21 9:00 AM"), "a.csv")
    second = write_export(HEADER + _row("S-1", "second", "12/Jan/21 9:00 AM"), "b.csv")
    assert column(read_export([first, second], framework), "summary") == ["first"]


def test_dedupe_false_keeps_every_row(write_export, framework, column):
    first = write_export(HEADER + _row("S-1", "old", "11/Jan/21 9:00 AM"), "a.csv")
    second = write_export(HEADER + _row("S-1", "new", "12/Jan/21 9:00 AM"), "b.csv")
    export = read_export([first, second], framework, dedupe=False)
    assert column(export, "summary") == ["old", "new"]
    assert not any("repeat" in warning for warning in export.warnings)


def test_rows_without_a_key_are_never_merged(write_export, framework, column):
    path = write_export(HEADER + _row("", "no key 1", "11/Jan/21 9:00 AM")
                        + _row("", "no key 2", "11/Jan/21 9:00 AM"))
    assert column(read_export([path], framework), "summary") == ["no key 1", "no key 2"]


def test_folder_reads_every_csv_sorted_by_name(tmp_path, write_export, framework, column):
    folder = tmp_path / "exports"
    folder.mkdir()
    write_export(HEADER + _row("S-2", "b", "11/Jan/21 9:00 AM"), "exports/2-second.csv")
    write_export(HEADER + _row("S-1", "a", "11/Jan/21 9:00 AM"), "exports/1-first.csv")
    write_export("not an export", "exports/notes.txt")
    export = read_export([folder], framework)
    assert column(export, "key") == ["S-1", "S-2"]
    assert [f.path.name for f in export.files] == ["1-first.csv", "2-second.csv"]


def test_files_with_different_column_orders_and_repeats_concatenate(
    write_export, framework, column
):
    first = write_export("Sprint,Issue key,Summary,Created,Labels\n"
                         f"S7,S-1,a,{CREATED},x\n", "a.csv")
    second = write_export("Created,Summary,Issue key,Labels,Labels,Sprint,Sprint,Extra\n"
                          f"{CREATED},b,S-2,y,z,S7,S8,e\n", "b.csv")
    export = read_export([first, second], framework)
    assert column(export, "labels") == [["x"], ["y", "z"]]
    assert column(export, "Sprint") == [["S7"], ["S7", "S8"]]
    assert column(export, "Extra") == [None, "e"]
    assert column(export, "created") == [datetime(2021, 1, 10, 9, 0)] * 2


def test_each_file_may_use_its_own_date_format(write_export, framework, column):
    jira = write_export(HEADER + _row("S-1", "a", ""), "jira.csv")
    excel = write_export(HEADER + "S-2,b,17/01/2021 15:26,\n", "excel.csv")
    export = read_export([jira, excel], framework)
    assert column(export, "created") == [datetime(2021, 1, 10, 9, 0), datetime(2021, 1, 17, 15, 26)]


def test_folder_without_csv_files_is_an_input_error(tmp_path, framework):
    with pytest.raises(InputError, match="has no .csv files"):
        read_export([tmp_path], framework)


@pytest.mark.parametrize("sniff_bytes", [8, 40, 64 * 1024])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_header_is_the_same_whether_or_not_the_sniffed_head_holds_it(
    monkeypatch, sniff_bytes, encoding, write_export, framework, column
):
    monkeypatch.setattr("analysis.jira._source.SNIFF_BYTES", sniff_bytes)
    text = ("\ufeff" if encoding == "utf-8" else "") + (
        f'Issue key,Summary,Created,"Ré\nsolu"\nS-1,a,{CREATED},\n'
    )
    path = write_export(text, encoding=encoding)
    export = read_export([path], framework)
    assert export.files[0].header == ("Issue key", "Summary", "Created", "Ré\nsolu")
    assert column(export, "key") == ["S-1"] and export.files[0].encoding == encoding
