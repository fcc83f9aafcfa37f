"""Every kind of bad export gets one clear InputError sentence, never a traceback."""

from __future__ import annotations

import pytest
from jira_csv import FRAMEWORK, write

from analysis.errors import InputError
from analysis.jira import read_export


def _error(paths) -> str:
    with pytest.raises(InputError) as caught:
        read_export(paths, FRAMEWORK)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_missing_path(tmp_path):
    message = _error([tmp_path / "nope.csv"])
    assert "nope.csv does not exist" in message


@pytest.mark.parametrize("content", [b"", b"\n\n", b"\xef\xbb\xbf", b"   \r\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert "empty.csv is empty" in _error([path])


def test_excel_workbook_saved_with_a_csv_name(tmp_path):
    path = tmp_path / "board.csv"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    message = _error([path])
    assert "Excel workbook" in message and "CSV UTF-8" in message


def test_binary_file(tmp_path):
    path = tmp_path / "board.csv"
    path.write_bytes(bytes(range(256)) * 8)
    assert "binary file, not a CSV file" in _error([path])


def test_utf16_export_is_refused_as_binary(tmp_path):
    path = write(tmp_path, "Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n",
                 encoding="utf-16")
    assert "UTF-16" in _error([path])


def test_text_file_that_is_not_a_jira_export(tmp_path):
    path = write(tmp_path, "Dear team,\nplease find the numbers attached.\n", "notes.csv")
    assert "notes.csv does not look like a Jira export" in _error([path])


def test_record_with_more_cells_than_the_header(tmp_path):
    path = write(tmp_path, "Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM,extra,cells\n")
    assert "more cells than the header" in _error([path])


@pytest.mark.parametrize("text", ["Issue key,Summary,Created\n", "Issue key,Summary,Created\n,,\n"])
def test_header_only_export_is_an_error(tmp_path, text):
    path = write(tmp_path, text)
    assert "board.csv has a header but no tickets; export the board again" in _error([path])


def test_board_of_header_only_exports_names_them_all(tmp_path):
    paths = [write(tmp_path, "Issue key,Summary,Created\n", name) for name in ("a.csv", "b.csv")]
    message = _error(paths)
    assert "None of the 2 exports" in message and "a.csv" in message and "b.csv" in message


def test_a_header_only_export_beside_a_real_one_is_fine(tmp_path):
    empty = write(tmp_path, "Issue key,Summary,Created\n", "a.csv")
    full = write(tmp_path, "Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n", "b.csv")
    assert read_export([empty, full], FRAMEWORK).tickets.height == 1


def test_empty_path_list():
    assert "No export given" in _error([])
