"""Bad input is a clear error: before the app starts when make_app can tell, else as soon as the
app has tried to read the board (exit code 2, nothing written); through the real CLI too."""

from __future__ import annotations

import pytest
from conftest import settle_app

from analysis.errors import InputError
from supp_tui.app import LabelApp
from supp_tui.cli import main


def test_missing_export_is_an_input_error(tmp_path, build_app):
    """A missing export is an InputError before the app exists."""
    with pytest.raises(InputError):
        build_app(tmp_path / "nope.csv")


def test_broken_framework_is_an_input_error(board, build_app):
    """A broken labels.toml is an InputError naming the file."""
    framework = board.parent / "labels.toml"
    framework.write_text(framework.read_text().replace('id = "platform_team"', 'idd = "x"', 1))
    with pytest.raises(InputError, match="labels.toml"):
        build_app()


async def load_error(app: LabelApp) -> InputError | None:
    """Run the app until it has tried to load its board; the error it ended with, if any."""
    async with app.run_test() as pilot:
        await settle_app(pilot)
    return app.load_error


def test_journal_of_a_newer_format_is_an_error_and_untouched(board, build_app):
    """A journal of a newer format is refused before the app exists and left untouched."""
    journal = board.with_name("board.csv.labels.csv")
    journal.write_text("# supp-tui journal v9\nat,by,key,dimension,value,op\n")
    with pytest.raises(InputError, match="format v9"):
        build_app()
    assert journal.read_text() == "# supp-tui journal v9\nat,by,key,dimension,value,op\n"


async def test_unwritable_journal_location_is_an_error_before_labelling(tmp_path, build_app):
    """A journal that cannot be written ends the app before labelling starts."""
    app = build_app(journal=tmp_path / "missing" / "x.labels.csv")
    error = await load_error(app)
    assert error is not None and "cannot write the label journal" in str(error)
    assert app.return_code == 2


async def test_board_without_tickets_ends_the_app_and_writes_no_journal(tmp_path, build_app):
    """A board refused while loading ends the app with exit code 2 and creates no journal."""
    empty = tmp_path / "empty.csv"
    empty.write_text("Summary,Issue key,Created\n")
    app = build_app(empty)
    error = await load_error(app)
    assert error is not None and "has a header but no tickets" in str(error)
    assert app.return_code == 2
    assert not empty.with_name("empty.csv.labels.csv").exists()


def test_cli_exits_2_with_one_sentence(board, capsys):
    """supp-tui label exits 2 with one sentence and no traceback on bad input."""
    assert main(["label", str(board), "--journal", str(board.parent / "no" / "j.csv")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("supp-tui: error: cannot write the label journal")
    assert "Traceback" not in error


def test_demo_writes_a_board_with_its_framework(tmp_path):
    """supp-tui demo writes a board with its labels.toml and refuses an existing file."""
    assert main(["demo", "-o", str(tmp_path / "demo"), "--tickets", "40", "--no-open"]) == 0
    assert (tmp_path / "demo" / "supp-demo.csv").is_file()
    assert (tmp_path / "demo" / "labels.toml").is_file()
    assert main(["demo", "-o", str(tmp_path / "demo" / "supp-demo.csv"), "--no-open"]) == 2


def test_labels_export_and_merge_commands(board, tmp_path, capsys, build_app):
    """labels export and labels merge work on a journal the app wrote."""
    session = build_app().loader.load().session
    session.toggle("platform_team", "platops")
    session.journal.close()
    output = tmp_path / "labels.csv"
    assert main(["labels", "export", str(board), "--format", "csv", "-o", str(output)]) == 0
    assert output.read_text().splitlines()[1].startswith("SUPP-1,PlatOps,")
    assert main(["labels", "export", str(board), "--format", "jira", "-o", "-"]) == 0
    assert "SUPP-1," in capsys.readouterr().out
    journal = board.with_name("board.csv.labels.csv")
    merged = tmp_path / "merged.labels.csv"
    assert main(["labels", "merge", str(journal), str(journal), "-o", str(merged)]) == 0
    assert merged.read_text().count("SUPP-1") == 1  # a self-merge keeps each line once
    assert main(["labels", "merge", str(journal), "-o", str(journal)]) == 2
