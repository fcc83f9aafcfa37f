"""Journals an editor touched (a BOM, CRLF line ends) still read and append in their own line
end, and an append cut short by a full disk leaves no partial line behind."""

from __future__ import annotations

import errno
import os

import pytest

from analysis.errors import InputError
from analysis.journal import HEADER, _writer, open_journal, read_journal, read_labels

LINES = ("2026-01-05T09:00:00.000000Z,ana,S-1,team,platops,set\n"
         "2026-01-05T09:00:01.000000Z,ana,S-2,category,metrics,add\n")
EXPECTED = {("S-1", "team", "platops"), ("S-2", "category", "metrics")}


def edited(path, *, bom: bool, crlf: bool):
    text = HEADER + LINES
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    return path


@pytest.mark.parametrize(("bom", "crlf"), [(True, False), (False, True), (True, True)])
def test_an_edited_journal_reads_without_warnings(tmp_path, bom, crlf):
    path = edited(tmp_path / "b.labels.csv", bom=bom, crlf=crlf)
    assert set(read_labels(path).iter_rows()) == EXPECTED
    contents = read_journal(path)
    assert contents.warnings == ()
    assert {(e.key, e.dimension, e.value) for e in contents.entries} == EXPECTED


@pytest.mark.parametrize(("bom", "crlf"), [(True, False), (False, True), (True, True)])
def test_appends_keep_the_files_own_line_end(tmp_path, bom, crlf):
    path = edited(tmp_path / "b.labels.csv", bom=bom, crlf=crlf)
    with open_journal(path, by="ben") as journal:
        assert journal.labels == {"S-1": {"team": ["platops"]}, "S-2": {"category": ["metrics"]}}
        assert journal.warnings == ()
        journal.toggle("S-3", "team", "netplat", multi=False)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    if crlf:
        assert data.count(b"\n") == data.count(b"\r\n") == 5
    else:
        assert b"\r" not in data
    assert ("S-3", "team", "netplat") in set(read_labels(path).iter_rows())


def test_a_full_disk_mid_append_leaves_the_journal_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana") as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
        before = path.read_bytes()
        real_write = os.write

        def write_half_then_fail(descriptor, data):
            real_write(descriptor, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(_writer.os, "write", write_half_then_fail)
        with pytest.raises(InputError, match="No space left on device") as raised:
            journal.toggle("S-2", "team", "netplat", multi=False)
        monkeypatch.setattr(_writer.os, "write", real_write)
        assert str(path) in str(raised.value) and str(raised.value).count(".") >= 1
        assert path.read_bytes() == before
        assert journal.values("S-2", "team") == ()
        journal.toggle("S-3", "team", "netplat", multi=False)
    contents = read_journal(path)
    assert contents.warnings == ()
    assert [e.key for e in contents.entries] == ["S-1", "S-3"]
