"""Sentences that name the real problem: a quote left open, a FIFO, a newer labels.toml, dates
in a known and an unknown format, a folder holding an empty CSV."""

from __future__ import annotations

import os

from supp_tui.cli import main

HEADER = "Issue key,Summary,Created,Labels\n"


def error(capsys, *argv) -> str:
    assert main([*map(str, argv)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("supp-tui: error: ") and err.count("\n") == 1
    return err


def test_an_unterminated_quote_names_its_line(tmp_path, capsys):
    export = tmp_path / "board.csv"
    export.write_text(HEADER + 'SUPP-1,"ok, fine",05/Jan/26 10:00 AM,x\n'
                      'SUPP-2,"broken,05/Jan/26 10:00 AM,x\nSUPP-3,c,05/Jan/26 10:00 AM,x\n')
    err = error(capsys, "stats", export)
    assert "line 3 opens a quoted cell" in err and "never closes" in err


def test_a_fifo_is_not_called_missing(tmp_path, capsys):
    os.mkfifo(tmp_path / "board.csv")
    err = error(capsys, "stats", tmp_path / "board.csv")
    assert "not a regular file or folder" in err and "does not exist" not in err


def test_a_newer_labels_toml_asks_for_an_upgrade(tmp_path, capsys):
    (tmp_path / "board.csv").write_text(HEADER + "SUPP-1,a,05/Jan/26 10:00 AM,x\n")
    (tmp_path / "labels.toml").write_text("version = 7\n")
    err = error(capsys, "stats", tmp_path / "board.csv")
    assert "version 7" in err and "upgrade supp-tui" in err


def test_known_and_unknown_date_formats_name_the_unknown_values(tmp_path, capsys):
    (tmp_path / "board.csv").write_text(
        HEADER + "SUPP-1,a,05/Jan/26 10:00 AM,x\nSUPP-2,b,2026/01/05 10h00,x\n"
        "SUPP-3,c,2026/01/07 10h00,x\n")
    err = error(capsys, "stats", tmp_path / "board.csv")
    assert "'2026/01/05 10h00'" in err and "Created" in err


def test_label_on_a_folder_with_an_empty_csv_blames_the_csv(tmp_path, capsys):
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "board.csv").write_text("")
    err = error(capsys, "label", tmp_path / "exports")
    assert "board.csv is empty" in err and "journal" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def test_an_unreadable_folder_inside_is_named(tmp_path, capsys, monkeypatch):
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "board.csv").write_text(HEADER)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: not str(p).endswith("board.csv")
                        and real(p, mode, **k))
    err = error(capsys, "stats", tmp_path / "exports")
    assert "board.csv cannot be read (permission denied)" in err


def test_a_full_disk_is_one_sentence(tmp_path, capsys, monkeypatch):
    import errno

    from analysis import atomic

    (tmp_path / "board.csv").write_text(HEADER + "SUPP-1,a,05/Jan/26 10:00 AM,platops\n")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "out.csv"))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full)
    err = error(capsys, "quarantine", tmp_path / "board.csv", "-o", tmp_path / "out.csv")
    assert err == (f"supp-tui: error: {tmp_path / 'out.csv'}: No space left on device; free "
                   f"some space on that disk or write somewhere else.\n")


def test_figures_checks_its_output_folder_before_reading_the_board(tmp_path, capsys,
                                                                   monkeypatch):
    import analysis.metrics

    def never(*args, **kwargs):
        raise AssertionError("the board was read before the output folder was checked")

    monkeypatch.setattr(analysis.metrics, "open_board", never)
    (tmp_path / "figures").write_text("not a folder")
    err = error(capsys, "figures", tmp_path / "board.csv", "-o", tmp_path / "figures")
    assert "figures is a file" in err and "-o" in err
