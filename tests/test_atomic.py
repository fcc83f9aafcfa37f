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


def test_output_folder_is_made_and_refused_when_it_cannot_be(tmp_path):
    from analysis.atomic import ensure_output_folder
    from analysis.errors import InputError

    made = ensure_output_folder(tmp_path / "a" / "b", "the files")
    assert made.is_dir() and list(made.iterdir()) == []
    (tmp_path / "q.csv").write_text("keep")
    with pytest.raises(InputError, match=r"q.csv is a file; pass a folder to -o \(the files\)"):
        ensure_output_folder(tmp_path / "q.csv", "the files")
    with pytest.raises(InputError, match="Cannot write into the output folder .*-o"):
        ensure_output_folder(tmp_path / "q.csv" / "sub", "the files")
    with pytest.raises(InputError, match="Cannot write into the output folder /proc/nope"):
        ensure_output_folder("/proc/nope", "the files")
    assert (tmp_path / "q.csv").read_text() == "keep"


def test_save_png_into_a_blocked_place_is_an_input_error(tmp_path):
    from matplotlib.figure import Figure

    from analysis.errors import InputError
    from analysis.charts.png import save_png

    (tmp_path / "2026-W05").write_text("a file where the figure folder goes")
    with pytest.raises(InputError, match="Cannot write .*01-teams.png"):
        save_png(Figure(), tmp_path / "2026-W05" / "01-teams.png")
