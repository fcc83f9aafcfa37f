"""Every kind of bad export gets one clear InputError sentence, never a traceback."""

from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.jira import read_export


@pytest.fixture
def read_error(framework):
    """`read_error(paths)`: the one-line InputError message that reading `paths` raises."""
    def error(paths) -> str:
        with pytest.raises(InputError) as caught:
            read_export(paths, framework)
        message = str(caught.value)
        assert "\n" not in message and "Traceback" not in message
        return message
    return error


def test_missing_path(tmp_path, read_error):
    message = read_error([tmp_path / "nope.csv"])
    assert "nope.csv does not exist" in message


@pytest.mark.parametrize("content", [b"", b"\n\n", b"\xef\xbb\xbf", b"   \r\n"])
def test_empty_file(tmp_path, content, read_error):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert "empty.csv is empty" in read_error([path])


def test_excel_workbook_saved_with_a_csv_name(tmp_path, read_error):
    path = tmp_path / "board.csv"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    message = read_error([path])
    assert "Excel workbook" in message and "CSV UTF-8" in message


def test_binary_file(tmp_path, read_error):
    path = tmp_path / "board.csv"
    path.write_bytes(bytes(range(256)) * 8)
    assert "binary file, not a CSV file" in read_error([path])


def test_utf16_export_is_refused_as_binary(write_export, read_error):
    path = write_export("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n",
                        encoding="utf-16")
    assert "UTF-16" in read_error([path])


def test_text_file_that_is_not_a_jira_export(write_export, read_error):
    path = write_export("Dear team,\nplease find the numbers attached.\n", "notes.csv")
    assert "notes.csv does not look like a Jira export" in read_error([path])


def test_record_with_more_cells_than_the_header(write_export, read_error):
    path = write_export("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM,extra,cells\n")
    assert "more cells than the header" in read_error([path])


@pytest.mark.parametrize("text", ["Issue key,Summary,Created\n", "Issue key,Summary,Created\n,,\n"])
def test_header_only_export_is_an_error(text, write_export, read_error):
    path = write_export(text)
    assert "board.csv has a header but no tickets; export the board again" in read_error([path])


def test_board_of_header_only_exports_names_them_all(write_export, read_error):
    paths = [write_export("Issue key,Summary,Created\n", name) for name in ("a.csv", "b.csv")]
    message = read_error(paths)
    assert "None of the 2 exports" in message and "a.csv" in message and "b.csv" in message


def test_a_header_only_export_beside_a_real_one_is_fine(write_export, framework):
    empty = write_export("Issue key,Summary,Created\n", "a.csv")
    full = write_export("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n", "b.csv")
    assert read_export([empty, full], framework).tickets.height == 1


def test_empty_path_list(read_error):
    assert "No export given" in read_error([])
