"""The click command line: one-sentence usage errors, help with examples, lazy commands and
shell completion."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import click
import pytest
from click.shell_completion import ShellComplete

from analysis.charts import CHARTS, JIRA_FIELDS
from supp_tui import __version__
from supp_tui.cli import COMMANDS, cli, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(("argv", "fragment"), [
    (["chart", "teams", "board.csv", "--period", "day"],
     "Invalid value for '--period': 'day' is not one of 'week', 'month', 'quarter'."),
    (["chart", "teams", "board.csv", "--from", "2026-02-30"],
     "'2026-02-30' is not a date; write it as YYYY-MM-DD"),
    (["figures", "board.csv", "--to", "tomorrow"], "'tomorrow' is not a date"),
    (["chart", "teams", "board.csv", "--last", "0"], "'--last': 0 is not in the range x>=1."),
    (["chart", "teams", "board.csv", "--width", "wide"], "'--width': 'wide' is not a valid integer."),
    (["chrt", "LIST"], "No such command 'chrt'; did you mean 'chart'?"),
    (["frobnicate"], "No such command 'frobnicate'; the commands are sample, init, stats,"),
    (["labels"], "Name a command: export, merge."),
    (["labels", "exprt", "board.csv"], "No such command 'exprt'; did you mean 'export'?"),
    (["stats", "board.csv", "--jsn"], "No such option '--jsn'; did you mean '--json'?"),
    (["stats"], "Missing argument 'EXPORT...'."),
    (["chart", "teams"], "Name the export to chart, e.g. `supp-tui chart teams board.csv`."),
    (["report", "daily", "board.csv"], "'daily' is not one of 'weekly', 'monthly', 'quarterly'."),
    (["sample", "-o", "board.csv", "--tickets", "0"], "'--tickets': 0 is not in the range"),
    (["labels", "export", "board.csv", "--format", "xml", "-o", "-"], "'xml' is not one of"),
    (["quarantine", "board.csv"], "Missing option '-o' / '--output'."),
])
def test_usage_error_is_one_sentence_with_exit_2(capsys, tmp_path, monkeypatch, argv, fragment):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert err.startswith("supp-tui: error: ") and err.count("\n") == 1
    assert fragment in err and "Traceback" not in err
    command = " ".join(["supp-tui", *(w for w in argv[:2] if w in (*COMMANDS, "export"))])
    assert err.rstrip().endswith(f"See `{command} --help`.")
    assert list(tmp_path.iterdir()) == []


def test_a_chart_too_small_says_how_to_make_room(capsys):
    """--width under 40 is the engine's sentence: widen the terminal or pass --width/--height."""
    status, _, err = run(capsys, "chart", "teams", "board.csv", "--width", "20", "--height", "12")
    assert status == 2
    assert err == ("supp-tui: error: A chart needs at least 40 x 10 cells, not 20 x 12; widen the "
                   "terminal or pass --width/--height.\n")


def test_dates_are_iso_days_as_before(capsys, tmp_path):
    """--start takes what date.fromisoformat takes (20260131 too), as it always did."""
    output = tmp_path / "board.csv"
    status, _, _ = run(capsys, "sample", "-o", str(output), "--tickets", "5", "--start",
                       "20260105", "--weeks", "1")
    assert status == 0 and output.is_file()


def test_window_that_ends_before_it_starts_is_an_input_error(capsys):
    status, _, err = run(capsys, "chart", "teams", "board.csv", "--from", "2026-02-01",
                         "--to", "2026-01-01")
    assert status == 2
    assert err == "supp-tui: error: --from 2026-02-01 is after --to 2026-01-01; swap them.\n"


def test_usage_error_from_the_real_entry_point_has_no_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "supp_tui", "chart", "teams", "board.csv", "--period", "day"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_of_every_command_exits_0_and_shows_its_examples(capsys, name):
    status, out, _ = run(capsys, name, "--help")
    assert status == 0
    assert out.startswith(f"Usage: supp-tui {name} ")
    examples = _examples(out)
    assert examples and all(f"{line} ".startswith(f"supp-tui {name} ") for line in examples)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_example_in_the_help_parses(capsys, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    for journal in ("ana.labels.csv", "ben.labels.csv"):
        (tmp_path / journal).write_text("")
    main([name, "--help"])
    for example in _examples(capsys.readouterr().out):
        words = shlex.split(example)[1:]
        command = cli.get_command(click.Context(cli), words.pop(0))
        if isinstance(command, click.Group):
            command = command.get_command(click.Context(command), words.pop(0))
        assert command is not None, example
        command.make_context(command.name, words)


def _examples(help_text: str) -> list[str]:
    """The lines after `examples:` in a command's help."""
    lines = help_text.split("examples:\n", 1)[1].splitlines() if "examples:" in help_text else []
    return [line.strip() for line in lines if line.strip()]


def test_help_version_and_no_command(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0 and all(name in out for name in COMMANDS)
    assert run(capsys, "-h")[0] == 0
    assert run(capsys, "--version") == (0, f"supp-tui {__version__}\n", "")
    status, out, err = run(capsys)
    assert status == 2 and out == ""
    assert err == ("supp-tui: error: Name a command: sample, init, stats, quarantine, report, chart, "
                   "figures, label, demo, labels, framework, pull, push, agreement. See `supp-tui --help`.\n")


def test_old_spellings_still_parse():
    report_command = cli.get_command(click.Context(cli), "report")
    assert report_command is not None
    for spelling in ("--anonymise", "--anonymize"):
        context = report_command.make_context("report", ["weekly", "b.csv", spelling])
        assert context.params["anonymise"] is True


def test_interrupt_exits_130(capsys, monkeypatch):
    from supp_tui.commands import chart

    def interrupted() -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(chart, "list_charts", interrupted)
    assert run(capsys, "chart", "LIST")[0] == 130


def test_output_into_a_closed_pipe_exits_0_quietly():
    process = subprocess.Popen([sys.executable, "-m", "supp_tui", "chart", "LIST"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert err == b""


def test_commands_load_only_when_looked_up():
    script = (
        "import sys\n"
        "from supp_tui.cli import COMMANDS, main\n"
        "def loaded():\n"
        "    return ','.join(n for n in COMMANDS if 'supp_tui.commands.' + n in sys.modules)\n"
        "before = loaded()\n"
        "main(['stats', '--help'])\n"
        "print(before)\n"
        "print(loaded())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    before, after = result.stdout.splitlines()[-2:]
    assert before == ""
    assert after == "stats"


def _complete(argv: list[str], incomplete: str) -> list[str]:
    completion = ShellComplete(cli, {}, "supp-tui", "_SUPP_TUI_COMPLETE")
    return [item.value for item in completion.get_completions(argv, incomplete)]


def test_bash_completion_protocol_lists_chart_names():
    env = {**os.environ, "_SUPP_TUI_COMPLETE": "bash_complete", "COMP_WORDS": "supp-tui chart ",
           "COMP_CWORD": "2"}
    result = subprocess.run([sys.executable, "-m", "supp_tui"], capture_output=True, text=True,
                            env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"plain,{name}" for name in [*CHARTS, "LIST"]]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_are_generated(shell):
    env = {**os.environ, "_SUPP_TUI_COMPLETE": f"{shell}_source"}
    result = subprocess.run([sys.executable, "-m", "supp_tui"], capture_output=True, text=True,
                            env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"_SUPP_TUI_COMPLETE={shell}_complete" in result.stdout.replace('"', "")


def test_completion_of_commands_dimensions_and_chart_lists(tmp_path):
    assert _complete([], "la") == ["label", "labels"]
    assert _complete(["chart"], "week") == ["weekly-by-team"]
    dimensions = _complete(["chart", "teams", str(tmp_path / "board.csv"), "--by"], "")
    assert "macro_category" in dimensions and set(JIRA_FIELDS) <= set(dimensions)
    assert _complete(["figures", "b.csv", "--charts"], "teams,cre") == ["teams,created-closed"]
    assert _complete(["chart", "teams", "b.csv", "--period"], "m") == ["month"]
