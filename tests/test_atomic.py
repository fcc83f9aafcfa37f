"""Atomic writes leave either the old file or the new one, never a partial file."""

import os

import pytest

from analysis.atomic import atomic_output, write_text_atomically


def test_new_file_gets_a_plain_mode_not_0600(tmp_path):
    target = tmp_path / "out.md"
    write_text_atomically(target, "hello\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "hello\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_replacing_keeps_the_old_mode(tmp_path):
    target = tmp_path / "labels.toml"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomically(target, "new", fsync=True)
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_error_mid_write_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "useful.csv"
    target.write_text("precious")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half")
        raise RuntimeError("disk full")
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["useful.csv"]
