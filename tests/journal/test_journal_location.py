"""Where a board's journal lives: beside a file, beside a folder, or an old one inside a folder."""

from __future__ import annotations

from pathlib import Path

from analysis.journal import board_journal, default_journal_path


def test_default_path_sits_beside_export():
    assert default_journal_path(Path("/x/board.csv")) == Path("/x/board.csv.labels.csv")


def test_a_folder_journal_sits_beside_the_folder(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    assert default_journal_path(exports) == tmp_path / "exports.labels.csv"
    assert board_journal([exports]).path == tmp_path / "exports.labels.csv"


def test_the_current_folder_gets_a_journal_named_after_it(tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.chdir(exports)
    assert default_journal_path(Path(".")) == tmp_path / "exports.labels.csv"


def test_a_given_journal_is_used_as_given(tmp_path):
    assert board_journal([tmp_path], tmp_path / "mine.csv") == (tmp_path / "mine.csv", ())


def test_an_old_journal_inside_a_folder_is_kept_with_one_warning(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    inside = exports / "board.csv.labels.csv"
    inside.write_text("# supp-tui journal v1\nat,by,key,dimension,value,op\n")
    location = board_journal([exports])
    assert location.path == inside
    [warning] = location.warnings
    assert str(tmp_path / "exports.labels.csv") in warning and "move it" in warning
