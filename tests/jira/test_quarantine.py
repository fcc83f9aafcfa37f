"""Quarantine: useful tickets copied byte-for-byte, the rest counted with a reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from analysis.jira._records import file_record_spans, record_spans
from analysis.errors import InputError
from analysis.jira import read_export
from analysis.jira import quarantine
from supp_tui.cli import main

HEADER = (
    b"\xef\xbb\xbfIssue key,Summary,Description,Created,Updated,Labels,Labels,Comment\r\n"
)
RECORDS = [
    # kept: team via alias, multi-line quoted cells with CRLF inside and doubled quotes
    (b'S-1,Disk full,"line 1\r\nline 2, ""quoted""",17/Jan/21 10:32 AM,18/Jan/21 9:00 AM,'
    b'bnd,x,"18/Jan/21 9:05 AM;557058:ab;done; really\nyes"\r\n'),
    # no team
    b"S-2,No team,,17/Jan/21 10:32 AM,18/Jan/21 9:00 AM,urgent,,\r\n",
    # no key
    b",Keyless,,17/Jan/21 10:32 AM,18/Jan/21 9:00 AM,platops,,\r\n",
    # unparseable Created
    b"S-4,Bad date,,someday,18/Jan/21 9:00 AM,platops,,\r\n",
    # older duplicate of S-6
    b"S-6,Old copy,,17/Jan/21 10:32 AM,18/Jan/21 9:00 AM,o11y,,\r\n",
    # kept: newest S-6
    b"S-6,New copy,,17/Jan/21 10:32 AM,19/Jan/21 9:00 AM,o11y,netplat,\r\n",
    # Excel's empty trailing row
    b",,,,,,,\r\n",
]
GOOD = [RECORDS[i] for i in (0, 5)]


@pytest.fixture
def board(tmp_path) -> Path:
    """An export with each kind of record in RECORDS, the newest S-6 between Excel's empty rows."""
    path = tmp_path / "board.csv"
    path.write_bytes(HEADER + b"".join(RECORDS[:5]) + RECORDS[6] + RECORDS[5] + RECORDS[6])
    return path


def _records(path: Path) -> list[bytes]:
    data = path.read_bytes()
    spans = record_spans(data)
    return [data[s:e] for s, e in zip(spans.starts, spans.ends, strict=True)]


def test_output_is_the_header_and_kept_records_byte_for_byte(tmp_path, board, framework):
    result = quarantine([board], tmp_path / "useful.csv", framework)
    written = (tmp_path / "useful.csv").read_bytes()
    assert written == HEADER + b"".join(GOOD)
    assert result.kept == 2


def test_reasons_and_counts(tmp_path, board, framework):
    result = quarantine([board], tmp_path / "useful.csv", framework)
    assert result.left_out == {"no key": 1, "duplicate": 1, "unparseable Created": 1, "no team": 1}
    table = {row["team"]: row for row in result.per_team().iter_rows(named=True)}
    assert table["Observability"]["kept"] == 1 and table["Observability"]["duplicate"] == 1
    assert table["Network Platform"]["kept"] == 1
    assert table["Build and Deploy"]["kept"] == 1
    assert table["PlatOps"]["no key"] == 1 and table["PlatOps"]["unparseable Created"] == 1
    assert table["(no team)"]["no team"] == 1


def test_output_reads_back_as_the_same_useful_tickets(tmp_path, board, framework, column):
    quarantine([board], tmp_path / "useful.csv", framework)
    again = read_export([tmp_path / "useful.csv"], framework)
    assert column(again, "key") == ["S-1", "S-6"]
    assert column(again, "summary") == ["Disk full", "New copy"]
    assert column(again, "description")[0] == 'line 1\r\nline 2, "quoted"'


def test_several_files_with_one_header_share_one_output(tmp_path, framework):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(HEADER + RECORDS[4] + RECORDS[0])
    second.write_bytes(HEADER + RECORDS[5] + RECORDS[1])
    result = quarantine([first, second], tmp_path / "useful.csv", framework)
    assert (tmp_path / "useful.csv").read_bytes() == HEADER + RECORDS[0] + RECORDS[5]
    assert result.left_out["duplicate"] == 1


def test_different_headers_are_refused_with_what_to_do(tmp_path, framework):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(HEADER + RECORDS[0])
    second.write_bytes(b"Issue key,Summary,Created\nS-9,x,17/Jan/21 10:32 AM\n")
    with pytest.raises(InputError, match="different header line.*quarantine each export"):
        quarantine([first, second], tmp_path / "useful.csv", framework)
    assert sorted(tmp_path.iterdir()) == [first, second]


def test_refuses_to_overwrite_an_input(tmp_path, board, framework):
    before = board.read_bytes()
    with pytest.raises(InputError, match="is one of the exports being read"):
        quarantine([board], board, framework)
    link = tmp_path / "alias.csv"
    link.symlink_to(board)
    with pytest.raises(InputError, match="is one of the exports being read"):
        quarantine([tmp_path], link, framework)
    assert board.read_bytes() == before


def test_failure_leaves_an_existing_output_untouched_and_no_temporary_file(
    tmp_path, board, framework
):
    out = tmp_path / "out"
    out.mkdir()
    useful = out / "useful.csv"
    useful.write_bytes(b"previous")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"Issue key,Summary,Created\nS-1,a,never\n")
    with pytest.raises(InputError):
        quarantine([bad], useful, framework)
    assert useful.read_bytes() == b"previous"
    assert [p.name for p in out.iterdir()] == ["useful.csv"]


def test_last_record_without_line_end_is_terminated(tmp_path, framework):
    path = tmp_path / "board.csv"
    path.write_bytes(b"Issue key,Summary,Created,Labels\nS-1,a,17/Jan/21 10:32 AM,devex")
    quarantine([path], tmp_path / "useful.csv", framework)
    assert (tmp_path / "useful.csv").read_bytes() == (
        b"Issue key,Summary,Created,Labels\nS-1,a,17/Jan/21 10:32 AM,devex\n"
    )


def test_cp1252_records_are_copied_in_their_own_encoding(tmp_path, framework):
    path = tmp_path / "board.csv"
    text = "Issue key,Summary,Created,Labels\r\nS-1,Café,17/01/2021 15:26,devex\r\n"
    path.write_bytes(text.encode("cp1252"))
    result = quarantine([path], tmp_path / "useful.csv", framework)
    assert (tmp_path / "useful.csv").read_bytes() == text.encode("cp1252")
    assert any("Windows-1252" in warning for warning in result.warnings)


def test_record_spans_follow_quotes_not_lines():
    data = b'h1,h2\n"a\nb",1\n\n"say ""hi""\r\n",2\r\nlast,3'
    spans = record_spans(data)
    assert spans.header == (0, 6)
    records = [data[s:e] for s, e in zip(spans.starts, spans.ends, strict=True)]
    assert records == [b'"a\nb",1\n', b"\n", b'"say ""hi""\r\n",2\r\n', b"last,3"]
    assert isinstance(spans.starts, np.ndarray)


@pytest.mark.parametrize("chunk_bytes", [1, 2, 3, 5, 7, 64])
def test_file_record_spans_match_across_chunk_boundaries(tmp_path, chunk_bytes):
    data = b'h1,h2\r\n"a\nb",1\n\n"say ""hi""\r\n",2\r\n"""",3\nlast,"4\n"'
    path = tmp_path / "board.csv"
    path.write_bytes(data)
    expected, found = record_spans(data), file_record_spans(path, chunk_bytes)
    assert found.header == expected.header
    assert found.starts.tolist() == expected.starts.tolist()
    assert found.ends.tolist() == expected.ends.tolist()
    assert found.ends[-1] == len(data)


def test_cli_prints_kept_reasons_and_teams(tmp_path, board, capsys):
    status = main(["quarantine", str(board), "-o", str(tmp_path / "useful.csv"), "--list"])
    out = capsys.readouterr().out
    assert status == 0
    assert "Kept 2 of 6 tickets" in out
    assert "no key" in out and "board.csv record 3" in out
    assert "duplicate" in out and "S-6" in out and "S-4" in out and "S-2" in out
    assert "Observability" in out and "(no team)" in out and "total" in out


def test_cli_bad_input_exits_2_without_output(tmp_path, capsys):
    status = main(["quarantine", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "u.csv")])
    assert status == 2
    assert "missing.csv does not exist" in capsys.readouterr().err
    assert not (tmp_path / "u.csv").exists()


def test_real_entry_point(tmp_path, board):
    script = Path(sys.executable).with_name("supp-tui")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "supp_tui"]
    done = subprocess.run(
        [*command, "quarantine", str(board), "-o", str(tmp_path / "useful.csv")],
        capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Kept 2 of 6 tickets" in done.stdout
    assert _records(tmp_path / "useful.csv") == GOOD


def test_output_inside_a_folder_being_read_gets_a_warning(tmp_path, board, framework):
    result = quarantine([tmp_path], tmp_path / "useful.csv", framework)
    assert any("next read of" in warning for warning in result.warnings)



def test_unwritable_output_is_one_sentence_exit_2_and_nothing_written(tmp_path, board, capsys):
    outputs = [board / "useful.csv", board / "sub" / "useful.csv", Path("/proc/nope/q.csv")]
    outputs += [Path("/sys/q.csv")] if Path("/sys").is_dir() else []
    before = sorted(tmp_path.rglob("*"))
    for output in outputs:
        status = main(["quarantine", str(board), "-o", str(output)])
        err = capsys.readouterr().err
        assert status == 2, output
        assert err.count("\n") == 1 and "Traceback" not in err and str(output) in err
        assert "choose another path with -o" in err
    assert sorted(tmp_path.rglob("*")) == before
    assert not Path("/sys/q.csv").exists()


def test_output_under_a_file_names_the_file(board, framework):
    with pytest.raises(InputError, match=f"{board} is a file, so"):
        quarantine([board], board / "sub" / "useful.csv", framework)


def test_missing_output_folders_are_made(tmp_path, board, framework):
    output = tmp_path / "new" / "deep" / "useful.csv"
    quarantine([board], output, framework)
    assert _records(output) == GOOD
